import { createDatabase, type Database } from "@/graph/db";
import { TEST_CONFIG } from "./env";

/**
 * The test database, for a test file that reads or writes it directly or serves GraphQL on it
 * in-process. Each file opens its own and closes it in afterAll.
 */
export function openTestDatabase(): Database {
  return createDatabase(TEST_CONFIG.neo4j);
}
