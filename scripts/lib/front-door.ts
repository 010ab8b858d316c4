import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { isIP } from "node:net";
import { CLIENT_HEADER } from "../../graph/schema/context";

/**
 * What every request meets before the app: security headers on every response (whatever route
 * or status answers it), a plain 400 for an address that is not valid percent-encoding, and the
 * client's address taken from the socket, or from X-Forwarded-For only when the socket is a
 * configured trusted proxy. The app reads that address from one header, which is always replaced.
 */
export interface FrontDoorOptions {
  trustedProxies: readonly string[];
  dev: boolean;
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are one client. */
function normalise(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address.toLowerCase();
}

/**
 * The address rate limits key on. A trusted proxy appends the address it saw to X-Forwarded-For,
 * so the client is the right-most address that is not itself a trusted proxy; anything further
 * left was written by the client and proves nothing.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: readonly string[]): string {
  if (!socketAddress) return "unknown";
  const trusted = new Set(trustedProxies.map(normalise));
  const socket = normalise(socketAddress);
  if (!trusted.has(socket)) return socket;
  const hops = [forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((a) => normalise(a.trim()))
    .filter((a) => isIP(a) !== 0);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted.has(hops[i]!)) return hops[i]!;
  }
  return hops[0] ?? socket;
}

/** False when the path has a percent sign that does not start valid UTF-8 percent-encoding. */
export function isWellFormedPath(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0]!;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Content-Security-Policy. Inline scripts are allowed because Next.js bootstraps pages with
 * them and the self-hosted GraphiQL is one inline bundle; nothing is loaded from another origin.
 * Only /embed may be framed by other sites.
 */
function contentSecurityPolicy(dev: boolean, framing: string, evaluation: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev || evaluation ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framing}`,
  ].join("; ");
}

/**
 * The headers every response carries; the embed may be framed, the playground may evaluate, and so
 * may its Monaco workers, which are files of their own under /api/graphiql/ and take their policy
 * from their own response.
 */
export function securityHeaders(pathname: string, dev: boolean): Record<string, string> {
  const embed = pathname === "/embed";
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Content-Security-Policy": contentSecurityPolicy(dev, embed ? "*" : "'none'", pathname === "/api/graphql" || pathname.startsWith("/api/graphiql/")),
  };
  if (!embed) headers["X-Frame-Options"] = "DENY";
  return headers;
}

export function frontDoor(handle: (req: IncomingMessage, res: ServerResponse) => unknown, options: FrontDoorOptions): RequestListener {
  return (req, res) => {
    const pathname = (req.url ?? "/").split("?")[0]!;
    for (const [name, value] of Object.entries(securityHeaders(pathname, options.dev))) res.setHeader(name, value);
    if (!isWellFormedPath(req.url)) {
      res.statusCode = 400;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end("Bad request: the address has a % that does not start valid percent-encoding (UTF-8).\n");
      return;
    }
    req.headers[CLIENT_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], options.trustedProxies);
    if (!options.trustedProxies.length) delete req.headers["x-forwarded-for"];
    Promise.resolve(handle(req, res)).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };
}
