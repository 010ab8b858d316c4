/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The driver stays a Node module on the server; it is never bundled, and never reaches the browser.
  serverExternalPackages: ["neo4j-driver"],
  typedRoutes: false,
};

export default nextConfig;
