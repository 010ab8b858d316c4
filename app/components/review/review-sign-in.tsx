/** What /review says to anyone who is not a curator or an admin, with the way in. */
export function ReviewSignIn({ username }: { username: string | null }) {
  return (
    <main className="mx-auto w-full max-w-3xl p-6" data-testid="review-sign-in">
      <h1 className="text-xl font-semibold">Review</h1>
      <div role="status" className="mt-4 rounded border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
        {username ? (
          <p>
            You are signed in as <strong>{username}</strong>, who may read but not review. Reviewing proposed statements needs a
            curator&apos;s account: ask an admin, or sign in as a curator.
          </p>
        ) : (
          <p>Proposed statements are reviewed by curators. Sign in as a curator to review them.</p>
        )}
        <a
          href="/sign-in?next=/review"
          className="mt-3 inline-block rounded bg-blue-700 px-3 py-1.5 text-sm text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-400"
        >
          Sign in as a curator
        </a>
      </div>
      <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
        Everyone can read the accepted statements in the{" "}
        <a className="text-blue-700 underline dark:text-blue-400" href="/">
          explorer
        </a>
        .
      </p>
    </main>
  );
}
