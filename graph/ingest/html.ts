/**
 * An HTML page to plain paragraphs: what a reader sees in the article, not the page around it.
 * Scripts, styles, navigation, headers, footers, forms and asides go whole; block elements end a
 * paragraph; other tags are dropped; entities are decoded. Deliberately small: archive and news
 * pages are simple, and a full parser would not know better which parts are the article.
 */

const DROPPED = ["script", "style", "noscript", "nav", "header", "footer", "form", "aside", "svg", "button", "select", "template", "iframe"];
const BLOCKS = "p|div|section|article|main|blockquote|li|ul|ol|h[1-6]|tr|table|pre|figure|figcaption|dd|dt|hr";

const NAMED: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", hellip: "…",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", laquo: "«", raquo: "»", shy: "", copy: "©", deg: "°",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** The page's <title>, when it has one. */
export function htmlTitle(html: string): string | null {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = match ? decodeEntities(match[1]!.replace(/\s+/g, " ")).trim() : "";
  return title === "" ? null : title;
}

export function htmlToText(html: string): string {
  let text = html.replace(/<!--[\s\S]*?-->/g, "").replace(/<head[\s>][\s\S]*?<\/head>/gi, "");
  for (const tag of DROPPED) text = text.replace(new RegExp(`<${tag}[\\s>][\\s\\S]*?</${tag}>`, "gi"), "\n\n");
  text = text
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(new RegExp(`</?(?:${BLOCKS})(?:\\s[^>]*)?>`, "gi"), "\n\n")
    .replace(/<[^>]+>/g, "")
    // Inside a paragraph the source's line breaks are only its layout.
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, " ").trim())
    .join("\n\n");
  return decodeEntities(text);
}
