import { headers } from "next/headers";
import { Suspense } from "react";
import { signedInAccount } from "@/graph/server-runtime";
import { AccountCorner } from "./components/account-corner";
import { Explorer } from "./components/explorer";
import { ThemeToggle } from "./components/theme-toggle";

export default async function HomePage() {
  // Reading the cookie renders this page per request; the explorer's script stays what it was.
  const account = await signedInAccount((await headers()).get("cookie"));
  return (
    <main className="flex h-screen flex-col">
      <header className="flex items-center gap-3 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
        <h1 className="text-lg font-semibold">Stance Graph</h1>
        <p className="hidden text-sm text-slate-500 md:block">Who said what about whom, 1954–1957 · every link backed by a quote</p>
        <nav className="ml-auto flex items-center gap-3 text-sm">
          <a className="text-blue-700 underline dark:text-blue-400" href="/essays">
            Essays
          </a>
          <a className="text-blue-700 underline dark:text-blue-400" href="/api/graphql">
            GraphQL playground
          </a>
          <ThemeToggle />
          <AccountCorner account={account} here="/" />
        </nav>
      </header>
      <Suspense fallback={<p className="p-6 text-sm text-slate-500">Loading…</p>}>
        <Explorer curator={account !== null && account.role !== "viewer"} />
      </Suspense>
    </main>
  );
}
