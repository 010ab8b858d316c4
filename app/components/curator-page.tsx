import type { ReactNode } from "react";
import { AccountCorner, type SignedIn } from "./account-corner";
import { ThemeToggle } from "./theme-toggle";

/**
 * The frame of a page for curators and admins (/review, /import): the header with the way back
 * to the explorer and the account corner, then the page itself, or, for anyone else, what the
 * page is for and the way in.
 */
export function CuratorPage(props: {
  /** The page's name, in the header and above the sign-in message. */
  name: string;
  /** The page's path, to come back to after signing in. */
  path: string;
  account: SignedIn | null;
  /** What a reader who is signed in without the role is told they may not do, e.g. "review". */
  verb: string;
  /** Who does this and how, for an anonymous reader, e.g. "Documents are imported by curators." */
  explanation: string;
  testId: string;
  /** Shown under the sign-in message. */
  footer?: ReactNode;
  children: ReactNode;
}) {
  const { account } = props;
  const allowed = account !== null && account.role !== "viewer";
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
        <a href="/" className="text-lg font-semibold">
          Stance Graph
        </a>
        <p className="hidden text-sm text-slate-500 sm:block">{props.name}</p>
        <nav className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-1 text-sm">
          <a className="text-blue-700 underline dark:text-blue-400" href="/">
            Explorer
          </a>
          <ThemeToggle />
          <AccountCorner account={account} here={props.path} />
        </nav>
      </header>
      {allowed ? (
        props.children
      ) : (
        <main className="mx-auto w-full max-w-3xl p-6" data-testid={props.testId}>
          <h1 className="text-xl font-semibold">{props.name}</h1>
          <div role="status" className="mt-4 rounded border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
            {account ? (
              <p>
                You are signed in as <strong>{account.username}</strong>, who may read but not {props.verb}. This needs a curator&apos;s
                account: ask an admin, or sign in as a curator.
              </p>
            ) : (
              <p>{props.explanation} Sign in as a curator to go on.</p>
            )}
            <a
              href={`/sign-in?next=${props.path}`}
              className="mt-3 inline-block rounded bg-blue-700 px-3 py-1.5 text-sm text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-400"
            >
              Sign in as a curator
            </a>
          </div>
          {props.footer}
        </main>
      )}
    </div>
  );
}
