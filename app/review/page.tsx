import type { Metadata } from "next";
import { Suspense } from "react";
import { ReviewPage } from "../components/review/review-page";
import { ThemeToggle } from "../components/theme-toggle";

export const metadata: Metadata = {
  title: "Review · Stance Graph",
  description: "Proposed statements awaiting a curator's decision, each with its passage.",
};

export default function Review() {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center gap-3 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
        <a href="/" className="text-lg font-semibold">
          Stance Graph
        </a>
        <p className="text-sm text-slate-500">Review</p>
        <nav className="ml-auto flex items-center gap-3 text-sm">
          <a className="text-blue-700 underline dark:text-blue-400" href="/">
            Explorer
          </a>
          <ThemeToggle />
        </nav>
      </header>
      <Suspense
        fallback={
          <p role="status" className="p-6 text-sm text-slate-500">
            Loading the review queue…
          </p>
        }
      >
        <ReviewPage />
      </Suspense>
    </div>
  );
}
