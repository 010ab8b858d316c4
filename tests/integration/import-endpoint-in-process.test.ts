import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES } from "@/graph/schema/error-codes";
import { createTestAccount, removeTestAccounts, signInAs } from "../support/accounts";
import { census, openTestDatabase } from "../support/database";
import { inProcessServer } from "../support/in-process";

/**
 * The import endpoint (graph/schema/import-endpoint.ts): a curator's document may be far larger
 * than the API's 64 KB bodies, there and nowhere else; anyone else is refused before the body is
 * read, and nothing but importDocument is answered there.
 */
const database = openTestDatabase();
const { ask, send } = inProcessServer(database);
const PREFIX = "t-import-endpoint-";
let curatorCookie = "";
let viewerCookie = "";

const IMPORT = `mutation Import($input: ImportInput!) { importDocument(input: $input, dryRun: true) { document { id } passages { n } } }`;
const PARAGRAPH = (i: number) => `In the session number ${i} Kardelj stated that Khrushchev was a friend of peace, and the delegates agreed on the text of the communique.`;
/** About 300 KB of text: some five times the API's own body limit. */
const LARGE = Array.from({ length: 2200 }, (_, i) => PARAGRAPH(i + 1)).join("\n\n");

const post = (body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}, path: "/api/graphql" | "/api/graphql/import" = "/api/graphql/import") =>
  send({ method: "POST", path, headers: { "content-type": "application/json", ...headers }, body });
const importBody = (text: string) => JSON.stringify({ query: IMPORT, variables: { input: { text, title: "A long report", date: "1956-11-13", id: "doc-1956-11-13-long-report" } } });

async function answerOf(response: Response) {
  const body = (await response.json()) as { data?: { importDocument: { passages: unknown[] } }; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, data: body.data, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message ?? "" };
}

/** A body that records whether anyone read it. */
function watchedBody(): { body: ReadableStream<Uint8Array>; read: () => boolean } {
  let pulled = false;
  const bytes = new TextEncoder().encode(importBody(LARGE));
  // No high-water mark: nothing is pulled until a reader asks.
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        pulled = true;
        controller.enqueue(bytes);
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { body, read: () => pulled };
}

beforeAll(async () => {
  await removeTestAccounts(database, PREFIX);
  await createTestAccount(database, `${PREFIX}curator`, "curator");
  await createTestAccount(database, `${PREFIX}viewer`, "viewer");
  curatorCookie = (await signInAs(ask, `${PREFIX}curator`)).cookie;
  viewerCookie = (await signInAs(ask, `${PREFIX}viewer`)).cookie;
});

afterAll(async () => {
  await removeTestAccounts(database, PREFIX);
  await database.close();
});

describe("the import endpoint", () => {
  it("takes a curator's document larger than the API's body limit, which the API itself refuses", async () => {
    const body = importBody(LARGE);
    expect(body.length).toBeGreaterThan(4 * MAX_BODY_BYTES);
    const before = await census(database);
    const taken = await answerOf(await post(body, { cookie: curatorCookie }));
    expect(taken.code).toBeUndefined();
    expect(taken.data?.importDocument.passages).toHaveLength(2200);
    const refused = await answerOf(await post(body, { cookie: curatorCookie }, "/api/graphql"));
    expect(refused.status).toBe(413);
    expect(refused.code).toBe("LIMIT_EXCEEDED");
    expect(refused.message).toContain(String(MAX_BODY_BYTES));
    expect(await census(database)).toBe(before);
  });

  it("refuses a reader and a viewer before reading the body", async () => {
    const anonymous = watchedBody();
    const refused = await answerOf(await post(anonymous.body));
    expect(refused.status).toBe(401);
    expect(refused.code).toBe("UNAUTHENTICATED");
    expect(anonymous.read()).toBe(false);
    const viewer = watchedBody();
    const forbidden = await answerOf(await post(viewer.body, { cookie: viewerCookie }));
    expect(forbidden.status).toBe(403);
    expect(forbidden.code).toBe("FORBIDDEN");
    expect(viewer.read()).toBe(false);
    const token = watchedBody();
    const wrongToken = await answerOf(await post(token.body, { authorization: "Bearer not-the-token" }));
    expect(wrongToken.code).toBe("UNAUTHENTICATED");
    expect(token.read()).toBe(false);
  });

  it("answers nothing but importDocument, even to a curator", async () => {
    const query = await answerOf(await post(JSON.stringify({ query: "{ actors(first: 1) { totalCount } }" }), { cookie: curatorCookie }));
    expect(query.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(query.message).toContain("only the mutation importDocument");
    const mixed = `mutation { importDocument(input: { text: "Tito spoke." }) { document { id } } signOut }`;
    const both = await answerOf(await post(JSON.stringify({ query: mixed }), { cookie: curatorCookie }));
    expect(both.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(both.message).toContain("signOut");
  });

  it("still limits what it reads, and names its own limit", async () => {
    const tooLarge = JSON.stringify({ query: IMPORT, variables: { input: { text: "x".repeat(MAX_IMPORT_BODY_BYTES) } } });
    const refused = await answerOf(await post(tooLarge, { cookie: curatorCookie }));
    expect(refused.status).toBe(413);
    expect(refused.code).toBe("LIMIT_EXCEEDED");
    expect(refused.message).toContain(String(MAX_IMPORT_BODY_BYTES));
  });
});
