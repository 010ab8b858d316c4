"use client";

import { useState, type FormEvent } from "react";
import { SignInDocument } from "@/graph/shared/generated/graphql";
import { mutateGraphQL } from "../lib/data/use-graphql";

const FIELD =
  "w-full rounded border border-slate-300 bg-white px-3 py-2 text-base focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:border-slate-700 dark:bg-slate-900";

/** The sign-in form: on success the server has set the session cookie, and the page goes to `next`. */
export function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value : "";
    };
    setBusy(true);
    setError(null);
    try {
      await mutateGraphQL(SignInDocument, { username: field("username"), password: field("password") });
      // A full load, so the pages rendered on the server see the new session.
      window.location.assign(next);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Signing in failed; try again.");
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="flex flex-col gap-4" aria-describedby={error ? "sign-in-error" : undefined}>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Username
        <input name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} required autoFocus className={FIELD} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Password
        <input name="password" type="password" autoComplete="current-password" required className={FIELD} />
      </label>
      {error && (
        <p id="sign-in-error" role="alert" data-testid="sign-in-error" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={busy}
        className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-60"
      >
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
