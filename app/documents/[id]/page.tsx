import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { isUnavailable } from "@/graph/errors";
import { getReaderDocument } from "@/graph/queries/reader";
import { serverDatabase, signedInAccount } from "@/graph/server-runtime";
import { DocumentReader, ReaderProblem } from "../../components/document-reader";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ statement?: string | string[] }> };

/** One read per request, shared by the page and its metadata. */
const load = cache(async (id: string) => {
  try {
    return { doc: await getReaderDocument(serverDatabase(), id) };
  } catch (error) {
    if (isUnavailable(error)) return { unavailable: true as const };
    throw error;
  }
});

const idOf = async (params: Props["params"]) => decodeURIComponent((await params).id);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await load(await idOf(params));
  if (!("doc" in result) || !result.doc) return { title: "Document · Stance Graph" };
  return { title: `${result.doc.title} · Stance Graph`, description: result.doc.summary ?? `${result.doc.kind}, ${result.doc.date}: ${result.doc.citation}` };
}

export default async function DocumentPage({ params, searchParams }: Props) {
  const result = await load(await idOf(params));
  if ("unavailable" in result) return <ReaderProblem message="The graph database is unavailable. Try again in a few seconds." />;
  if (!result.doc) notFound();
  const statement = (await searchParams).statement;
  // Who reads is decided here, on the server: a curator or an admin gets the annotation desk, and
  // anyone else the reader alone, without its code.
  const account = await signedInAccount((await headers()).get("cookie"));
  return <DocumentReader doc={result.doc} statementId={typeof statement === "string" ? statement : null} account={account} />;
}
