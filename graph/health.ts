import { getConfig } from "./config";
import { readTx } from "./db";
import { isUnavailable } from "./errors";

export interface DatabaseHealth {
  status: "ok" | "unavailable";
  version?: string;
  edition?: string;
  database: string;
  error?: string;
}

const COMPONENTS = "CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition";

/** Asks the server who it is; reports "unavailable" rather than throwing when it cannot be reached. */
export async function getDatabaseHealth(): Promise<DatabaseHealth> {
  const database = getConfig().neo4j.database;
  try {
    const record = await readTx(async (tx) => (await tx.run(COMPONENTS)).records[0]);
    return {
      status: "ok",
      database,
      version: String(record?.get("version")),
      edition: String(record?.get("edition")),
    };
  } catch (error) {
    if (isUnavailable(error)) return { status: "unavailable", database, error: "database unavailable" };
    throw error;
  }
}
