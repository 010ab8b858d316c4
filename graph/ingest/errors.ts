import { AppError } from "../errors";

/**
 * A refused import: what was wrong and where, and nothing written. BAD_USER_INPUT, so the Import
 * page shows the message as it is, and the command line prints it without a stack.
 */
export function refuse(message: string): AppError {
  return new AppError("BAD_USER_INPUT", `Import refused: ${message}`);
}
