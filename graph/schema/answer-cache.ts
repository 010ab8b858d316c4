import { getOperationAST, Kind, OperationTypeNode, type DocumentNode, type ExecutionResult, type OperationDefinitionNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import { readCookie, SESSION_COOKIE } from "../auth/session-cookie";
import { AppError } from "../errors";
import type { RateLimiter } from "../rate-limit";
import type { DataStateProbe, RequestStats } from "../request-stats";
import { stampOf, type ResponseCache } from "../response-cache";
import { unionOf } from "../change-scope";
import type { Context } from "./context";

/** Root fields whose answers must be live, never cached. */
const LIVE_FIELDS = new Set(["health"]);

/** Root fields whose answers say what they read (graph/change-scope.ts), so a write may leave them. */
const SCOPED_FIELDS = new Set(["network", "egoNetwork", "timeline", "timelineSpans", "__typename"]);

/** A query asks only for answers that may be kept: none of its root fields is live. */
function keepable(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && !LIVE_FIELDS.has(s.name.value));
}

/**
 * A request that says who is asking: its answer may differ by account (`me`, proposed statements
 * for curators), so it is neither served from the shared cache nor stored in it.
 */
export function carriesCredentials(request: Request): boolean {
  return request.headers.has("authorization") || readCookie(request.headers.get("cookie"), SESSION_COOKIE) !== null;
}

/** A result that serialises itself (graphql-yoga's ExecutionResultWithSerializer, which it does not export). */
export type SerialisedResult = ExecutionResult & { stringify: (result: ExecutionResult) => string };

/**
 * The answer with its JSON made once, when it is stored: yoga's result processor calls a result's
 * own `stringify` instead of JSON.stringify, so neither the request that computed it nor any hit
 * serialises it again (a year's network is about 130 kB of JSON, half a millisecond each time). A
 * result rebuilt after this (a plugin that spreads it) is not the same object, and is serialised
 * afresh.
 */
export function serialisedOnce(answer: ExecutionResult): { result: SerialisedResult; json: string } {
  const json = JSON.stringify(answer);
  const result: SerialisedResult = { ...answer, stringify: (given: ExecutionResult) => (given === result ? json : JSON.stringify(given)) };
  return { result, json };
}

/** What the cache learned about a request when its parameters arrived. */
interface Lookup {
  key: string;
  /** The version read before computing; a fresh request reads it inside its own first transaction instead. */
  version: string | null | undefined;
  fresh: boolean;
  /** Set when this request computes an answer others with the same key and version wait for. */
  release?: (answer: ExecutionResult | undefined) => void;
}

/**
 * Answers to read-only queries from the response cache, and a per-client limit on the reads that
 * are computed. A cached answer is looked up once the request's parameters are known: the HTTP
 * checks (method, content type, body size, JSON) have passed, and the entry was stored only for
 * these very parameters after they passed parsing, validation and the cost limit, which depend on
 * nothing else. So a hit is only ever given to a request that passes every check a computed one
 * passes, and it leaves through the same response path (CORS, security headers). (An earlier cache
 * sat in front of the server, keyed on the raw body, and answered a text/plain POST with 200.)
 *
 * Cached answers do not count against the read limit; `Cache-Control: no-cache` does, so no
 * client can make the server compute without bound. Requests that carry a session cookie or an
 * Authorization header bypass the cache both ways (carriesCredentials).
 */
export function answerCache(cache: ResponseCache, reads: RateLimiter | null): Plugin<Context & { stats: RequestStats }> {
  const lookups = new WeakMap<RequestStats, Lookup>();
  // Computations under way, by version and key: the answer every identical request waits for, and
  // until when (the computing request's time budget): a computation past it is not waited for.
  const inFlight = new Map<string, { answer: Promise<ExecutionResult | undefined>; until: number }>();
  const lead = (lookup: Lookup, until: number): Promise<ExecutionResult | undefined> | undefined => {
    const flight = `${lookup.version ?? ""}\n${lookup.key}`;
    const waiting = inFlight.get(flight);
    if (waiting && waiting.until > Date.now()) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const expired = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), Math.min(waiting.until, until) - Date.now());
      });
      return Promise.race([waiting.answer, expired]).finally(() => clearTimeout(timer));
    }
    const entry = { until, answer: new Promise<ExecutionResult | undefined>((resolve) => (lookup.release = resolve)) };
    const resolve = lookup.release!;
    lookup.release = (answer) => {
      lookup.release = undefined;
      if (inFlight.get(flight) === entry) inFlight.delete(flight);
      resolve(answer);
    };
    inFlight.set(flight, entry);
    return undefined;
  };
  return {
    async onParams({ params, request, context, setResult }) {
      // Without a lookup, onExecute stores nothing either.
      if (!cache.enabled || carriesCredentials(request)) return;
      const stats = (context as { stats: RequestStats }).stats;
      const key = JSON.stringify([params.query ?? null, params.operationName ?? null, params.variables ?? null]);
      // A client asking for a fresh answer computes its own, and it is stored under the data state
      // read in the computation's first transaction (onExecute): no round trip before it.
      const fresh = /no-cache|no-store/i.test(request.headers.get("cache-control") ?? "");
      if (fresh) {
        lookups.set(stats, { key, version: undefined, fresh });
        return;
      }
      // An unreachable database is the executor's to report; the cache just stands aside.
      const version = await cache.version().catch(() => undefined);
      lookups.set(stats, { key, version, fresh });
      const hit = version !== undefined ? cache.get(key, version) : undefined;
      if (hit) {
        stats.cache = "hit";
        setResult(hit.result);
        return;
      }
      // A miss while the same answer is being computed under the same version waits for it, as a
      // hit would have had it a moment later.
      if (version === undefined) return;
      const lookup = lookups.get(stats)!;
      const shared = await lead(lookup, stats.budget?.deadline ?? Date.now() + 60_000);
      if (shared) {
        stats.cache = "shared";
        setResult(shared);
      }
    },
    onExecute({ args }) {
      const ctx = args.contextValue;
      const operation = getOperationAST(args.document as DocumentNode, args.operationName as string | null | undefined);
      if (operation?.operation !== OperationTypeNode.QUERY) return;
      if (reads && !reads.take(ctx.client)) {
        const wait = reads.retryAfter(ctx.client);
        throw new AppError(
          "RATE_LIMITED",
          `Read rate limit: at most ${reads.limit} computed queries a minute from one client (cached answers are free); try again in ${wait} s.`,
          429,
          { "retry-after": String(wait) },
        );
      }
      const lookup = lookups.get(ctx.stats);
      if (!lookup || (!lookup.fresh && lookup.version === undefined) || !keepable(operation)) {
        lookup?.release?.(undefined);
        return;
      }
      const probe: DataStateProbe | undefined = lookup.fresh ? (ctx.stats.dataState = {}) : undefined;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const answer = result as ExecutionResult;
          lookup.release?.(answer.errors?.length ? undefined : answer);
          // A fresh answer that read nothing from the database has no data state to be stored under.
          const version = probe ? probe.state && stampOf(probe.state) : lookup.version;
          if (answer.errors?.length || version === undefined) return;
          const reads = ctx.stats.reads ?? [];
          const scoped = reads.length > 0 && operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && SCOPED_FIELDS.has(s.name.value));
          const stored = serialisedOnce(answer);
          cache.set(lookup.key, version, { result: stored.result, bytes: Buffer.byteLength(stored.json) }, scoped ? unionOf(reads) : undefined);
          setResult(stored.result);
          ctx.stats.cache = "miss";
        },
      };
    },
    onResponse({ response, serverContext }) {
      const stats = (serverContext as { stats?: RequestStats }).stats;
      // A request that ended before its answer was computed (refused, failed) lets its waiters compute their own.
      if (stats) lookups.get(stats)?.release?.(undefined);
      const status = stats?.cache;
      if (status) response.headers.set("x-cache", status);
    },
  };
}
