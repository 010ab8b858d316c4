/** Who is signed in, as the server read it from the session cookie; null for a reader. */
export interface SignedIn {
  username: string;
  role: "viewer" | "curator" | "admin";
}

const LINK = "text-blue-700 underline dark:text-blue-400";

/**
 * The account corner of a page's header, rendered on the server: a reader sees "Sign in"; an
 * account sees its name and role, the review queue and the Import page if it curates, and Sign out (a plain form, so
 * it needs no script).
 */
export function AccountCorner({ account, here }: { account: SignedIn | null; here: string }) {
  if (!account) {
    return (
      <a className={LINK} href={`/sign-in?next=${encodeURIComponent(here)}`} data-testid="sign-in-link">
        Sign in
      </a>
    );
  }
  return (
    <span className="flex items-center gap-2" data-testid="account-corner">
      <span>
        <span className="font-medium">{account.username}</span> <span className="text-slate-500 dark:text-slate-400">({account.role})</span>
      </span>
      {account.role !== "viewer" && (
        <>
          <a className={LINK} href="/review">
            Review
          </a>
          <a className={LINK} href="/import" data-testid="import-link">
            Import
          </a>
        </>
      )}
      <form method="post" action="/sign-out">
        <button type="submit" className={LINK}>
          Sign out
        </button>
      </form>
    </span>
  );
}
