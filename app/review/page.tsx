import type { Metadata } from "next";
import { headers } from "next/headers";
import { Suspense } from "react";
import { signedInAccount } from "@/graph/server-runtime";
import { CuratorPage } from "../components/curator-page";
import { ReviewQueue } from "../components/review/review-queue";

export const metadata: Metadata = {
  title: "Review · Stance Graph",
  description: "Proposed statements awaiting a curator's decision, each with its passage.",
};

/** The review queue for curators and admins, read from the session on the server; anyone else is asked to sign in. */
export default async function Review() {
  const account = await signedInAccount((await headers()).get("cookie"));
  const reviewer = account && account.role !== "viewer" ? account : null;
  return (
    <CuratorPage
      name="Review"
      path="/review"
      account={account}
      verb="review"
      explanation="Proposed statements are reviewed by curators."
      testId="review-sign-in"
      footer={
        <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
          Everyone can read the accepted statements in the{" "}
          <a className="text-blue-700 underline dark:text-blue-400" href="/">
            explorer
          </a>
          .
        </p>
      }
    >
      {reviewer && (
        <Suspense
          fallback={
            <p role="status" className="p-6 text-sm text-slate-500">
              Loading the review queue…
            </p>
          }
        >
          <ReviewQueue viewer={reviewer} />
        </Suspense>
      )}
    </CuratorPage>
  );
}
