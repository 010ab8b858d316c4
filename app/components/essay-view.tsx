"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Essay, EssayStep } from "@/graph/shared/essay";
import { toCytoscapeElements } from "@/graph/shared/elements";
import { monthEnd, monthStart } from "../lib/dates";
import { lazyComponent } from "../lib/lazy-component";
import { valueOf } from "../lib/data/load";
import { prefetchGraphQL, useGraphQL } from "../lib/data/use-graphql";
import { ESSAY_STATEMENTS, NETWORK, readerHref } from "../lib/queries";
import { LoadError } from "./load-error";
import { Legend } from "./legend";
import { MODE_LABELS } from "../lib/labels";
import { StanceBadge } from "./stance-badge";
import { ThemeToggle } from "./theme-toggle";

const GraphCanvas = lazyComponent(() => import("./graph-canvas").then((m) => m.default), <p className="p-4 text-sm text-slate-500">Loading the graph…</p>);

function stepFilter(step: EssayStep) {
  return {
    from: step.from ? monthStart(step.from) : null,
    to: step.to ? monthEnd(step.to) : null,
    speakers: step.people,
    targets: step.people,
    includeOrganizations: true,
  };
}

const noop = () => undefined;

/** What the step's arrows count, in the words the explorer's filter line uses. */
function describeStep(step: EssayStep, count: number | undefined): string {
  const window = step.from ? `${step.from}${step.to && step.to !== step.from ? ` – ${step.to}` : ""}` : "the whole period";
  const statements = count === undefined ? "statements" : `${count} statement${count === 1 ? "" : "s"}`;
  return `Arrows: ${statements} of ${window} among the step's ${step.people.length} actors`;
}

/**
 * A scrolling essay: the graph is laid out once over every step's people, then each step only
 * changes what is emphasised, so the picture never jumps; the quoted statements sit beside the prose.
 */
export function EssayView({ essay }: { essay: Essay }) {
  const people = useMemo(() => [...new Set(essay.steps.flatMap((s) => s.people))], [essay]);
  const [active, setActive] = useState(0);
  const sections = useRef<(HTMLElement | null)[]>([]);
  const union = useGraphQL(NETWORK, { filter: { speakers: people, targets: people, includeOrganizations: true } });
  // What the active step emphasises. Once it is drawn, the next two steps are asked for, one at a
  // time, so scrolling finds them there without a burst of reads that would overrun the API's
  // time budget on a loaded server.
  const stepNetwork = useGraphQL(NETWORK, { filter: stepFilter(essay.steps[active]!) }, { keepPrevious: true });
  const stepReady = stepNetwork.state === "ready";
  useEffect(() => {
    if (!stepReady) return undefined;
    let cancelled = false;
    void (async () => {
      for (const s of essay.steps.slice(active + 1, active + 3)) {
        if (cancelled) return;
        await prefetchGraphQL(NETWORK, { filter: stepFilter(s) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [essay, active, stepReady]);
  const ids = useMemo(() => [...new Set(essay.steps.flatMap((s) => s.statements))], [essay]);
  const statements = useGraphQL(ESSAY_STATEMENTS, { ids });
  const quotes = useMemo(() => new Map((valueOf(statements, null)?.statements.nodes ?? []).map((s) => [s.id, s])), [statements]);
  const failure = [union, stepNetwork, statements].find((l) => l.state === "error");

  useEffect(() => {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) setActive(Number((entry.target as HTMLElement).dataset.step));
      },
      { rootMargin: "-45% 0px -45% 0px" },
    );
    for (const section of sections.current) if (section) observer.observe(section);
    return () => observer.disconnect();
  }, [essay]);

  const unionValue = valueOf(union, null)?.network;
  const elements = useMemo(() => (unionValue ? toCytoscapeElements(unionValue) : null), [unionValue]);
  const step = essay.steps[active]!;
  const stepValue = valueOf(stepNetwork, null)?.network;
  const highlighted = useMemo(
    () => [...(stepValue ? [...stepValue.nodes.map((n) => n.id), ...stepValue.edges.map((e) => e.id)] : []), ...step.highlight],
    [stepValue, step],
  );
  // An arrow is coloured and sized by the statements of the step's own window, as its quotes are,
  // never by the whole period: arrows with no statement in the window are not drawn for the step.
  const current = useMemo(() => (stepValue ? { nodes: [], edges: toCytoscapeElements(stepValue).edges } : null), [stepValue]);
  const shown = useMemo(
    () => (stepValue && unionValue ? new Set([...unionValue.nodes.map((n) => n.id), ...stepValue.edges.map((e) => e.id)]) : null),
    [stepValue, unionValue],
  );
  const onReady = useCallback(noop, []);

  return (
    // On a phone the graph comes first and stays pinned to the top while the steps scroll under
    // it (a flex column, so that it sticks through the whole essay); on a wide screen it stands
    // beside them.
    <main className="flex min-h-screen flex-col lg:grid lg:grid-cols-[minmax(0,28rem)_1fr]">
      <article className="px-6 py-10">
        <nav className="mb-6 flex items-center justify-between text-sm">
          <Link href="/essays" className="text-blue-700 underline dark:text-blue-400">
            ← Essays
          </Link>
          <ThemeToggle />
        </nav>
        <h1 className="text-2xl font-semibold">{essay.title}</h1>
        <p className="mt-1 text-sm text-slate-500">
          {essay.author} · {essay.date}
        </p>
        <p className="mt-4 text-slate-700 dark:text-slate-300">{essay.summary}</p>
        {failure?.state === "error" && (
          <div className="mt-4">
            <LoadError message={`The essay's graph or quotes could not be loaded: ${failure.message}`} retry={failure.retry} />
          </div>
        )}
        {essay.steps.map((s, i) => (
          <section
            key={s.title}
            ref={(el) => {
              sections.current[i] = el;
            }}
            data-step={i}
            data-testid="essay-step"
            className={`my-[40vh] rounded border-l-4 pl-4 transition-colors ${i === active ? "border-amber-400" : "border-transparent"}`}
          >
            <h2 className="text-lg font-semibold">{s.title}</h2>
            {s.paragraphs.map((p) => (
              <p key={p.slice(0, 40)} className="mt-3 leading-relaxed">
                {p}
              </p>
            ))}
            <ul className="mt-4 space-y-3">
              {s.statements.map((id) => {
                const q = quotes.get(id);
                return (
                  <li key={id} className="rounded bg-slate-100 p-3 text-sm dark:bg-slate-900" data-testid="essay-quote">
                    {q ? (
                      <>
                        <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
                          <StanceBadge stance={q.stance} intensity={q.intensity} /> {q.speaker.name} → {q.target.name} · {q.dateLabel} · <span title={MODE_LABELS[q.mode]}>{q.mode}</span>
                          {q.reportedBy && <> · reported by {q.reportedBy.name}</>}
                        </div>
                        <blockquote className="mt-1 italic">“{q.quote}”</blockquote>
                        <Link className="text-xs text-blue-700 underline dark:text-blue-400" href={readerHref(q.passage.document.id, q.passage.index, q.id)}>
                          {q.passage.document.title}, ¶{q.passage.index}
                        </Link>
                      </>
                    ) : (
                      <span className="text-slate-500">Loading the quote…</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
        <p className="mb-[30vh] text-sm text-slate-500">
          Every quote above is a statement in the graph; follow its link to read it in its document.{" "}
          <Link href="/" className="text-blue-700 underline dark:text-blue-400">
            Explore the whole graph
          </Link>
          .
        </p>
      </article>
      <div className="sticky top-0 z-10 order-first h-[42vh] border-b border-slate-200 bg-slate-50 lg:order-none lg:h-screen lg:border-b-0 lg:border-l dark:border-slate-800 dark:bg-slate-950" data-testid="essay-graph" data-active-step={active}>
        <p className="absolute left-3 top-3 z-10 max-w-[calc(100%-1.5rem)] rounded bg-white/90 px-2 py-1 text-sm shadow dark:bg-slate-900/90" data-testid="essay-step-filter">
          {step.title}
          <span className="block text-xs text-slate-600 dark:text-slate-400">{describeStep(step, stepValue?.edges.reduce((n, e) => n + e.count, 0))}</span>
        </p>
        {elements && (
          <GraphCanvas
            elements={elements}
            current={current}
            shown={shown}
            highlighted={highlighted}
            selectedId={step.highlight[0] ?? null}
            pinned={{}}
            viewport={null}
            onSelect={noop}
            onClearSelection={noop}
            onReady={onReady}
            onViewport={noop}
            onPin={noop}
          />
        )}
        <Legend />
      </div>
    </main>
  );
}
