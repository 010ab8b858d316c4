import type { Metadata } from "next";
import { headers } from "next/headers";
import { signedInAccount } from "@/graph/server-runtime";
import { SignInForm } from "../components/sign-in-form";
import { ThemeToggle } from "../components/theme-toggle";
import { safeNextPath } from "../lib/next-path";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in · Stance Graph" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next);
  const account = await signedInAccount((await headers()).get("cookie"));
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4">
      <header>
        <div className="flex items-center justify-between">
          <a href="/" className="text-sm text-blue-700 underline dark:text-blue-400">
            Stance Graph
          </a>
          <ThemeToggle />
        </div>
        <h1 className="mt-2 text-2xl font-semibold">Sign in</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">For curators and administrators. Reading needs no account.</p>
      </header>
      {account && (
        <p className="rounded border border-slate-300 px-3 py-2 text-sm dark:border-slate-700" data-testid="already-signed-in">
          You are signed in as <strong>{account.username}</strong> ({account.role}). Sign in below as someone else, or{" "}
          <a className="text-blue-700 underline dark:text-blue-400" href={next}>
            go on
          </a>
          .
        </p>
      )}
      <SignInForm next={next} />
      <p className="text-xs text-slate-500 dark:text-slate-400">Accounts are made by an administrator: npm run users -- add &lt;username&gt; --role curator</p>
    </main>
  );
}
