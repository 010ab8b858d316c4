import type { Elements } from "@/graph/shared/elements";
import { STANCES } from "@/graph/shared/stance";
import { random } from "./random";

/**
 * A synthetic network in the explorer's element shape, deterministic from its size: communities
 * by country, a few very active people and many quiet ones (Zipf-like), two arrows per person on
 * average, mostly within a community. Benchmarks and browser tests draw the same graph with every
 * renderer.
 */
const COUNTRIES = ["Yugoslavia", "Soviet Union", "Albania", "Hungary", "Bulgaria", "Other"];


export function syntheticElements(people: number, seed = 7): Elements {
  const next = random(seed);
  const nodes: Elements["nodes"] = [];
  for (let i = 0; i < people; i++) {
    const rank = i + 1;
    nodes.push({
      data: {
        id: `n${String(i).padStart(5, "0")}`,
        label: `Person ${String.fromCharCode(65 + (i % 26))}. ${rank}`,
        kind: i % 17 === 0 ? "organization" : "person",
        country: COUNTRIES[i % COUNTRIES.length]!,
        activity: Math.max(1, Math.round(60 / Math.sqrt(rank))),
      },
    });
  }
  const edges: Elements["edges"] = [];
  const seen = new Set<string>();
  // Targets favour low ranks (the active people), sources are spread evenly.
  const pickTarget = () => Math.min(people - 1, Math.floor(people * next() ** 2.5));
  for (let i = 0; edges.length < 2 * people && i < 20 * people; i++) {
    const s = i % people;
    let t = pickTarget();
    if (next() < 0.8) t = t - (t % COUNTRIES.length) + (s % COUNTRIES.length);
    if (t >= people || t === s) continue;
    const id = `e${s}-${t}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const source = nodes[s]!.data.id;
    const target = nodes[t]!.data.id;
    edges.push({ data: { id, source, target, stance: STANCES[Math.floor(next() * STANCES.length)]!, count: 1 + Math.floor(next() ** 3 * 12) } });
  }
  return { nodes, edges };
}
