import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getEssay, listEssays } from "@/graph/essays";
import { EssayView } from "../../components/essay-view";

export function generateStaticParams() {
  return listEssays().map((e) => ({ slug: e.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const essay = getEssay((await params).slug);
  return essay ? { title: `${essay.title} · Stance Graph`, description: essay.summary } : { title: "Essay · Stance Graph" };
}

export default async function EssayPage({ params }: { params: Promise<{ slug: string }> }) {
  const essay = getEssay((await params).slug);
  if (!essay) notFound();
  return <EssayView essay={essay} />;
}
