import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { explainLoadFailure, SeedLoadError } from "./load";

describe("a load that runs out of transaction memory", () => {
  it("says nothing was written and what to change", () => {
    const error = new Neo4jError(
      "The allocation of an extra 2.0 MiB would use more than the limit 716.8 MiB. dbms.memory.transaction.total.max threshold reached",
      "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
      "50N42",
      "error: general processing exception",
    );
    const explained = explainLoadFailure(error);
    expect(explained).toBeInstanceOf(SeedLoadError);
    const message = (explained as Error).message;
    expect(message).toContain("nothing was written");
    expect(message).toContain("716.8 MiB");
    expect(message).toContain("NEO4J_HEAP");
  });

  it("passes every other failure on unchanged", () => {
    const other = new Neo4jError("syntax", "Neo.ClientError.Statement.SyntaxError", "42000", "syntax error");
    expect(explainLoadFailure(other)).toBe(other);
    const plain = new Error("anything");
    expect(explainLoadFailure(plain)).toBe(plain);
  });
});
