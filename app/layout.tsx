import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "Stance Graph",
  description: "Who said what about whom: a stance network with the evidence one click away.",
};

/**
 * The saved theme (or, on a first visit, the system's) is applied before the first paint on every
 * page, so a dark reader never sees a light flash. It runs from the HTML itself, not from a script
 * that has to be fetched; the toggle writes the same key (theme-toggle.tsx).
 */
const APPLY_THEME = `try{var t=localStorage.getItem("theme");if(t==="dark"||(!t&&matchMedia("(prefers-color-scheme: dark)").matches))document.documentElement.classList.add("dark")}catch(e){}`;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The class on <html> is set by the script before React hydrates, so it differs by design.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: APPLY_THEME }} />
      </head>
      <body className="bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">{children}</body>
    </html>
  );
}
