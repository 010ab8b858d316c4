import { describe, expect, it } from "vitest";
import { scriptsOfPage } from "./page-weight";

const html = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/_next/static/chunks/a.css"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>
<link rel="modulepreload" href="/_next/static/chunks/module.js">
<link rel="preload" as="font" href="/_next/static/media/font.woff2"/>
<script src="/_next/static/chunks/main.js" async=""></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
</head><body><p>text</p>
<script>self.__next_f.push([1,"2:\\"/_next/static/chunks/page.js\\"\\n3:I[42,[\\"$2\\",\\"/_next/static/chunks/main.js\\"],\\"default\\"]"])</script>
<script src='/_next/static/chunks/late.js' async></script>
</body></html>`;

describe("scriptsOfPage", () => {
  it("counts script tags, script preloads and the chunks the inline payload names, each once", () => {
    expect(scriptsOfPage(html).run.sort()).toEqual([
      "/_next/static/chunks/late.js",
      "/_next/static/chunks/main.js",
      "/_next/static/chunks/module.js",
      "/_next/static/chunks/page.js",
    ]);
  });

  it("keeps the text of inline scripts apart, to be counted with the HTML", () => {
    const { inline } = scriptsOfPage(html);
    expect(inline).toHaveLength(1);
    expect(inline[0]).toContain("self.__next_f.push");
  });

  it("leaves out nomodule scripts, which a module-capable browser never runs, and says so", () => {
    const { run, skipped } = scriptsOfPage(html);
    expect(run).not.toContain("/_next/static/chunks/polyfills.js");
    expect(skipped).toEqual(["/_next/static/chunks/polyfills.js"]);
  });

  it("ignores stylesheets, fonts and pages without scripts", () => {
    expect(scriptsOfPage('<link rel="stylesheet" href="/x.css"><p>nothing</p>')).toEqual({ run: [], skipped: [], inline: [] });
  });
});
