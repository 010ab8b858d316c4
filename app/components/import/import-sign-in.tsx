/** What /import says to anyone who is not a curator or an admin, with the way in. */
export function ImportSignIn({ username }: { username: string | null }) {
  return (
    <main className="mx-auto w-full max-w-3xl p-6" data-testid="import-sign-in">
      <h1 className="text-xl font-semibold">Import a document</h1>
      <div role="status" className="mt-4 rounded border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
        {username ? (
          <p>
            You are signed in as <strong>{username}</strong>, who may read but not import. Importing documents needs a curator&apos;s
            account: ask an admin, or sign in as a curator.
          </p>
        ) : (
          <p>Documents are imported by curators. Sign in as a curator to import one.</p>
        )}
        <a
          href="/sign-in?next=/import"
          className="mt-3 inline-block rounded bg-blue-700 px-3 py-1.5 text-sm text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-400"
        >
          Sign in as a curator
        </a>
      </div>
    </main>
  );
}
