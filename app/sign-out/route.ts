import { SESSION_COOKIE, unsealSessionId } from "@/graph/auth/session-cookie";
import { revokeSession } from "@/graph/auth/sessions";
import { serverDatabase, serverSessionKeys } from "@/graph/server-runtime";

export const dynamic = "force-dynamic";

/**
 * Sign out from a page's account corner (a plain form POST): ends the session, clears the cookie
 * and returns home. A POST from another site's page is refused, so no one can sign a curator out.
 */
export async function POST(request: Request): Promise<Response> {
  const origin = request.headers.get("origin");
  const host = request.headers.get("host");
  if (origin && host && new URL(origin).host !== host) return new Response("Sign-out must come from this site.", { status: 403 });
  const cookie = request.headers.get("cookie") ?? "";
  const sealed = /(?:^|;\s*)stance_session=([^;]*)/.exec(cookie)?.[1];
  const id = sealed ? await unsealSessionId(decodeURIComponent(sealed), serverSessionKeys()) : null;
  if (id) await revokeSession(serverDatabase(), id).catch(() => false);
  const response = new Response(null, { status: 303, headers: { location: "/" } });
  response.headers.append("set-cookie", `${SESSION_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; SameSite=Lax; HttpOnly`);
  return response;
}
