import type { ExecutionResult } from "graphql";
import { touches, type Change, type ReadScope } from "./change-scope";
import type { Database } from "./db";

/**
 * Whole GraphQL answers to read-only operations, kept until the data changes.
 *
 * Every write transaction gives the graph a new data version (graph/db.ts), and an answer is
 * served from memory only under the version it was computed at. The version is read for every
 * request, after the request arrived, so no answer outlives a write that committed before it was
 * asked for, whichever process wrote (the seed script, a curator through this app, a restore).
 * Concurrent requests share that read: while one is in flight, newcomers wait for the next one,
 * so under load it costs one small round trip per batch of requests rather than one each.
 *
 * A curator's write of statements does not give a new version: it is numbered and says what it
 * changed (graph/db.ts MARK_DATA_CHANGE), and the same read brings the changes since the last one.
 * An answer that says what it read (a ReadScope: the network, ego network and timeline) stays
 * served until a change touches it; any other answer goes at the first change. The cache's
 * version string is then the data version and the change number, `version#seq`.
 */
export interface DataState {
  version: string | null;
  seq: number;
  /** The changes numbered above the `since` the read was given, in order. */
  changes: Change[];
}

/** How many changes the cache keeps to check answers against; an answer older than that goes. */
const LOG_SIZE = 1_000;
export interface CachedAnswer {
  /** The answer as the executor gave it; the HTTP layer serialises it for each request. */
  result: ExecutionResult;
  /** Its size as JSON, for the cache's byte budget. */
  bytes: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, { version: string; answer: CachedAnswer; bytes: number; scope?: ReadScope }>();
  private bytes = 0;
  private epoch = "";
  private knownSeq = 0;
  /** Answers stored at a change number below this cannot be checked: the log no longer reaches them. */
  private floor = 0;
  private log: Change[] = [];
  private current: Promise<string | null> | null = null;
  private next: Promise<string | null> | null = null;

  constructor(
    private readonly maxBytes: number,
    private readonly readVersion: (since: number) => Promise<string | null | DataState>,
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
      if (!this.unchangedFor(entry, version ?? "")) {
        this.drop(key);
        return undefined;
      }
      entry.version = version ?? "";
    }
    // Most recently used last: eviction takes from the front.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.answer;
  }

  /** Stores an answer computed under `version`; `scope` says what it read (else: everything). */
  set(key: string, version: string | null, answer: CachedAnswer, scope?: ReadScope): void {
    const bytes = Buffer.byteLength(key) + answer.bytes;
    // One answer may take at most a quarter of the cache, so a few huge ones cannot flush the rest.
    if (bytes > this.maxBytes / 4) return;
    this.drop(key);
    this.entries.set(key, { version: version ?? "", answer, bytes, ...(scope ? { scope } : {}) });
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

  /** Whether no change between the entry's version and `now` touches what the entry read. */
  private unchangedFor(entry: { version: string; scope?: ReadScope }, now: string): boolean {
    const [epoch, seq] = splitVersion(entry.version);
    const [nowEpoch, nowSeq] = splitVersion(now);
    if (seq === null || nowSeq === null || epoch !== nowEpoch || seq < this.floor || nowSeq > this.knownSeq) return false;
    return !this.log.some((c) => c.seq > seq && c.seq <= nowSeq && (!entry.scope || touches(c, entry.scope)));
  }

  /** Takes in what a read of the data state brought: a new version empties the log, changes extend it. */
  private absorb(read: string | null | DataState): string | null {
    if (read === null || typeof read === "string") return read;
    const epoch = read.version ?? "";
    const fresh = read.changes.filter((c) => c.seq > this.knownSeq).sort((x, y) => x.seq - y.seq);
    if (epoch !== this.epoch || read.seq < this.knownSeq || (read.seq > this.knownSeq && fresh[0]?.seq !== this.knownSeq + 1)) {
      // A new version, or changes the database no longer keeps: nothing older can be checked.
      this.epoch = epoch;
      this.log = [];
      this.floor = read.seq;
    } else {
      this.log.push(...fresh);
      if (this.log.length > LOG_SIZE) this.floor = this.log.splice(0, this.log.length - LOG_SIZE).at(-1)!.seq;
    }
    this.knownSeq = read.seq;
    return stampOf(read);
  }

  private startRead(): Promise<string | null> {
    const reading = this.readVersion(this.knownSeq).then((read) => this.absorb(read)).finally(() => {
      if (this.current === reading) this.current = null;
    });
    this.current = reading;
    return reading;
  }
}

/** The cache's version string for a data state: the data version and the last change's number. */
export function stampOf(state: { version: string | null; seq: number }): string {
  return `${state.version ?? ""}#${state.seq}`;
}

function splitVersion(version: string): [string, number | null] {
  const at = version.lastIndexOf("#");
  return at < 0 ? [version, null] : [version.slice(0, at), Number(version.slice(at + 1))];
}

/** The data version, the last change's number and the changes after `since`: one small read. */
export const READ_DATA_STATE = `
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
RETURN v.version AS version, coalesce(v.seq, 0) AS seq,
  COLLECT { MATCH (c:DataChange) WHERE c.seq > $since RETURN c { .seq, .actors, .from, .to } } AS changes`;

/** The graph's data state as it stands; the cache's readVersion in the server. */
export async function readDataVersion(database: Database, since = 0): Promise<DataState> {
  const [row] = await database.read(READ_DATA_STATE, { since });
  const changes = ((row?.get("changes") as Record<string, unknown>[] | undefined) ?? []).map((c) => ({
    seq: Number(c.seq),
    actors: c.actors as string[],
    from: c.from as string,
    to: c.to as string,
  }));
  return { version: (row?.get("version") as string | null | undefined) ?? null, seq: Number(row?.get("seq") ?? 0), changes };
}
