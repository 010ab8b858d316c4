import { describe, expect, it } from "vitest";
import { decodeView, EMPTY_VIEW, encodeView, type ViewState } from "./view-state";

describe("view state in the URL", () => {
  it("round-trips a full view", () => {
    const view: ViewState = {
      from: "1956-01",
      to: "1956-12",
      stances: ["oppose", "mixed"],
      modes: ["reported"],
      documents: ["doc-1956-10-06-khrushchev-note"],
      countries: ["Yugoslavia", "Soviet Union"],
      includeOrganizations: true,
      includeTertiary: true,
      proposed: true,
      selected: "khrushchev->tito",
      highlighted: ["hoxha", "tito", "hoxha->tito"],
      pinned: { tito: { x: 120.5, y: -40 }, kardelj: { x: 0, y: 3.2 } },
      viewport: { zoom: 1.25, x: 310.4, y: -22 },
      cast: 2000,
    };
    expect(decodeView(new URLSearchParams(encodeView(view).toString()))).toEqual(view);
  });

  it("writes the zoom to three decimals without float noise", () => {
    for (let i = 1; i < 4000; i++) {
      const zoom = i / 1000 + 0.0002;
      const written = encodeView({ ...EMPTY_VIEW, viewport: { zoom, x: 0, y: 0 } })
        .get("view")!
        .split(":")[0]!;
      expect(written).toMatch(/^\d+(\.\d{1,3})?$/);
      expect(Math.abs(Number(written) - zoom)).toBeLessThan(0.0006);
    }
  });

  it("encodes the empty view as nothing", () => {
    expect(encodeView(EMPTY_VIEW).toString()).toBe("");
    expect(decodeView(new URLSearchParams(""))).toEqual(EMPTY_VIEW);
  });

  it("ignores what it cannot trust", () => {
    const view = decodeView(new URLSearchParams("from=1956-13&stance=furious,oppose&sel=<script>&pin=tito:x:1,ok:1:2&view=0:1:1&doc=a b"));
    expect(view.from).toBeNull();
    expect(view.stances).toEqual(["oppose"]);
    expect(view.selected).toBeNull();
    expect(view.pinned).toEqual({ ok: { x: 1, y: 2 } });
    expect(view.viewport).toBeNull();
    expect(view.documents).toEqual([]);
    expect(decodeView(new URLSearchParams("proposed=yes")).proposed).toBe(false);
    for (const bad of ["0", "5001", "1.5", "many"]) expect(decodeView(new URLSearchParams(`cast=${bad}`)).cast).toBeNull();
  });
});
