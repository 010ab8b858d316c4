/**
 * Where to go after signing in or out: a path on this site only, so that a link such as
 * /sign-in?next=https://elsewhere.example cannot send a curator off-site.
 */
export function safeNextPath(raw: string | string[] | null | undefined): string {
  const next = typeof raw === "string" ? raw : "";
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || [...next].some((c) => c.charCodeAt(0) < 32)) return "/";
  return next;
}
