import { z } from "zod";

/**
 * What a visual essay is made of: its front matter and its steps, as the essay files write them
 * (graph/essays.ts reads them) and as the essay view draws them. Browser-safe.
 */

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month, YYYY-MM");
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be an id");

export const stepSchema = z.object({
  title: z.string().min(1),
  from: month.optional(),
  to: month.optional(),
  /** Only statements among these people. */
  people: z.array(id).min(1),
  /** Edges to emphasise, as "speaker->target". */
  highlight: z.array(z.string().regex(/^[a-z0-9-]+->[a-z0-9-]+$/, "must be speaker->target")).default([]),
  /** Statements quoted beside the prose: the evidence for the step's claim. */
  statements: z.array(id).min(1),
});

export const essayFrontMatter = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  author: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export type EssayStep = z.infer<typeof stepSchema> & { paragraphs: string[] };
export type Essay = z.infer<typeof essayFrontMatter> & { slug: string; steps: EssayStep[] };
