import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import type { Page } from "playwright-core";
import { SOFTWARE_WEBGL_FLAGS, launchChromium } from "./chromium";
import type { FpsResult, LayoutResult, Renderer } from "./harness-page";
import { ROOT } from "./paths";

export type { FpsResult, LayoutResult, Renderer };

/**
 * The browser harness shared by the rendering and layout benchmarks and the browser test of a
 * large layout: scripts/lib/harness-page.tsx and the explorer's own layout worker, bundled with
 * esbuild, served from a small static server, in Debian's Chromium with software WebGL.
 */
export interface Harness {
  /** A fresh page on the harness, ready to call `window.__bench`. */
  open: () => Promise<Page>;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".ts": "text/javascript" };

/** The few utility classes the canvas component's markup relies on; the harness loads no Tailwind build. */
const LAYOUT_CLASSES = ".sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border-width:0}.relative{position:relative}.absolute{position:absolute}.inset-0{inset:0}.h-full{height:100%}.w-full{width:100%}.flex{display:flex}.items-center{align-items:center}.justify-center{justify-content:center}";

async function bundle(dir: string): Promise<void> {
  const common = { bundle: true, minify: true, platform: "browser" as const, target: "chrome120", alias: { "@": ROOT }, define: { "process.env.NODE_ENV": '"production"' }, logLevel: "error" as const };
  await build({ ...common, entryPoints: [path.join(ROOT, "scripts/lib/harness-page.tsx")], outfile: path.join(dir, "harness.js"), format: "esm", jsx: "automatic" });
  // The page asks for the worker as `new URL("./layout.worker.ts", import.meta.url)`: serve it under that name.
  await build({ ...common, entryPoints: [path.join(ROOT, "app/lib/layout.worker.ts")], outfile: path.join(dir, "layout.worker.ts"), format: "iife" });
  fs.writeFileSync(
    path.join(dir, "index.html"),
    `<!doctype html><html><head><meta charset="utf-8"><title>Stance Graph harness</title><style>${LAYOUT_CLASSES}</style></head><body style="margin:0"><div id="root" style="width:100vw;height:100vh"></div><script type="module" src="/harness.js"></script></body></html>`,
  );
}

function serve(dir: string): Promise<{ url: string; server: http.Server }> {
  const server = http.createServer((request, response) => {
    const name = path.basename(new URL(request.url ?? "/", "http://localhost").pathname) || "index.html";
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(name)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server })));
}

export async function startHarness(): Promise<Harness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-harness-"));
  await bundle(dir);
  const { url, server } = await serve(dir);
  const { browser, close } = await launchChromium({ args: SOFTWARE_WEBGL_FLAGS });
  return {
    open: async () => {
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForFunction(() => "__bench" in window);
      return page;
    },
    close: async () => {
      await close();
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Bench = {
  fps: (renderer: Renderer, people: number, seconds: number) => Promise<FpsResult>;
  layout: (people: number) => Promise<LayoutResult>;
  mountCanvas: (people: number) => void;
  exportPng: (webgl: boolean, people: number) => Promise<{ webgl: boolean; width: number; height: number; drawnFraction: number }>;
  webglRenderer: () => string;
};

/** Calls one of the harness page's functions; each renderer gets a fresh page so none inherits another's caches. */
export function call<K extends keyof Bench>(page: Page, name: K, ...args: Parameters<Bench[K]>): Promise<Awaited<ReturnType<Bench[K]>>> {
  return page.evaluate(
    ([fn, rest]) => {
      const bench = (window as unknown as { __bench: Record<string, (...a: unknown[]) => unknown> }).__bench;
      return bench[fn]!(...rest) as never;
    },
    [name, args] as [string, unknown[]],
  );
}
