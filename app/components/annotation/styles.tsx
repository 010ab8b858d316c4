/** The annotation desk's few shared looks: fields, buttons, and the way a field's problem is said. */
export const FIELD =
  "w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/40 aria-[invalid=true]:border-red-600 dark:border-slate-700 dark:bg-slate-900";
export const LABEL = "mb-0.5 block text-xs font-medium text-slate-700 dark:text-slate-300";
export const PROBLEM = "mt-0.5 text-xs text-red-700 dark:text-red-400";
export const HINT = "mt-0.5 text-xs text-slate-500";
const BUTTON =
  "rounded px-3 py-1 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-1 disabled:opacity-50";
export const PRIMARY = `${BUTTON} bg-blue-700 text-white hover:bg-blue-800 focus-visible:ring-blue-500`;
export const SECONDARY = `${BUTTON} border border-slate-300 hover:bg-slate-100 focus-visible:ring-blue-600 dark:border-slate-700 dark:hover:bg-slate-800`;
export const DANGER = `${BUTTON} bg-red-700 text-white hover:bg-red-800 focus-visible:ring-red-400`;
export const LINK =
  "text-blue-700 underline focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:text-blue-400";

/** How a statement's mark looks by status: accepted ones as the public reader marks quotes, proposed ones apart. */
export const MARK_BY_STATUS: Record<string, string> = {
  accepted: "bg-amber-100 decoration-amber-500 dark:bg-amber-900/50",
  proposed: "bg-sky-100 underline decoration-sky-600 decoration-dashed decoration-2 underline-offset-4 dark:bg-sky-900/50",
};
export const STATUS_BADGE: Record<string, string> = {
  accepted: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  proposed: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  rejected: "bg-slate-200 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
  retracted: "bg-slate-200 text-slate-700 line-through dark:bg-slate-800 dark:text-slate-300",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_BADGE[status] ?? STATUS_BADGE.rejected}`}>{status}</span>
  );
}

/** A field's problem, tied to its field by id (aria-describedby). */
export function Problem({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p id={id} className={PROBLEM} data-testid="field-problem">
      {text}
    </p>
  ) : null;
}
