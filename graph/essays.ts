import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { splitFrontMatter } from "./front-matter";
import { essayFrontMatter as frontMatter, stepSchema, type Essay, type EssayStep } from "./shared/essay";

/**
 * Visual essays: Markdown files in essays/ whose ```step blocks set the graph's view and whose
 * paragraphs are the prose beside it. Every statement a step quotes must exist in the graph;
 * tests/integration/essays.test.ts checks that against the database.
 */

export type { Essay, EssayStep } from "./shared/essay";

export class EssayError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = "EssayError";
  }
}

export function parseEssay(slug: string, source: string, file = `${slug}.md`): Essay {
  const front = splitFrontMatter(source);
  if (!front) throw new EssayError(file, "an essay starts with front matter between --- lines");
  const meta = frontMatter.safeParse(parseYaml(front.yaml));
  if (!meta.success) throw new EssayError(file, meta.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; "));
  const parts = front.body.split(/^```step\n([\s\S]*?)\n```$/m);
  const steps: EssayStep[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const step = stepSchema.safeParse(parseYaml(parts[i]!));
    if (!step.success) throw new EssayError(file, `step ${steps.length + 1}: ${step.error.issues.map((x) => `${x.path.join(".")} ${x.message}`).join("; ")}`);
    const paragraphs = (parts[i + 1] ?? "")
      .split(/\n\s*\n/)
      .map((p) => p.trim().replace(/\s*\n\s*/g, " "))
      .filter(Boolean);
    steps.push({ ...step.data, paragraphs });
  }
  if (steps.length === 0) throw new EssayError(file, "an essay needs at least one ```step block");
  return { ...meta.data, slug, steps };
}

/** Every essay in essays/, by file name. The folder is fixed so the server bundles only it. */
export function listEssays(): Essay[] {
  const dir = path.join(process.cwd(), "essays");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => parseEssay(f.slice(0, -3), fs.readFileSync(path.join(process.cwd(), "essays", f), "utf8"), `essays/${f}`));
}

/** One essay by slug; looked up in the listing, so no path is ever built from a URL. */
export function getEssay(slug: string): Essay | null {
  return listEssays().find((e) => e.slug === slug) ?? null;
}
