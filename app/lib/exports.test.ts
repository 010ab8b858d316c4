import { describe, expect, it } from "vitest";
import { csvField, escapeXml, toGraphML, toStatementsCsv, toSvg } from "./exports";

const network = {
  nodes: [
    { id: "tito", name: "Josip Broz Tito", kind: "person", country: "Yugoslavia", statementsMade: 2, statementsReceived: 1 },
    { id: "hoxha", name: "Enver Hoxha & <co>", kind: "person", country: null, statementsMade: 1, statementsReceived: 2 },
  ],
  edges: [
    { id: "hoxha->tito", source: "hoxha", target: "tito", count: 2, netStance: "oppose", firstDate: "1957-04-15", lastDate: "1957-04-15", counts: { support: 0, oppose: 2, mixed: 0, neutral: 0 } },
  ],
};

describe("toGraphML", () => {
  it("writes directed nodes and edges with attributes, escaped", () => {
    const xml = toGraphML(network, "test");
    expect(xml).toContain('edgedefault="directed"');
    expect(xml.match(/<node /g)).toHaveLength(2);
    expect(xml.match(/<edge /g)).toHaveLength(1);
    expect(xml).toContain("Enver Hoxha &amp; &lt;co&gt;");
    expect(xml).toContain('<edge id="hoxha-&gt;tito" source="hoxha" target="tito">');
  });
});

describe("CSV", () => {
  it("quotes fields with commas, quotes and line breaks, and defuses formulas", () => {
    expect(csvField('He said, "no"')).toBe('"He said, ""no"""');
    expect(csvField("=HYPERLINK()")).toBe("'=HYPERLINK()");
    expect(csvField(null)).toBe("");
  });

  it("writes one row per statement with its citation", () => {
    const csv = toStatementsCsv([
      {
        id: "s-1",
        date: "1956-11",
        dateLabel: "before Nov. 1956",
        dateSource: "text",
        sourceKind: "primary",
        speaker: { id: "hoxha", name: "Enver Hoxha" },
        target: { id: "tito", name: "Josip Broz Tito" },
        stance: "oppose",
        intensity: -2,
        mode: "direct",
        reportedBy: null,
        quote: "they have deviated from Marxism-Leninism",
        passage: { index: 12, document: { id: "doc-x", title: "Memorandum", citation: "AQSH, F. 14/AP, Dos. 2" } },
      },
    ]);
    const [header, row] = csv.trim().split("\r\n");
    expect(header).toContain("citation");
    expect(row).toContain('"AQSH, F. 14/AP, Dos. 2"');
    // The date as precise as the text, and as a reader says it, apart.
    expect(header!.split(",").slice(1, 5)).toEqual(["date", "date_as_said", "date_source", "source_kind"]);
    expect(row!.split(",").slice(1, 5)).toEqual(["1956-11", "before Nov. 1956", "text", "primary"]);
    // Where each statement stands in review, last: a curator's export with proposed ones says which.
    expect(header!.split(",").at(-1)).toBe("status");
    expect(row!.split(",").at(-1)).toBe("accepted");
  });

  it("marks a proposed statement as proposed", () => {
    const statement = {
      id: "s-2",
      date: "1957-04",
      dateLabel: "Apr. 1957",
      dateSource: "text",
      sourceKind: "primary",
      speaker: { id: "hoxha", name: "Enver Hoxha" },
      target: { id: "tito", name: "Josip Broz Tito" },
      stance: "oppose",
      intensity: -1,
      mode: "direct",
      reportedBy: null,
      quote: "words",
      passage: { index: 4, document: { id: "doc-x", title: "Memorandum", citation: "AQSH" } },
      status: "proposed",
    };
    const [, row] = toStatementsCsv([statement]).trim().split("\r\n");
    expect(row!.split(",").at(-1)).toBe("proposed");
  });
});

describe("toSvg", () => {
  it("draws every edge and node and the caption", () => {
    const svg = toSvg(
      [
        { id: "tito", label: "Tito", x: 0, y: 0, size: 20, color: "#1d4ed8", shape: "ellipse" },
        { id: "hoxha", label: "Hoxha", x: 100, y: 50, size: 30, color: "#0e7490", shape: "ellipse" },
      ],
      [{ id: "hoxha->tito", source: "hoxha", target: "tito", color: "#b91c1c", width: 3 }],
      ["Sources: Memorandum of Conversation, 15 April 1957"],
    );
    expect(svg.match(/class="edge"/g)).toHaveLength(1);
    expect(svg.match(/class="node"/g)).toHaveLength(2);
    expect(svg).toContain("Sources: Memorandum of Conversation");
    expect(escapeXml("a\u0001b")).toBe("ab");
  });
});
