import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";

/**
 * Security headers. Inline scripts are allowed because Next.js bootstraps pages with them and the
 * self-hosted GraphiQL is one inline bundle; nothing is loaded from another origin. Only /embed
 * may be framed by other sites; every other page refuses to be framed.
 */
function contentSecurityPolicy({ dev, framing, graphiql }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev || graphiql ? " 'unsafe-eval'" : ""}`,
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

const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {(phase: string) => import('next').NextConfig} */
export default function config(phase) {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // The driver stays a Node module on the server; it is never bundled, and never reaches the browser.
    serverExternalPackages: ["neo4j-driver", "@graphql-yoga/render-graphiql"],
    async headers() {
      return [
        {
          source: "/((?!embed|api/graphql).*)",
          headers: [...common, { key: "X-Frame-Options", value: "DENY" }, { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev, framing: "'none'", graphiql: false }) }],
        },
        {
          source: "/api/graphql",
          headers: [...common, { key: "X-Frame-Options", value: "DENY" }, { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev, framing: "'none'", graphiql: true }) }],
        },
        {
          source: "/embed",
          headers: [...common, { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev, framing: "*", graphiql: false }) }],
        },
      ];
    },
  };
}
