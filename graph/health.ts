import type { Database } from "./db";
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
export async function getDatabaseHealth(database: Database): Promise<DatabaseHealth> {
  const name = database.databaseName;
  try {
    const record = await database.readTx(async (tx) => (await tx.run(COMPONENTS)).records[0]);
    return {
      status: "ok",
      database: name,
      version: String(record?.get("version")),
      edition: String(record?.get("edition")),
    };
  } catch (error) {
    if (isUnavailable(error)) return { status: "unavailable", database: name, error: "database unavailable" };
    throw error;
  }
}
