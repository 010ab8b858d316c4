import { z } from "zod";

/** The seed format: what an analyst edits in seed/. docs/seed-format.md describes it for people. */

import { DATE_QUALIFIERS, DATE_SOURCES, precisionOf } from "../shared/date-said";
import { STANCES } from "../shared/stance";

export { STANCES };
export const MODES = ["direct", "reported", "written"] as const;
export const DOCUMENT_KINDS = ["letter", "note", "memorandum", "encyclopedia-article", "declaration", "speech", "article"] as const;
export const ORGANIZATION_KINDS = ["party", "state", "agency", "body", "movement", "press"] as const;
/** Primary: made by a participant at the time; secondary: a later account; tertiary: a reference work. */
export const SOURCE_KINDS = ["primary", "secondary", "tertiary"] as const;
/** Where a statement stands in review; the seed's own are accepted. */
export const STATEMENT_STATUSES = ["proposed", "accepted", "rejected", "retracted"] as const;

export type { Stance } from "../shared/stance";
export type Mode = (typeof MODES)[number];

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lowercase slug such as rankovic or doc-1956-10-06-note");
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "is not a real calendar date");
/** When something was said: as precise as the text allows (docs/annotation-guidelines.md §6). */
const dateSaid = z.preprocess(
  // YAML reads a bare year as a number.
  (v) => (typeof v === "number" ? String(v) : v),
  z.string().refine((s) => precisionOf(s) !== null, "must be a real date written YYYY-MM-DD, YYYY-MM or YYYY"),
);
const year = z.number().int().min(1800).max(2100);
const text = z.string().trim().min(1);
const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), "must be an ISO date-time");

/**
 * What curation recorded about an actor or a statement. Absent in hand-written files; a backup
 * carries it so that a restore reproduces who did what (docs/data-safety.md).
 */
const curationRecord = {
  /** seed (the default) or curation: a later seed leaves curated nodes alone. */
  origin: z.enum(["seed", "curation"]).default("seed"),
  version: z.number().int().min(1).optional(),
};

export const documentMetaSchema = z.object({
  id,
  title: text,
  date: isoDate,
  kind: z.enum(DOCUMENT_KINDS),
  source_kind: z.enum(SOURCE_KINDS, "must be primary, secondary or tertiary (docs/annotation-guidelines.md §7)"),
  authors: z.array(id).default([]),
  recipients: z.array(id).default([]),
  citation: text,
  archive: text,
  url: z.url().nullable().default(null),
  translator: text.nullable().default(null),
  language: text,
  original_language: text,
  summary: text.optional(),
  credits: text.optional(),
  source_file: text.optional(),
});

export const roleSchema = z.object({
  org: id,
  title: text,
  from: year.optional(),
  to: year.optional(),
});

export const personSchema = z.object({
  id,
  name: text,
  aliases: z.array(text).default([]),
  country: text.optional(),
  born: year.optional(),
  died: year.optional(),
  roles: z.array(roleSchema).default([]),
  bio: text.optional(),
  /** Someone the texts describe but do not name ("a member of the PCF Central Committee"). */
  unidentified: z.boolean().default(false),
  ...curationRecord,
  created_by: text.optional(),
  created_at: instant.optional(),
})
  // The registry's people have a country and a bio; one made while annotating may lack them until published.
  .superRefine((p, ctx) => {
    if (p.origin !== "seed") return;
    for (const field of ["country", "bio"] as const) if (p[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message: "is required" });
  });

export const organizationSchema = z.object({
  id,
  name: text,
  aliases: z.array(text).default([]),
  kind: z.enum(ORGANIZATION_KINDS),
  country: text.optional(),
  bio: text.optional(),
  ...curationRecord,
  created_by: text.optional(),
  created_at: instant.optional(),
});

export const statementSchema = z.object({
  id,
  speaker: id,
  target: id,
  stance: z.enum(STANCES),
  intensity: z.number().int().min(-2).max(2),
  mode: z.enum(MODES),
  reported_by: id.optional(),
  passage: z.number().int().min(1),
  quote: z.string().min(3),
  date: dateSaid,
  date_qualifier: z.enum(DATE_QUALIFIERS).default("exact"),
  date_until: dateSaid.optional(),
  date_source: z.enum(DATE_SOURCES, "must be text (the text gives the date) or document (the document's date stands in)"),
  topics: z.array(id).default([]),
  note: text.optional(),
  ...curationRecord,
  status: z.enum(STATEMENT_STATUSES).default("accepted"),
  status_by: text.default("seed"),
  status_at: instant.optional(),
  proposed_by: text.optional(),
  curated_by: text.optional(),
  curated_at: instant.optional(),
  retracted_at: instant.optional(),
  retracted_by: text.optional(),
  retract_reason: text.optional(),
});

/** A revision as a backup carries it (revisions.yaml); before and after are the JSON the graph holds. */
export const revisionSchema = z.object({
  id: text,
  subject: text,
  subject_kind: z.enum(["statement", "actor"]),
  version: z.number().int().min(1),
  action: z.enum(["create", "update", "accept", "reject", "retract", "revert"]),
  by: text,
  at: instant,
  reason: text.optional(),
  before: z.string().optional(),
  after: z.string(),
  reverts: text.optional(),
});

/** An account as a backup carries it (accounts.yaml): never a password, only its hash. Sessions are not kept. */
export const accountSchema = z.object({
  username: text,
  role: z.enum(["viewer", "curator", "admin"]),
  password_hash: text,
  created_at: instant,
});

export const statementFileSchema = z.object({
  document: id,
  statements: z.array(z.unknown()),
});

export type DocumentMeta = z.infer<typeof documentMetaSchema>;
export type PersonEntry = z.infer<typeof personSchema>;
export type OrganizationEntry = z.infer<typeof organizationSchema>;
export type StatementEntry = z.infer<typeof statementSchema>;
export type RevisionEntry = z.infer<typeof revisionSchema>;
export type AccountEntry = z.infer<typeof accountSchema>;
