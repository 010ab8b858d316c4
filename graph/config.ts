import { z } from "zod";

/**
 * The configuration, built by parseConfig from an environment object. Entry points (each script,
 * the test files, the server's composition root in graph/server-runtime.ts) build it once from
 * theirs, process.env or the environment they made for a scratch stack, and pass it down; nothing
 * reads a configuration from anywhere else. Every setting is validated at start-up, and every
 * wrong variable gets one line that names it, says what is wrong and what a good value looks like.
 */
const port = z.coerce.number().int().min(1).max(65535);

const schema = z
  .object({
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "must start with bolt://, neo4j://, bolt+s:// or neo4j+s://")
      .optional(),
    NEO4J_USERNAME: z.string().min(1).default("neo4j"),
    NEO4J_PASSWORD: z.string().min(8, "must be at least 8 characters (Neo4j refuses shorter passwords)").optional(),
    NEO4J_DATABASE: z
      .string()
      .regex(/^[a-z][a-z0-9.-]{2,62}$/, "must be a Neo4j database name such as neo4j")
      .default("neo4j"),
    NEO4J_BOLT_PORT: port.default(7687),
    NEO4J_INSTANCE: z
      .string()
      .regex(/^[a-z0-9-]+$/, "must be lowercase letters, digits and dashes")
      .default("dev"),
    NEO4J_HEAP: z
      .string()
      .regex(/^\d+[mg]$/, "must be a size such as 512m or 1g")
      .default("1g"),
    NEO4J_PAGECACHE: z
      .string()
      .regex(/^\d+[mg]$/, "must be a size such as 256m or 1g")
      .default("256m"),
    PORT: port.default(3000),
    CURATION_TOKEN: z.string().min(24, "must be at least 24 characters").optional(),
    SESSION_SECRET: z.string().min(32, "must be at least 32 characters (e.g. the output of `openssl rand -base64 48`)").optional(),
    SESSION_TTL_HOURS: z.coerce.number().min(0.01, "must be a number of hours above 0").max(24 * 90, "must be at most 2160 hours (90 days)").default(12),
    RESPONSE_CACHE_MB: z.coerce.number().int("must be a whole number of megabytes").min(0).max(4096).default(64),
    REQUEST_TIME_BUDGET_MS: z.coerce.number().int("must be a whole number of milliseconds").min(100).max(600_000).default(5_000),
    READ_RATE_LIMIT: z.coerce.number().int("must be a whole number of requests a minute").min(0).max(1_000_000).default(1_200),
    CORS_ORIGINS: z
      .string()
      .transform((v) => v.split(",").map((o) => o.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s,]+$/, "must list origins such as https://example.org, separated by commas (no paths, no *)")))
      .default([]),
    TRUSTED_PROXY: z
      .string()
      .transform((v) => v.split(",").map((a) => a.trim()).filter(Boolean))
      .pipe(z.array(z.union([z.ipv4(), z.ipv6()], "must list the proxies' IP addresses, separated by commas")))
      .default([]),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: "custom", path: ["NEO4J_PASSWORD"], message: "is required when NEO4J_URI is set" });
    }
    // A project-managed stack keeps a generated secret under .neo4j/<instance>/ (graph/auth/session-secret.ts);
    // a server of one's own must be given one, the same on every instance behind a load balancer.
    if (env.NEO4J_URI && !env.SESSION_SECRET) {
      ctx.addIssue({ code: "custom", path: ["SESSION_SECRET"], message: "is required when NEO4J_URI is set (at least 32 characters, e.g. `openssl rand -base64 48`)" });
    }
  });

export type Env = z.infer<typeof schema>;

export interface Config {
  neo4j: {
    uri: string;
    username: string;
    password: string;
    database: string;
    /** True when the project starts and stops its own Neo4j (NEO4J_URI not set). */
    managed: boolean;
    boltPort: number;
    instance: string;
    heap: string;
    pageCache: string;
  };
  port: number;
  curationToken: string | undefined;
  sessions: {
    /** Seals session cookies; undefined for a project-managed stack, which keeps its own (graph/auth/session-secret.ts). */
    secret: string | undefined;
    /** How long a session lasts from sign-in, in hours; it is not extended by use. */
    ttlHours: number;
  };
  /** Megabytes of GraphQL answers kept in memory until the data changes; 0 turns the cache off. */
  responseCacheMB: number;
  /** How long one GraphQL request may run, in the server and in Neo4j, before it is stopped. */
  requestTimeBudgetMs: number;
  /** Computed (uncached) GraphQL reads a client may make a minute; 0 turns the limit off. */
  readRateLimit: number;
  /** Other origins whose pages may call the API from the browser (the app's own always may). */
  corsOrigins: string[];
  /** Addresses of reverse proxies whose X-Forwarded-For is believed; empty means none. */
  trustedProxies: string[];
}

/** The password of the project-managed Neo4j when none is configured; it listens on 127.0.0.1 only. */
export const MANAGED_DEFAULT_PASSWORD = "stance-graph-local";

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Environment variables by name, as process.env holds them. */
export type Environment = Record<string, string | undefined>;

/** Pure: turns an environment into a Config or throws a ConfigError listing every problem. */
export function parseConfig(env: Environment): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join(".");
        const value = cleaned[name];
        const shown = value === undefined || /PASSWORD|TOKEN|SECRET/.test(name) ? "" : ` (got "${value}")`;
        return `${name} ${issue.message}${shown}`;
      }),
    );
  }
  const e = result.data;
  const managed = e.NEO4J_URI === undefined;
  return {
    neo4j: {
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_BOLT_PORT}`,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD ?? MANAGED_DEFAULT_PASSWORD,
      database: e.NEO4J_DATABASE,
      managed,
      boltPort: e.NEO4J_BOLT_PORT,
      instance: e.NEO4J_INSTANCE,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
    },
    port: e.PORT,
    curationToken: e.CURATION_TOKEN,
    sessions: { secret: e.SESSION_SECRET, ttlHours: e.SESSION_TTL_HOURS },
    responseCacheMB: e.RESPONSE_CACHE_MB,
    requestTimeBudgetMs: e.REQUEST_TIME_BUDGET_MS,
    readRateLimit: e.READ_RATE_LIMIT,
    corsOrigins: e.CORS_ORIGINS,
    trustedProxies: e.TRUSTED_PROXY,
  };
}
