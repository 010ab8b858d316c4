import cytoscape, { type Core } from "cytoscape";
import { afterEach, describe, expect, it } from "vitest";
import { describeDrawing, describeSelection, MAX_OUTLINED_LINKS, readOutline } from "./graph-outline-model";
import { graphStyle } from "./graph-style";

let cy: Core | undefined;
afterEach(() => cy?.destroy());

/**
 * The explorer's own stylesheet, without a screen: positions, classes and styles, no pixels. A
 * headless instance has no renderer to find the middle of a curved arrow, so the places of links
 * are left to the browser tests.
 */
function draw(links: cytoscape.ElementDefinition[] = []): Core {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStyle,
    layout: { name: "preset" },
    elements: [
      { data: { id: "tito", label: "Josip Broz Tito", kind: "person", country: "Yugoslavia", activity: 40 }, position: { x: 0, y: 0 } },
      { data: { id: "hoxha", label: "Enver Hoxha", kind: "person", country: "Albania", activity: 1 }, position: { x: 200, y: 100 } },
      { data: { id: "kadar", label: "János Kádár", kind: "person", country: "Hungary", activity: 2 }, position: { x: -100, y: 50 } },
      ...links,
    ],
  });
  return cy;
}

describe("the outline of the drawing", () => {
  it("lists what is drawn, in screen coordinates, and leaves out what a filter hides", () => {
    const graph = draw();
    graph.viewport({ zoom: 2, pan: { x: 10, y: 20 } });
    graph.getElementById("kadar").addClass("excluded");
    const outline = readOutline(graph);
    expect(outline.actors.map((a) => a.name)).toEqual(["Enver Hoxha", "Josip Broz Tito"]);
    const hoxha = outline.actors[0]!;
    expect(hoxha.box.x + hoxha.box.width / 2).toBeCloseTo(410);
    expect(hoxha.box.y + hoxha.box.height / 2).toBeCloseTo(220);
    expect(describeDrawing(outline)).toBe("2 actors and 0 links drawn.");
  });

  it("lays out a name only where it is large enough at this zoom for the canvas to draw it", () => {
    const graph = draw();
    graph.zoom(0.8);
    const names = readOutline(graph).actors.map((a) => [a.name, a.label !== null]);
    // Label sizes grow with activity (9 to 16 px); under 8 px on screen the canvas skips them.
    expect(names).toEqual([
      ["Enver Hoxha", false],
      ["János Kádár", false],
      ["Josip Broz Tito", true],
    ]);
  });

  it("says what is selected and what is highlighted, as the classes draw them", () => {
    const graph = draw();
    graph.getElementById("tito").addClass("selected highlighted");
    graph.getElementById("kadar").addClass("highlighted");
    graph.getElementById("hoxha").addClass("faded");
    const outline = readOutline(graph);
    expect(outline.actors.map((a) => [a.name, a.selected, a.emphasis])).toEqual([
      ["Enver Hoxha", false, "dimmed"],
      ["János Kádár", false, "highlighted"],
      ["Josip Broz Tito", true, "highlighted"],
    ]);
    expect(describeSelection(outline)).toBe("Selected: Josip Broz Tito. Highlighted: 2 actors and 0 links.");
    expect(describeSelection(readOutline(draw()))).toBe("");
  });

  it("counts the links but lists none past the most a list can usefully hold", () => {
    const many = Array.from({ length: MAX_OUTLINED_LINKS + 1 }, (_, i) => ({ data: { id: `l${i}`, source: i % 2 ? "tito" : "kadar", target: "hoxha", stance: "mixed", count: 1 } }));
    const outline = readOutline(draw(many));
    expect(outline.links).toEqual([]);
    expect(outline.linkCount).toBe(MAX_OUTLINED_LINKS + 1);
    expect(describeDrawing(outline)).toBe(`3 actors and ${(MAX_OUTLINED_LINKS + 1).toLocaleString("en")} links drawn.`);
  });
});
