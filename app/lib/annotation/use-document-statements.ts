"use client";

import { useCallback, useEffect, useState } from "react";
import {
  AnnotationStatementsDocument,
  type AnnotatedStatementFragment,
  type AnnotationStatementsQuery,
} from "@/graph/shared/generated/graphql";
import { describeError, type Load } from "../data/load";
import { fetchGraphQL } from "../data/use-graphql";

/** The longest document has a few hundred statements; this many pages is a generous bound, not a loop without end. */
const MAX_PAGES = 50;

async function readAll(documentId: string, fresh: boolean): Promise<AnnotatedStatementFragment[]> {
  const all: AnnotatedStatementFragment[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { statements }: AnnotationStatementsQuery = await fetchGraphQL(
      AnnotationStatementsDocument,
      { document: documentId, after },
      { fresh },
    );
    all.push(...statements.nodes);
    if (!statements.pageInfo.hasNextPage || !statements.pageInfo.endCursor) break;
    after = statements.pageInfo.endCursor;
  }
  return all;
}

/**
 * Every statement quoted from a document that a curator sees: the accepted ones and the proposed
 * ones, page after page. `reload` asks the server again (after a write, or someone else's).
 */
export function useDocumentStatements(documentId: string): { load: Load<AnnotatedStatementFragment[]>; reload: () => void } {
  const [load, setLoad] = useState<Load<AnnotatedStatementFragment[]>>({ state: "loading" });
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let current = true;
    readAll(documentId, asked > 0).then(
      (value) => current && setLoad({ state: "ready", value }),
      (error: unknown) =>
        current &&
        setLoad((was) => ({ state: "error", ...describeError(error), last: was.state === "ready" ? was.value : was.last })),
    );
    return () => {
      current = false;
    };
  }, [documentId, asked]);
  const reload = useCallback(() => setAsked((n) => n + 1), []);
  return { load, reload };
}
