import { Neo4jError } from "neo4j-driver";

/** Codes every client can rely on; they travel in GraphQL `extensions.code` and in JSON bodies. */
export type ErrorCode =
  | "DATABASE_UNAVAILABLE"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "LIMIT_EXCEEDED"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  /** Someone else saved the same statement or actor first (409): nothing was changed. */
  | "CONFLICT"
  | "RATE_LIMITED"
  | "TIME_BUDGET_EXCEEDED"
  | "INTERNAL";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly httpStatus = 400,
    /** Response headers the refusal needs, e.g. Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor(readonly cause: unknown) {
    super("DATABASE_UNAVAILABLE", "The graph database is unavailable. Try again in a few seconds.", 503);
    this.name = "DatabaseUnavailableError";
  }
}

/** A request that ran past its time budget; whatever it had started is cancelled. */
export class TimeBudgetError extends AppError {
  constructor(budgetMs: number) {
    super(
      "TIME_BUDGET_EXCEEDED",
      `Time budget: a request may run for at most ${budgetMs} ms, and this one was stopped. Narrow the query (a filter, a smaller first: or limit:) or split it into several requests.`,
      503,
    );
    this.name = "TimeBudgetError";
  }
}

/** True for the error Neo4j raises when a transaction outlives the timeout it was given. */
export function isTransactionTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && /TransactionTimedOut/.test(error.code);
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
]);

/** True for driver errors that mean the server cannot be reached or is not serving right now. */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (error instanceof Neo4jError) {
    return UNAVAILABLE_CODES.has(error.code) || error.retriable === true && /connect|unavailable/i.test(error.message);
  }
  return false;
}
