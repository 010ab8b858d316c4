import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { Config } from "../config";

/**
 * The secret that seals session cookies. A server with a Neo4j of its own must be given
 * SESSION_SECRET (graph/config.ts refuses to start without it). A project-managed stack keeps a
 * generated one beside its data, in .neo4j/<instance>/session-secret (git-ignored, owner-only), so
 * that the app server, the scripts and the tests of one instance agree, sessions outlive a restart,
 * and no secret is ever committed or derived from something public.
 */
export function resolveSessionSecret(config: Config, root: string): string {
  if (config.sessions.secret) return config.sessions.secret;
  if (!config.neo4j.managed) throw new Error("SESSION_SECRET is required when NEO4J_URI is set.");
  const file = path.join(root, ".neo4j", config.neo4j.instance, "session-secret");
  try {
    const kept = fs.readFileSync(file, "utf8").trim();
    if (kept.length >= 32) return kept;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  try {
    // "wx": when two processes start together, the first to write wins and the other reads it.
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return fs.readFileSync(file, "utf8").trim();
  }
}
