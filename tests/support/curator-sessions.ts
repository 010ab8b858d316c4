import type { BrowserContext } from "playwright-core";
import { addAccount } from "@/graph/auth/accounts";
import { removeTestAccounts } from "./accounts";
import { openTestDatabase } from "./database";
import { BASE_URL, CURATION_TOKEN } from "./env";
import { gql, type GraphQLResult } from "./http";

/** A name no other test run has used, so that tests sharing the database do not meet. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/**
 * The accounts a browser test file works with, made as `npm run users -- add` makes them
 * (graph/auth/accounts.ts). Their names start with the file's own prefix, so that its cleanup
 * removes exactly its own, those a run that crashed left behind included.
 */
export function testAccounts(prefix: string) {
  const database = openTestDatabase();
  return {
    add: async (username: string, role: "viewer" | "curator" | "admin", password: string) => {
      if (!username.startsWith(prefix)) throw new Error(`${username} does not start with ${prefix}`);
      await addAccount(database, { username, role, password });
    },
    removeAll: async () => {
      await removeTestAccounts(database, prefix);
      await database.close();
    },
  };
}

/** A signed-in account over HTTP: its session cookie, and GraphQL sent with it. */
export interface Session {
  username: string;
  /** The cookie as the browser would send it: name=value. */
  cookie: { name: string; value: string };
  ask: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<T>>;
}

/** Signs in with signIn over HTTP, as the sign-in page does, and keeps the session cookie it sets. */
export async function signIn(username: string, password: string): Promise<Session> {
  const response = await fetch(`${BASE_URL}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE_URL },
    body: JSON.stringify({
      query: "mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { account { username } } }",
      variables: { u: username, p: password },
    }),
  });
  const body = (await response.json()) as GraphQLResult<unknown>;
  if (body.errors?.length) throw new Error(`signIn ${username}: ${body.errors[0]!.message}`);
  const set = response.headers.getSetCookie()[0];
  const pair = set?.split(";")[0];
  if (!pair || !pair.includes("=")) throw new Error(`signIn ${username} set no cookie`);
  const name = pair.slice(0, pair.indexOf("="));
  const value = pair.slice(pair.indexOf("=") + 1);
  return {
    username,
    cookie: { name, value },
    ask: (query, variables = {}) => gql(query, variables, { cookie: `${name}=${value}`, origin: BASE_URL }),
  };
}

/** The browser context carries this session from now on (and no other). */
export async function useSession(context: BrowserContext, session: Session | null): Promise<void> {
  await context.clearCookies();
  if (session) await context.addCookies([{ ...session.cookie, url: BASE_URL, httpOnly: true, sameSite: "Lax" }]);
}

/** A read or write with the admin token, as a script sends it. */
export const asAdminToken = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
  gql<T>(query, variables, { authorization: `Bearer ${CURATION_TOKEN}` });

/** Distinct quotes from a passage: runs of `words` words, each verbatim in its text. */
export async function quotesFrom(documentId: string, count: number, words = 6): Promise<{ passage: string; quote: string }[]> {
  const { data } = await gql<{ document: { passages: { id: string; text: string }[] } }>(
    "query ($id: ID!) { document(id: $id) { passages(first: 1000) { id text } } }",
    { id: documentId },
  );
  const quotes: { passage: string; quote: string }[] = [];
  for (const passage of data!.document.passages) {
    const tokens = passage.text.split(" ");
    for (let i = 0; i + words <= tokens.length && quotes.length < count; i += words) {
      const quote = tokens.slice(i, i + words).join(" ");
      if (/^[A-Za-z]/.test(quote) && passage.text.indexOf(quote) === passage.text.lastIndexOf(quote))
        quotes.push({ passage: passage.id, quote });
    }
    if (quotes.length >= count) break;
  }
  return quotes;
}

/** Proposes a statement with a curator's session; the server records it as proposed by them. */
export async function propose(
  session: Session,
  input: {
    id: string;
    speaker: string;
    target: string;
    stance: string;
    intensity: number;
    passage: string;
    quote: string;
    topics?: string[];
  },
): Promise<void> {
  const answer = await session.ask("mutation ($input: StatementInput!) { createStatement(input: $input) { id status } }", {
    input: { mode: "direct", topics: ["test"], ...input },
  });
  if (answer.errors?.length) throw new Error(`createStatement ${input.id}: ${answer.errors[0]!.message}`);
}
