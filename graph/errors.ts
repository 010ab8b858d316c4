import { Neo4jError } from "neo4j-driver";

/** Codes every client can rely on; they travel in GraphQL `extensions.code` and in JSON bodies. */
export type ErrorCode =
  | "DATABASE_UNAVAILABLE"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "LIMIT_EXCEEDED"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "RATE_LIMITED"
  | "INTERNAL";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly httpStatus = 400,
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
