import { describe, expect, it } from "vitest";
import { frameLayout, MIN_WIDTH, textWidth, wrap, type PictureText } from "./export-picture";
import { csvField, escapeXml, exportStem, toGraphML, toStatementsCsv, toSvg } from "./exports";

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
  it("writes numbers as numbers: a negative intensity is not defused into text", () => {
    expect(csvField(-1)).toBe("-1");
    expect(csvField(-2)).toBe("-2");
    expect(csvField(2)).toBe("2");
    // A text cell that looks like a negative number is still defused: only numbers pass.
    expect(csvField("-1")).toBe("'-1");
  });

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
    // The intensity column holds the number itself, as pandas and a spreadsheet read numbers.
    const header = toStatementsCsv([statement]).split("\r\n")[0]!.split(",");
    expect(row!.split(",")[header.indexOf("intensity")]).toBe("-1");
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
      { title: "Stance Graph: the stance network", subtitle: "2 actors", legend: [], sources: ["Sources: Memorandum of Conversation, 15 April 1957"] },
    );
    expect(svg.match(/class="edge"/g)).toHaveLength(1);
    expect(svg.match(/class="node"/g)).toHaveLength(2);
    expect(svg).toContain("Sources: Memorandum of Conversation");
    expect(escapeXml("a\u0001b")).toBe("ab");
  });
});

const text = (sources: number): PictureText => ({
  title: "Stance Graph: Josip Broz Tito and their neighbourhood",
  subtitle: "12 actors, 20 links, 57 statements · filtered by 1956-09 – 1956-12, stance: oppose",
  legend: [
    { heading: "Arrow: net stance", entries: [{ label: "Oppose", color: "#b91c1c", mark: "line" }] },
    { heading: "Colour: country", entries: ["Yugoslavia", "Soviet Union", "Albania", "Hungary", "Bulgaria", "Other"].map((c) => ({ label: c, color: "#000000", mark: "dot" as const })) },
  ],
  sources: Array.from({ length: sources }, (_, i) => `Document ${i} with a long title about the Soviet–Yugoslav dispute — Archive of Yugoslavia, fond ${i}, folder ${i * 7}, pages ${i}–${i + 9}`),
});

describe("framed pictures", () => {
  it("wraps text to the width, never past it, cutting only a word longer than a line", () => {
    const lines = wrap("the enemy of my enemy is my friend", 10);
    expect(lines).toEqual(["the enemy", "of my", "enemy is", "my friend"]);
    expect(wrap("x".repeat(25), 10)).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
  });

  it("keeps every line of the title, filters, legend and sources inside the picture", () => {
    const frame = frameLayout(200, text(6));
    expect(frame.width).toBe(MIN_WIDTH);
    for (const m of [...frame.header, ...frame.footer]) {
      const right = m.kind === "text" ? m.x + textWidth(m.text, m.size, m.bold) : m.x + 16;
      expect(m.x).toBeGreaterThanOrEqual(0);
      expect(right, m.kind === "text" ? m.text : m.color).toBeLessThanOrEqual(frame.width);
      expect(m.y).toBeLessThanOrEqual(m.kind === "text" && frame.header.includes(m) ? frame.headerHeight : frame.footerHeight);
    }
    const words = [...frame.header, ...frame.footer].flatMap((m) => (m.kind === "text" ? [m.text] : [])).join(" ");
    expect(words).toContain("stance: oppose");
    expect(words).toContain("Sources");
    expect(words).toContain("Yugoslavia");
  });

  it("grows below the graph as the sources grow", () => {
    expect(frameLayout(900, text(12)).footerHeight).toBeGreaterThan(frameLayout(900, text(2)).footerHeight + 100);
  });

  it("writes an SVG whose view box holds the graph, its labels and the whole caption", () => {
    const svg = toSvg(
      [
        { id: "a", label: "Josip Broz Tito", x: -400, y: -10, size: 30, color: "#1d4ed8", shape: "ellipse" },
        { id: "b", label: "League of Communists of Yugoslavia", x: 300, y: 240, size: 20, color: "#1d4ed8", shape: "round-rectangle" },
      ],
      [{ id: "a->b", source: "a", target: "b", color: "#15803d", width: 2 }],
      text(4),
    );
    const [, , , w, h] = /viewBox="(-?[\d.]+) (-?[\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number);
    const transform = /class="graph" transform="translate\((-?[\d.]+) (-?[\d.]+)\)"/.exec(svg)!.slice(1).map(Number);
    // The widest label, centred on its node, lies inside once the graph is moved into the frame.
    const labelRight = 300 + textWidth("League of Communists of Yugoslavia", 11) / 2 + transform[0]!;
    const labelLeft = -400 - textWidth("Josip Broz Tito", 11) / 2 + transform[0]!;
    expect(labelLeft).toBeGreaterThanOrEqual(0);
    expect(labelRight).toBeLessThanOrEqual(w!);
    const ys = [...svg.matchAll(/<g class="caption">(.*)<\/g>/g)].flatMap((m) => [...m[1]!.matchAll(/<text[^>]* y="([\d.]+)"/g)].map((t) => Number(t[1])));
    expect(ys.length).toBeGreaterThan(6);
    for (const y of ys) expect(y).toBeLessThanOrEqual(h!);
    expect(svg).toContain("<title>Stance Graph: Josip Broz Tito and their neighbourhood</title>");
  });
});

describe("file names", () => {
  const none = { selected: null, highlighted: [], stances: [], modes: [], countries: [], documents: [], from: null, to: null, includeOrganizations: false, includeTertiary: false, proposed: false };

  it("say what the view is", () => {
    expect(exportStem({ ...none, selected: "tito", highlighted: ["tito", "hoxha"], stances: ["oppose"], from: "1956-09", to: "1956-12" })).toBe("stance-graph_tito-ego_oppose_1956-09--1956-12");
    expect(exportStem({ ...none, selected: "khrushchev->nagy" })).toBe("stance-graph_khrushchev-to-nagy");
    expect(exportStem({ ...none, stances: ["support", "mixed"], countries: ["Soviet Union"], documents: ["a", "b"], includeOrganizations: true })).toBe(
      "stance-graph_support+mixed_soviet-union_2-documents_with-parties-states",
    );
  });

  it("is plain for the whole graph, and never longer than 150 characters", () => {
    expect(exportStem(none)).toBe("stance-graph");
    expect(exportStem({ ...none, documents: ["doc-" + "x".repeat(300)] }).length).toBeLessThanOrEqual(150);
  });
});
