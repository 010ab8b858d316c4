/** A failed read, said in place, with a button that asks again. */
export function LoadError({ message, retry }: { message: string; retry: () => void }) {
  return (
    <div role="alert" className="text-sm text-red-700 dark:text-red-400">
      <p>{message}</p>
      <button type="button" onClick={retry} className="mt-1 rounded underline focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
        Try again
      </button>
    </div>
  );
}
