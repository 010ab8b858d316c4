import type { Metadata } from "next";
import { headers } from "next/headers";
import { Suspense } from "react";
import { signedInAccount } from "@/graph/server-runtime";
import { AccountCorner } from "../components/account-corner";
import { ReviewQueue } from "../components/review/review-queue";
import { ReviewSignIn } from "../components/review/review-sign-in";
import { ThemeToggle } from "../components/theme-toggle";

export const metadata: Metadata = {
  title: "Review · Stance Graph",
  description: "Proposed statements awaiting a curator's decision, each with its passage.",
};

/** The review queue for curators and admins, read from the session on the server; anyone else is asked to sign in. */
export default async function Review() {
  const account = await signedInAccount((await headers()).get("cookie"));
  const reviewer = account && account.role !== "viewer" ? account : null;
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
        <a href="/" className="text-lg font-semibold">
          Stance Graph
        </a>
        <p className="hidden text-sm text-slate-500 sm:block">Review</p>
        <nav className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-1 text-sm">
          <a className="text-blue-700 underline dark:text-blue-400" href="/">
            Explorer
          </a>
          <ThemeToggle />
          <AccountCorner account={account} here="/review" />
        </nav>
      </header>
      {reviewer ? (
        <Suspense
          fallback={
            <p role="status" className="p-6 text-sm text-slate-500">
              Loading the review queue…
            </p>
          }
        >
          <ReviewQueue viewer={reviewer} />
        </Suspense>
      ) : (
        <ReviewSignIn username={account?.username ?? null} />
      )}
    </div>
  );
}
