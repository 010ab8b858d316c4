import type { Database } from "../db";

/** What a seeded graph holds, by kind: what a load reports and the tests compare. */
export const COUNTS = `
CALL () { MATCH (n:Document) RETURN count(n) AS documents }
CALL () { MATCH (n:Passage) RETURN count(n) AS passages }
CALL () { MATCH (n:Person) RETURN count(n) AS people }
CALL () { MATCH (n:Organization) RETURN count(n) AS organizations }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
CALL () { MATCH (n:Statement) RETURN count(n) AS statements }
RETURN documents, passages, people, organizations, mentions, statements`;

export interface Counts {
  documents: number;
  passages: number;
  people: number;
  organizations: number;
  mentions: number;
  statements: number;
}

export async function getCounts(database: Database): Promise<Counts> {
  return database.readTx(async (tx) => {
    const record = (await tx.run(COUNTS)).records[0];
    const n = (key: keyof Counts) => Number(record?.get(key) ?? 0);
    return {
      documents: n("documents"),
      passages: n("passages"),
      people: n("people"),
      organizations: n("organizations"),
      mentions: n("mentions"),
      statements: n("statements"),
    };
  });
}
