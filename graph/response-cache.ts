import type { ExecutionResult } from "graphql";
import { READ_DATA_VERSION, type Database } from "./db";

/**
 * Whole GraphQL answers to read-only operations, kept until the data changes.
 *
 * Every write transaction gives the graph a new data version (graph/db.ts), and an answer is
 * served from memory only under the version it was computed at. The version is read for every
 * request, after the request arrived, so no answer outlives a write that committed before it was
 * asked for, whichever process wrote (the seed script, a curator through this app, a restore).
 * Concurrent requests share that read: while one is in flight, newcomers wait for the next one,
 * so under load it costs one small round trip per batch of requests rather than one each.
 */
export interface CachedAnswer {
  /** The answer as the executor gave it; the HTTP layer serialises it for each request. */
  result: ExecutionResult;
  /** Its size as JSON, for the cache's byte budget. */
  bytes: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, { version: string; answer: CachedAnswer; bytes: number }>();
  private bytes = 0;
  private current: Promise<string | null> | null = null;
  private next: Promise<string | null> | null = null;

  constructor(
    private readonly maxBytes: number,
    private readonly readVersion: () => Promise<string | null>,
  ) {}

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  /** The data version as of a read that started after this call. */
  version(): Promise<string | null> {
    if (!this.current) return this.startRead();
    this.next ??= this.current
      .catch(() => null)
      .then(() => {
        this.next = null;
        return this.startRead();
      });
    return this.next;
  }

  get(key: string, version: string | null): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== (version ?? "")) {
      this.drop(key);
      return undefined;
    }
    // Most recently used last: eviction takes from the front.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.answer;
  }

  set(key: string, version: string | null, answer: CachedAnswer): void {
    const bytes = Buffer.byteLength(key) + answer.bytes;
    // One answer may take at most a quarter of the cache, so a few huge ones cannot flush the rest.
    if (bytes > this.maxBytes / 4) return;
    this.drop(key);
    this.entries.set(key, { version: version ?? "", answer, bytes });
    this.bytes += bytes;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest);
    }
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private startRead(): Promise<string | null> {
    const reading = this.readVersion().finally(() => {
      if (this.current === reading) this.current = null;
    });
    this.current = reading;
    return reading;
  }
}

/** The graph's data version as it stands; the cache's readVersion in the server. */
export async function readDataVersion(database: Database): Promise<string | null> {
  const [row] = await database.read(READ_DATA_VERSION);
  return (row?.get("version") as string | undefined) ?? null;
}
