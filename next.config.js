/**
 * Security headers are set by the front door (scripts/lib/front-door.ts) on every response,
 * whatever route or status answers it, so they are not configured here.
 */
/** @type {import('next').NextConfig} */
const config = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The driver stays a Node module on the server; it is never bundled, and never reaches the browser.
  // graphql-js and the libraries around it load as Node loads them, so that they share one copy
  // of graphql-js (its two builds do not recognise each other's types and errors).
  serverExternalPackages: [
    "neo4j-driver",
    "graphql",
    "graphql-yoga",
    "@escape.tech/graphql-armor",
    "graphql-query-complexity",
    "@graphql-yoga/render-graphiql",
    // Argon2 is a native addon: Node loads it, no bundler.
    "@node-rs/argon2",
  ],
};

export default config;
