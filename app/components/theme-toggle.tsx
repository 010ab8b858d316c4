"use client";

import { useEffect, useState } from "react";

/** Light or dark, remembered; the first visit follows the system setting. */
export function ThemeToggle() {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    const saved = window.localStorage.getItem("theme");
    setDark(saved ? saved === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches);
  }, []);
  useEffect(() => {
    document.documentElement.classList.toggle("dark", dark);
  }, [dark]);
  return (
    <button
      type="button"
      aria-pressed={dark}
      onClick={() => {
        window.localStorage.setItem("theme", dark ? "light" : "dark");
        setDark(!dark);
      }}
      className="rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:border-slate-700 dark:hover:bg-slate-800"
    >
      {dark ? "Light" : "Dark"} mode
    </button>
  );
}
