import { getDatabaseHealth } from "@/graph/health";
import { serverDatabase } from "@/graph/server-runtime";

export const dynamic = "force-dynamic";

/** Liveness and database status for people and load balancers: 200 when Neo4j answers, 503 when not. */
export async function GET(): Promise<Response> {
  const database = await getDatabaseHealth(serverDatabase());
  const ok = database.status === "ok";
  return Response.json(
    {
      status: ok ? "ok" : "degraded",
      app: "stance-graph",
      neo4j: ok
        ? { status: "ok", version: database.version, edition: database.edition, database: database.database }
        : { status: "unavailable", code: "DATABASE_UNAVAILABLE", message: "The graph database is unavailable." },
    },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
