import { randomBytes } from "node:crypto";
import { hash, verify, type Options } from "@node-rs/argon2";

/**
 * Argon2id with OWASP's baseline (19 MiB, two passes, one lane): about 25 ms a hash on the
 * project's 2-core machine, and memory-hard, so guessing on graphics cards gains little. The
 * parameters travel in each hash, so raising them later leaves existing hashes verifiable.
 * (docs/decisions/0016-accounts-and-sessions.md)
 */
// 2 is Argon2id in the package's const enum, which isolated modules cannot read.
const ARGON2ID = 2;
const OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for a hash that cannot be read; never throws for either. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * A hash of nobody's password, with the same parameters: a sign-in for an unknown username is
 * verified against it, so that it takes as long as a wrong password for a real one and the time
 * of the answer does not say which usernames exist.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(32).toString("base64url"));
  return dummy;
}
