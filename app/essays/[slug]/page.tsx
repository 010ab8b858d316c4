import { notFound } from "next/navigation";
import { getEssay, listEssays } from "@/graph/essays";
import { EssayView } from "../../components/essay-view";

export function generateStaticParams() {
  return listEssays().map((e) => ({ slug: e.slug }));
}

export default async function EssayPage({ params }: { params: Promise<{ slug: string }> }) {
  const essay = getEssay((await params).slug);
  if (!essay) notFound();
  return <EssayView essay={essay} />;
}
