import { describe, expect, it } from "vitest";
import { clientAddress, isWellFormedPath, securityHeaders } from "./front-door";

describe("front door", () => {
  it("takes the client from the socket, whatever the request claims", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.9", [])).toBe("198.51.100.7");
    expect(clientAddress("::ffff:198.51.100.7", undefined, [])).toBe("198.51.100.7");
    expect(clientAddress(undefined, "203.0.113.9", [])).toBe("unknown");
  });

  it("believes X-Forwarded-For only from a trusted proxy, and only its right-most untrusted hop", () => {
    const proxy = ["10.0.0.2"];
    expect(clientAddress("10.0.0.2", "203.0.113.9", proxy)).toBe("203.0.113.9");
    // The client wrote the first address itself; the proxy appended the one it saw.
    expect(clientAddress("10.0.0.2", "1.2.3.4, 203.0.113.9", proxy)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", ["1.2.3.4", "203.0.113.9, 10.0.0.2"], proxy)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "not an address", proxy)).toBe("10.0.0.2");
    expect(clientAddress("198.51.100.7", "203.0.113.9", proxy)).toBe("198.51.100.7");
  });

  it("tells malformed percent-encoding from good", () => {
    expect(isWellFormedPath("/documents/%E0%A4%A")).toBe(false);
    expect(isWellFormedPath("/documents/%C0%AF")).toBe(false);
    expect(isWellFormedPath("/essays/%")).toBe(false);
    expect(isWellFormedPath("/documents/doc-1956%2D10?x=%E0")).toBe(true);
    expect(isWellFormedPath("/documents/Rankovi%C4%87")).toBe(true);
  });

  it("lets only the embed be framed, and only the playground evaluate code", () => {
    expect(securityHeaders("/", false)["X-Frame-Options"]).toBe("DENY");
    expect(securityHeaders("/embed", false)["X-Frame-Options"]).toBeUndefined();
    expect(securityHeaders("/embed", false)["Content-Security-Policy"]).toMatch(/frame-ancestors \*/);
    expect(securityHeaders("/embedded", false)["Content-Security-Policy"]).toMatch(/frame-ancestors 'none'/);
    expect(securityHeaders("/api/graphql", false)["Content-Security-Policy"]).toMatch(/'unsafe-eval'/);
    expect(securityHeaders("/api/graphqlx", false)["Content-Security-Policy"]).not.toMatch(/'unsafe-eval'/);
    expect(securityHeaders("/api/graphiql/graphqlWorker.0123456789abcdef.js", false)["Content-Security-Policy"]).toMatch(/'unsafe-eval'/);
    expect(securityHeaders("/api/graphiqlx", false)["Content-Security-Policy"]).not.toMatch(/'unsafe-eval'/);
  });
});
