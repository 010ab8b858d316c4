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

/** CPU milliseconds (user and system) that a process and its descendants have used so far; Linux's /proc. */
export function treeCpuMs(pid: number): number {
  let ticks = 0;
  const visit = (p: number) => {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
      for (const task of fs.readdirSync(`/proc/${p}/task`)) {
        for (const child of fs.readFileSync(`/proc/${p}/task/${task}/children`, "utf8").split(" ").filter(Boolean)) visit(Number(child));
      }
    } catch {
      // The process ended between two reads: what it used is no longer counted anywhere.
    }
  };
  visit(pid);
  // utime and stime are in clock ticks of 1/100 s on Linux.
  return ticks * 10;
}
