import Link from "next/link";
import { listEssays } from "@/graph/essays";
import { ThemeToggle } from "../components/theme-toggle";

export const metadata = { title: "Essays · Stance Graph" };

/** Visual essays built from the graph: each claim is a statement one click from its source. */
export default function EssaysPage() {
  const essays = listEssays();
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <nav className="mb-6 flex items-center justify-between text-sm">
        <Link href="/" className="text-blue-700 underline dark:text-blue-400">
          ← Explorer
        </Link>
        <ThemeToggle />
      </nav>
      <h1 className="mb-6 text-2xl font-semibold">Essays</h1>
      {essays.length === 0 && <p className="text-slate-500">No essays yet.</p>}
      <ul className="space-y-6" data-testid="essay-list">
        {essays.map((e) => (
          <li key={e.slug}>
            <Link href={`/essays/${e.slug}`} className="text-lg font-medium text-blue-800 underline dark:text-blue-300">
              {e.title}
            </Link>
            <p className="text-sm text-slate-500">
              {e.author} · {e.date} · {e.steps.length} steps
            </p>
            <p className="mt-1">{e.summary}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
