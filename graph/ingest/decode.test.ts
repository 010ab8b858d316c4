import { describe, expect, it } from "vitest";
import { decodeText } from "./decode";

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe("reading an imported file's bytes", () => {
  it("reads UTF-8 with and without its byte-order mark", () => {
    expect(decodeText(utf8("Ranković wrote."), "a.txt")).toBe("Ranković wrote.");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Hruščov")]), "a.txt")).toBe("Hruščov");
  });

  it("reads UTF-16 with a byte-order mark, either order", () => {
    expect(decodeText(utf16("Đilas wrote.", true), "a.txt")).toBe("Đilas wrote.");
    expect(decodeText(utf16("Đilas wrote.", false), "a.txt")).toBe("Đilas wrote.");
  });

  it("refuses an empty file, and one of spaces only", () => {
    expect(() => decodeText(new Uint8Array(), "empty.txt")).toThrow("Import refused: empty.txt is empty.");
    expect(() => decodeText(utf8(" \n\n\t"), "blank.txt")).toThrow(/blank\.txt is empty/);
  });

  it("refuses a binary file", () => {
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "image.txt")).toThrow(/image\.txt is a binary file/);
    expect(() => decodeText(utf8("%PDF-1.7\nabc"), "scan.txt")).toThrow(/scan\.txt is a PDF/);
    expect(() => decodeText(utf8("text\u0001\u0002\u0003\u0004\u0005 more"), "odd.txt")).toThrow(/odd\.txt is a binary file/);
  });

  it("refuses a text in another encoding rather than guessing", () => {
    // "Ranković" in Windows-1250: ć is 0xE6, which is not valid UTF-8 here.
    const windows1250 = new Uint8Array([...utf8("Rankovi"), 0xe6, ...utf8(" wrote.")]);
    expect(() => decodeText(windows1250, "cp1250.txt")).toThrow(/cp1250\.txt is not in UTF-8/);
  });
});
