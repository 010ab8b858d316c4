import { describe, expect, it } from "vitest";
import { EssayError, listEssays, parseEssay } from "./essays";

const essay = `---
title: A test
summary: Two steps.
author: Tester
date: 2026-01-01
---

Intro is ignored before the first step.

\`\`\`step
title: One
people: [tito, khrushchev]
statements: [s-1]
highlight: [khrushchev->tito]
\`\`\`

First paragraph
continues here.

Second paragraph.

\`\`\`step
title: Two
from: 1956-01
to: 1956-12
people: [tito]
statements: [s-2]
\`\`\`

Last.
`;

describe("parseEssay", () => {
  it("reads front matter, steps and their paragraphs", () => {
    const parsed = parseEssay("test", essay);
    expect(parsed.title).toBe("A test");
    expect(parsed.steps).toHaveLength(2);
    expect(parsed.steps[0]!.paragraphs).toEqual(["First paragraph continues here.", "Second paragraph."]);
    expect(parsed.steps[1]).toMatchObject({ from: "1956-01", to: "1956-12", highlight: [] });
  });

  it("names the file and the step when a step is wrong", () => {
    expect(() => parseEssay("bad", essay.replace("from: 1956-01", "from: 1956-13"), "essays/bad.md")).toThrow(EssayError);
    expect(() => parseEssay("bad", essay.replace("from: 1956-01", "from: 1956-13"), "essays/bad.md")).toThrow(/essays\/bad.md: step 2: from must be a month/);
  });

  it("parses every essay shipped in essays/", () => {
    const essays = listEssays();
    expect(essays.length).toBeGreaterThan(0);
    for (const e of essays) expect(e.steps.length).toBeGreaterThan(2);
  });
});
