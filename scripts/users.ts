/**
 * npm run users -- <command>: the accounts that sign in to the app.
 *   add <username> [--role viewer|curator|admin]   the password is read from standard input
 *   list
 *   remove <username>
 *   set-role <username> <role>
 *   set-password <username>                         the password is read from standard input
 *   revoke <username>                               ends every session of the account
 * Removing an account, or changing its role or password, ends its sessions. Uses the configured
 * Neo4j, or starts the project-managed one (docs/decisions/0016-accounts-and-sessions.md).
 */
import { addAccount, listAccounts, removeAccount, revokeSessionsOf, setPassword, setRole } from "../graph/auth/accounts";
import { checkRole, checkUsername, ROLES } from "../graph/auth/account-rules";
import { parseConfig } from "../graph/config";
import { createDatabase, type Database } from "../graph/db";
import { ensureSchema } from "../graph/seed";
import { start } from "./lib/neo4j-launcher";
import { readPassword, UsageError } from "./lib/read-password";
import { runMain } from "./lib/run-main";

const USAGE = `usage: npm run users -- <command>
  add <username> [--role ${ROLES.join("|")}]   (password from standard input; the role defaults to viewer)
  list
  remove <username>
  set-role <username> <role>
  set-password <username>                    (password from standard input)
  revoke <username>                          (ends the account's sessions)`;

type Command = (database: Database, args: string[]) => Promise<string>;

const sessionsEnded = (n: number) => (n === 0 ? "" : `; ${n} session${n === 1 ? "" : "s"} ended`);

function needs(args: string[], count: number, shape: string): void {
  if (args.length !== count) throw new UsageError(`expected: ${shape}\n\n${USAGE}`);
}

const COMMANDS: Record<string, Command> = {
  add: async (database, args) => {
    const at = args.indexOf("--role");
    const role = at >= 0 ? args[at + 1] : "viewer";
    if (role === undefined) throw new UsageError(`--role needs a value: ${ROLES.join(", ")}.`);
    const rest = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
    needs(rest, 1, "add <username> [--role <role>]");
    checkUsername(rest[0]!);
    checkRole(role);
    const account = await addAccount(database, { username: rest[0]!, role, password: await readPassword() });
    return `Added ${account.username} (${account.role}). They sign in at /sign-in.`;
  },
  list: async (database, args) => {
    needs(args, 0, "list");
    const accounts = await listAccounts(database);
    if (accounts.length === 0) return "No accounts yet. Create the first admin: npm run users -- add admin --role admin";
    const width = Math.max(8, ...accounts.map((a) => a.username.length));
    return [`${"username".padEnd(width)}  role     created`, ...accounts.map((a) => `${a.username.padEnd(width)}  ${a.role.padEnd(7)}  ${a.createdAt}`)].join("\n");
  },
  remove: async (database, args) => {
    needs(args, 1, "remove <username>");
    return `Removed ${args[0]}${sessionsEnded(await removeAccount(database, args[0]!))}.`;
  },
  "set-role": async (database, args) => {
    needs(args, 2, "set-role <username> <role>");
    const { account, revoked } = await setRole(database, args[0]!, args[1]!);
    return `${account.username} is now ${account.role === "admin" ? "an" : "a"} ${account.role}${sessionsEnded(revoked)}.`;
  },
  "set-password": async (database, args) => {
    needs(args, 1, "set-password <username>");
    checkUsername(args[0]!);
    const { account, revoked } = await setPassword(database, args[0]!, await readPassword());
    return `Changed the password of ${account.username}${sessionsEnded(revoked)}.`;
  },
  revoke: async (database, args) => {
    needs(args, 1, "revoke <username>");
    const revoked = await revokeSessionsOf(database, args[0]!);
    return revoked === 0 ? `${args[0]} had no live sessions.` : `Ended ${revoked} session${revoked === 1 ? "" : "s"} of ${args[0]}.`;
  },
};

runMain(async () => {
  const [name, ...args] = process.argv.slice(2).filter((a) => a !== "--");
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) throw new UsageError(name === undefined ? USAGE : `There is no command "${name}".\n\n${USAGE}`);
  const config = parseConfig(process.env);
  if (config.neo4j.managed) await start(config, (line) => console.error(line));
  const database = createDatabase(config.neo4j);
  try {
    await ensureSchema(database);
    console.log(await command(database, args));
  } finally {
    await database.close();
  }
});
