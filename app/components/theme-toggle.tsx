"use client";

import { useEffect, useState } from "react";

/**
 * Light or dark, remembered in localStorage; the first visit follows the system setting. The
 * layout's inline script applies the saved theme before the first paint; this reads what it chose.
 */
export function ThemeToggle() {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    setDark(document.documentElement.classList.contains("dark"));
  }, []);
  return (
    <button
      type="button"
      aria-pressed={dark}
      data-testid="theme-toggle"
      onClick={() => {
        window.localStorage.setItem("theme", dark ? "light" : "dark");
        document.documentElement.classList.toggle("dark", !dark);
        setDark(!dark);
      }}
      className="rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:border-slate-700 dark:hover:bg-slate-800"
    >
      {dark ? "Light" : "Dark"} mode
    </button>
  );
}
