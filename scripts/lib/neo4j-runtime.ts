import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./paths";

/**
 * What the project-managed Neo4j needs before it can start: a Java 17+ on the PATH, and the engine
 * of the neo4j:5.26-community image with APOC core, resolved from Maven Central by
 * scripts/neo4j/pom.xml into a folder every instance shares.
 */

export const POM = path.join(ROOT, "scripts", "neo4j", "pom.xml");

export class LauncherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LauncherError";
  }
}

const HOW_ELSE =
  "Or run Neo4j with Docker (`docker compose up neo4j`) or point the app at any Neo4j 5.26+ by setting NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.";

export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)</.exec(fs.readFileSync(POM, "utf8"));
  if (!match?.[1]) throw new LauncherError(`${POM} has no <neo4j.version> property`);
  return match[1];
}

/** Where the resolved jars of this Neo4j version live. */
export function runtimeLib(): string {
  return path.join(ROOT, ".neo4j", "runtime", neo4jVersion(), "lib");
}

function javaMajorVersion(): number | undefined {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  if (!match?.[1]) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

export function requireJava(): void {
  const major = javaMajorVersion();
  if (major === undefined) {
    throw new LauncherError(
      `Java was not found. The project-managed Neo4j needs a JDK 17 or newer on the PATH (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless; macOS: brew install openjdk@17). ${HOW_ELSE}`,
    );
  }
  if (major < 17) {
    throw new LauncherError(`Java ${major} was found, but Neo4j 5.26 needs Java 17 or newer. ${HOW_ELSE}`);
  }
}

/** Resolves Neo4j and APOC into .neo4j/runtime/<version>/lib once; later starts reuse the copy. */
export function ensureRuntime(lib: string, log: (line: string) => void): void {
  const marker = path.join(lib, ".complete");
  if (fs.existsSync(marker)) return;
  const mvn = spawnSync("mvn", ["--version"], { encoding: "utf8" });
  if (mvn.error || mvn.status !== 0) {
    throw new LauncherError(
      `Maven was not found. It fetches Neo4j ${neo4jVersion()} from Maven Central on the first start (Debian/Ubuntu: apt-get install maven; macOS: brew install maven). ${HOW_ELSE}`,
    );
  }
  log(`Resolving Neo4j ${neo4jVersion()} and APOC core from Maven Central (first start only)...`);
  fs.rmSync(lib, { recursive: true, force: true });
  const result = spawnSync(
    "mvn",
    ["-q", "-B", "-f", POM, "dependency:copy-dependencies", "-DincludeScope=runtime", `-DoutputDirectory=${lib}`],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  if (result.status !== 0) {
    throw new LauncherError(`Maven could not resolve Neo4j:\n${(result.stdout + result.stderr).trim()}`);
  }
  fs.writeFileSync(marker, new Date().toISOString());
}
