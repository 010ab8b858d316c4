import type { Metadata } from "next";
import { headers } from "next/headers";
import { signedInAccount } from "@/graph/server-runtime";
import { AccountCorner } from "../components/account-corner";
import { ImportDesk } from "../components/import/import-desk";
import { ImportSignIn } from "../components/import/import-sign-in";
import { ThemeToggle } from "../components/theme-toggle";

export const metadata: Metadata = {
  title: "Import · Stance Graph",
  description: "Import a document: its passages, the people it names and the statements proposed for review.",
};

/** The Import page for curators and admins, read from the session on the server; anyone else is asked to sign in. */
export default async function Import() {
  const account = await signedInAccount((await headers()).get("cookie"));
  const curator = account && account.role !== "viewer" ? account : null;
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
        <a href="/" className="text-lg font-semibold">
          Stance Graph
        </a>
        <p className="hidden text-sm text-slate-500 sm:block">Import</p>
        <nav className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-1 text-sm">
          <a className="text-blue-700 underline dark:text-blue-400" href="/">
            Explorer
          </a>
          <ThemeToggle />
          <AccountCorner account={account} here="/import" />
        </nav>
      </header>
      {curator ? <ImportDesk /> : <ImportSignIn username={account?.username ?? null} />}
    </div>
  );
}
