import { createGraphQLError, type CORSOptions, type Plugin } from "graphql-yoga";

/**
 * Who may call the API from a browser page: the app's own origin, and the origins configured in
 * CORS_ORIGINS. Any other origin gets no CORS headers at all, so its pages cannot read an answer
 * or send credentials; no origin is ever echoed blindly.
 */
export function corsFor(request: Request, allowed: readonly string[]): CORSOptions {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  if (origin !== ownOrigin(request) && !allowed.includes(origin)) return false;
  return {
    origin: [origin],
    credentials: true,
    methods: ["GET", "POST"],
    allowedHeaders: ["content-type", "accept", "authorization", "cache-control"],
    maxAge: 600,
  };
}

/** The origin the browser addressed: the Host header with the request's scheme. */
function ownOrigin(request: Request): string {
  const url = new URL(request.url);
  return `${url.protocol}//${request.headers.get("host") ?? url.host}`;
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/**
 * POST bodies must be JSON. Form, multipart and plain-text bodies are the ones a browser sends
 * from another site without asking (no CORS preflight), so refusing them is what prevents
 * cross-site request forgery; GET may only query, never change anything.
 * Every answer also varies by Origin, since CORS headers do.
 */
export const httpPolicy: Plugin = {
  onResponse({ response }) {
    // Answers differ by origin (CORS), so no shared cache may serve one origin's to another.
    response.headers.append("vary", "Origin");
  },
  onRequestParse({ request }) {
    if (request.method !== "POST" || JSON_TYPE.test(request.headers.get("content-type") ?? "")) return;
    throw createGraphQLError(
      "POST bodies must be JSON, sent with Content-Type: application/json. Form, multipart and text bodies are refused, so that no other site can send a request in a visitor's name.",
      { extensions: { code: "UNSUPPORTED_MEDIA_TYPE", http: { status: 415 } } },
    );
  },
};
