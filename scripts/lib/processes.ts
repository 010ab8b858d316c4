import fs from "node:fs";
import net from "node:net";
import type { Environment } from "../../graph/config";

/** Small process and port helpers for the Neo4j launcher and the scripts that start processes. */

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/**
 * An environment for a child process. Next's types declare NODE_ENV on every NodeJS.ProcessEnv,
 * but a child's environment need not set it (Next sets it itself), so the type is asserted here.
 */
export function childEnv(env: Environment): NodeJS.ProcessEnv {
  return env as NodeJS.ProcessEnv;
}
