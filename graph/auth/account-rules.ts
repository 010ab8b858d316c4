import { AppError } from "../errors";
import type { AccountRole } from "../schema/generated/resolvers";

/** What a username may be: a lowercase slug, so it reads the same in a URL, a log and a revision. */
export const USERNAME_RULE = /^[a-z0-9][a-z0-9-]{0,38}[a-z0-9]$/;
export const PASSWORD_MIN = 12;
/** Long enough for any passphrase, short enough that hashing one costs what hashing any other does. */
export const PASSWORD_MAX = 1024;
export const ROLES: readonly AccountRole[] = ["viewer", "curator", "admin"];

export function checkUsername(raw: string): string {
  const username = raw.trim();
  if (!USERNAME_RULE.test(username)) {
    throw new AppError(
      "BAD_USER_INPUT",
      `The username "${username.slice(0, 60)}" is not allowed: use 2–40 lowercase letters, digits and dashes, starting and ending with a letter or digit (e.g. "ana-petrovic").`,
    );
  }
  return username;
}

export function checkPassword(password: string): string {
  if (password.length < PASSWORD_MIN) {
    throw new AppError("BAD_USER_INPUT", `The password is too short: it has ${password.length} characters and needs at least ${PASSWORD_MIN}. A few unrelated words make a good one.`);
  }
  if (password.length > PASSWORD_MAX) {
    throw new AppError("BAD_USER_INPUT", `The password is too long: at most ${PASSWORD_MAX} characters.`);
  }
  return password;
}

export function checkRole(raw: string): AccountRole {
  const role = ROLES.find((r) => r === raw.trim().toLowerCase());
  if (!role) throw new AppError("BAD_USER_INPUT", `There is no role "${raw}": choose one of ${ROLES.join(", ")}.`);
  return role;
}
