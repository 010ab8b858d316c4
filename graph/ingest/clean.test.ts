import { describe, expect, it } from "vitest";
import { cleanText } from "./clean";
import { htmlToText, htmlTitle } from "./html";

describe("cleaning an imported text", () => {
  it("drops footnote markup and keeps editorial brackets, as in the Hoxha memorandum", () => {
    const source =
      "A letter from Tuk Jakova (explains who Jakova is). [[1]](#) In this letter, the UDB [the Yugoslav State Security Administration] supervisor wrote.^[ii] There is more [...] in it.^[iii]";
    expect(cleanText(source, "txt")).toEqual([
      "A letter from Tuk Jakova (explains who Jakova is). In this letter, the UDB [the Yugoslav State Security Administration] supervisor wrote. There is more [...] in it.",
    ]);
  });

  it("joins lines the page layout broke, mends hyphenated words, and joins a paragraph broken mid-sentence", () => {
    const source = "Tito said that the inter-\nnational situation was\ngrave and that\n\nthe Soviet leaders knew it.\n\nA second paragraph.";
    expect(cleanText(source, "txt")).toEqual(["Tito said that the international situation was grave and that the Soviet leaders knew it.", "A second paragraph."]);
  });

  it("removes web-page debris lines and page numbers", () => {
    const source = "Skip to content\nHome\n\nThe text itself.\n\nPage 2 of 3\n\n© 2024 Archive. All rights reserved.\n\nShare\n\nMore text.";
    expect(cleanText(source, "txt")).toEqual(["The text itself.", "More text."]);
  });

  it("takes each line as a paragraph in a text without blank lines", () => {
    expect(cleanText("First paragraph.\nSecond paragraph.\r\nThird one.", "txt")).toEqual(["First paragraph.", "Second paragraph.", "Third one."]);
  });

  it("drops Markdown's markup and keeps its words", () => {
    const source = "# A heading\n\nKardelj said **very** clearly that *Moscow* was [wrong](https://example.org/x).[^1]\n\n[^1]: A note.";
    expect(cleanText(source, "md")).toEqual(["A heading", "Kardelj said very clearly that Moscow was wrong."]);
  });

  it("keeps the article of an HTML page and leaves its scripts, navigation and footer out", () => {
    const html = `<html><head><title>Note &amp; reply</title><script>var x = "<p>no</p>";</script></head><body>
      <nav><a href="/">Home</a></nav><header>Archive</header>
      <article><h1>Note</h1><p>Khrushchev wrote that
      Tito&rsquo;s speech was &quot;hostile&quot;.</p><p>Second&nbsp;paragraph<br>continues.</p></article>
      <footer>© Archive</footer></body></html>`;
    expect(htmlTitle(html)).toBe("Note & reply");
    expect(htmlToText(html)).not.toContain("var x");
    expect(cleanText(html, "html")).toEqual(["Note", "Khrushchev wrote that Tito’s speech was \"hostile\".", "Second paragraph continues."]);
  });

  it("finds no passages in a text that is only debris and markup", () => {
    expect(cleanText("Skip to content\n\n---\n\n12\n\n[[1]](#)", "txt")).toEqual([]);
  });
});
