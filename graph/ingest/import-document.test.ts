import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES, sourceOf } from "./import-document";

describe("an import's source from the page", () => {
  it("reads a pasted text as a .txt file, and a file's base64 bytes under its own name", () => {
    const pasted = sourceOf({ text: "Tito spoke." });
    expect(pasted.file).toBe("pasted text.txt");
    expect(new TextDecoder().decode(pasted.bytes)).toBe("Tito spoke.");
    const file = sourceOf({ base64: Buffer.from("<p>Tito</p>").toString("base64"), fileName: "a.html" });
    expect(file.file).toBe("a.html");
    expect(new TextDecoder().decode(file.bytes)).toBe("<p>Tito</p>");
  });

  it("refuses no text, both kinds at once, bad base64 and more than 2 MB, each by name", () => {
    expect(() => sourceOf({})).toThrow(/there is no text/);
    expect(() => sourceOf({ text: "a", base64: "YQ==" })).toThrow(/not both/);
    expect(() => sourceOf({ base64: "@@@", fileName: "x.txt" })).toThrow(/x\.txt: its bytes are not valid base64/);
    expect(() => sourceOf({ text: "x".repeat(MAX_IMPORT_BYTES + 1) })).toThrow(/more than the 2\.0 MB/);
    expect(() => sourceOf({ base64: "QUFB".repeat(MAX_IMPORT_BYTES / 2), fileName: "big.txt" })).toThrow(/big\.txt is larger than 2\.0 MB/);
  });
});
