import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ARRAY_DELIMITER, BulkCsvError, CsvFile } from "./bulk-csv";

describe("CsvFile", () => {
  const file = path.join(os.tmpdir(), `bulk-csv-${process.pid}.csv`);

  it("writes a typed header, quotes every string, leaves absent values empty and says when a field spans lines", () => {
    const csv = new CsvFile(file, ["id:ID(Actor)"], { name: "string", aliases: "string[]", born: "float", version: "long", unidentified: "boolean" });
    csv.add(["tito"], { name: 'Josip "Tito"\nBroz', aliases: ["Tito", "Broz"], born: 1892, version: neo4j.int(3), unidentified: false });
    csv.add(["x"], { name: "", aliases: [] });
    expect(csv.save()).toBe(true);
    const text = fs.readFileSync(file, "utf8");
    fs.rmSync(file);
    expect(text).toBe(
      `id:ID(Actor),name:string,aliases:string[],born:float,version:long,unidentified:boolean\n` +
        `"tito","Josip ""Tito""\nBroz","Tito${ARRAY_DELIMITER}Broz",1892,3,false\n` +
        `"x","",,,,\n`,
    );
  });

  it("refuses a property it has no column for, a value of the wrong type, and a list item holding the delimiter", () => {
    const csv = new CsvFile(file, ["id:ID(Actor)"], { name: "string", aliases: "string[]", version: "long" });
    expect(() => csv.add(["a"], { nickname: "x" })).toThrow(/no column for the property "nickname"/);
    expect(() => csv.add(["a"], { name: 3 })).toThrow(BulkCsvError);
    expect(() => csv.add(["a"], { version: 1.5 })).toThrow(/expected an integer/);
    expect(() => csv.add(["a"], { aliases: [`a${ARRAY_DELIMITER}b`] })).toThrow(/U\+001F/);
  });
});
