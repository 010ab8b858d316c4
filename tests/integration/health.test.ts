import { describe, expect, it } from "vitest";
import { BASE_URL } from "../support/env";

describe("GET /api/health", () => {
  it("reports the app up and the Neo4j it talks to", async () => {
    const response = await fetch(`${BASE_URL}/api/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; neo4j: { version: string; edition: string } };
    expect(body.status).toBe("ok");
    expect(body.neo4j.version).toMatch(/^5\.26\.\d+$/);
    expect(body.neo4j.edition).toBe("community");
  });
});

describe("GET /api/graphql", () => {
  it("serves the GraphiQL playground to a browser", async () => {
    const response = await fetch(`${BASE_URL}/api/graphql`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("GraphiQL");
    expect(html).toContain("Stance Graph API");
  });
});
