import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { CLIENT_HEADER } from "@/graph/schema/context";
import { frontDoor } from "@/scripts/lib/front-door";

/** A real HTTP server with the front door before a handler that echoes the client it was given. */
async function serveEcho(trustedProxies: string[]): Promise<{ url: string; server: http.Server }> {
  const echo = (req: http.IncomingMessage, res: http.ServerResponse) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ client: req.headers[CLIENT_HEADER], forwarded: req.headers["x-forwarded-for"] ?? null }));
  };
  const server = http.createServer(frontDoor(echo, { trustedProxies, dev: false }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe("the front door over HTTP", () => {
  const servers: http.Server[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  it("keys clients on the socket: forged X-Forwarded-For, X-Real-IP and client headers change nothing", async () => {
    const { url, server } = await serveEcho([]);
    servers.push(server);
    const response = await fetch(url, { headers: { "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.10", [CLIENT_HEADER]: "203.0.113.11" } });
    expect(await response.json()).toEqual({ client: "127.0.0.1", forwarded: null });
  });

  it("believes a trusted proxy's X-Forwarded-For", async () => {
    const { url, server } = await serveEcho(["127.0.0.1"]);
    servers.push(server);
    const response = await fetch(url, { headers: { "x-forwarded-for": "198.51.100.1, 203.0.113.9" } });
    expect(((await response.json()) as { client: string }).client).toBe("203.0.113.9");
  });

  it("answers malformed percent-encoding with 400 and the security headers", async () => {
    const { url, server } = await serveEcho([]);
    servers.push(server);
    for (const path of ["/documents/%E0%A4%A", "/essays/%E0%A4%A", "/documents/%C0%AF"]) {
      const response = await fetch(url + path);
      expect(response.status, path).toBe(400);
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("content-security-policy"), path).toMatch(/default-src 'self'/);
      expect(await response.text()).toMatch(/percent-encoding/);
    }
  });
});
