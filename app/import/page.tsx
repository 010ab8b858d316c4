import type { Metadata } from "next";
import { headers } from "next/headers";
import { signedInAccount } from "@/graph/server-runtime";
import { CuratorPage } from "../components/curator-page";
import { ImportDesk } from "../components/import/import-desk";

export const metadata: Metadata = {
  title: "Import · Stance Graph",
  description: "Import a document: its passages, the people it names and the statements proposed for review.",
};

/** The Import page for curators and admins, read from the session on the server; anyone else is asked to sign in. */
export default async function Import() {
  const account = await signedInAccount((await headers()).get("cookie"));
  return (
    <CuratorPage name="Import a document" path="/import" account={account} verb="import" explanation="Documents are imported by curators." testId="import-sign-in">
      <ImportDesk />
    </CuratorPage>
  );
}
