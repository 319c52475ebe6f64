import { readdirSync, readFileSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { kB, printTable } from "./table.ts";
import { zip } from "./zip.ts";

/** What Home's first screen may cost in JavaScript on 3G: gzip bytes of the entry and its static imports. */
export const INITIAL_JS_BUDGET = 180_000;
/** Zalo's upload limits (zmp-cli), read strictly: MB as 10^6 bytes. */
export const ZALO_FILE_LIMIT = 3_000_000;
export const ZALO_ZIP_LIMIT = 10_000_000;
/** Vite names a lazy route's chunk after its module: src/routes/home/HomePage.tsx. */
const HOME_CHUNK = /^assets\/HomePage\.[^/]+\.js$/;

/** The lists zmp-vite-plugin writes into www/app-config.json; Zalo builds the page from them. */
interface ZaloAppConfig {
  listCSS: string[];
  listSyncJS: string[];
  listAsyncJS: string[];
}

interface Chunk {
  name: string;
  kind: "JS" | "CSS";
  raw: number;
  gzip: number;
  /** Loaded before the app starts: the entry, its static imports and every stylesheet Zalo lists. */
  initial: boolean;
  /** Home's lazy chunk and what it statically imports beyond the initial files. */
  home: boolean;
}

/** index.html's own scripts (local-host.js): Zalo never loads index.html, only the app-config lists. */
const browserOnly = (name: string) => !name.startsWith("assets/");
const loads = (c: Chunk) => (c.initial ? "initial" : c.home ? "Home" : browserOnly(c.name) ? "browser only" : "lazy");

export interface BundleReport {
  chunks: Chunk[];
  largestFile: { name: string; bytes: number };
  fileCount: number;
  zipBytes: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** Static `import … from "./x.js"` and `import "./x.js"` of a built chunk; `import("./x.js")` is lazy and left out. */
function staticImports(code: string, chunkName: string): string[] {
  const found = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)];
  return found.map((match) => posix.join(posix.dirname(chunkName), match[1]!));
}

function withStaticImports(roots: readonly string[], read: (name: string) => string): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dep of staticImports(read(name), name)) visit(dep);
  };
  roots.forEach(visit);
  return seen;
}

/** Sizes of a built www/: every JS and CSS chunk raw and gzipped (level 9), and the whole directory zipped. */
export function measureBundle(wwwDir: string): BundleReport {
  const config = JSON.parse(readFileSync(join(wwwDir, "app-config.json"), "utf8")) as ZaloAppConfig;
  const files = filesUnder(wwwDir);
  const contents = new Map(files.map((name) => [name, readFileSync(join(wwwDir, name))]));
  const read = (name: string) => {
    const data = contents.get(name);
    if (!data) throw new Error(`${name} is imported but not in www/`);
    return data.toString("utf8");
  };

  const initial = withStaticImports([...config.listSyncJS, ...config.listAsyncJS], read);
  for (const css of config.listCSS) initial.add(css);
  const homeChunk = files.find((name) => HOME_CHUNK.test(name));
  const home = homeChunk ? withStaticImports([homeChunk], read) : new Set<string>();

  const chunks = files
    .filter((name) => name.endsWith(".js") || name.endsWith(".css"))
    .map((name): Chunk => {
      const data = contents.get(name)!;
      return {
        name,
        kind: name.endsWith(".css") ? "CSS" : "JS",
        raw: data.length,
        gzip: gzipSync(data, { level: 9 }).length,
        initial: initial.has(name),
        home: home.has(name) && !initial.has(name),
      };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || Number(b.home) - Number(a.home) || b.gzip - a.gzip);

  const largest = files.reduce((big, name) => (contents.get(name)!.length > big.bytes ? { name, bytes: contents.get(name)!.length } : big), { name: "", bytes: 0 });
  return {
    chunks,
    largestFile: largest,
    fileCount: files.length,
    zipBytes: zip(files.map((name) => ({ name, data: contents.get(name)! }))).length,
  };
}

const verdict = (ok: boolean) => (ok ? "ok" : "OVER");
const sum = (chunks: readonly Chunk[], pick: (c: Chunk) => number) => chunks.reduce((total, c) => total + pick(c), 0);

/** Prints the chunk table and the limits; returns false when a budget or one of Zalo's limits is exceeded. */
export function printBundleReport(report: BundleReport): boolean {
  printTable(
    "Mini app bundle (www/, after vite build): kB = 1000 bytes, gzip = node:zlib level 9",
    ["file", "type", "loads", "raw kB", "gzip kB", "≤ 3 MB"],
    report.chunks.map((c) => [c.name, c.kind, loads(c), kB(c.raw), kB(c.gzip), verdict(c.raw <= ZALO_FILE_LIMIT)]),
  );
  const initialJs = report.chunks.filter((c) => c.initial && c.kind === "JS");
  const initialCss = report.chunks.filter((c) => c.initial && c.kind === "CSS");
  const homeJs = report.chunks.filter((c) => c.home && c.kind === "JS");
  const initialJsGzip = sum(initialJs, (c) => c.gzip);
  const checks = {
    budget: initialJsGzip <= INITIAL_JS_BUDGET,
    file: report.largestFile.bytes <= ZALO_FILE_LIMIT,
    zip: report.zipBytes <= ZALO_ZIP_LIMIT,
  };
  const lines = [
    "",
    `"initial" = www/app-config.json listSyncJS + listAsyncJS (the entry and its static imports, followed transitively) + listCSS;`,
    `"Home" = HomePage's lazy chunk and its static imports, fetched before Home can show; "lazy" = other screens;`,
    `"browser only" = loaded by index.html outside Zalo (Zalo ignores index.html).`,
    "",
    `Initial JS:   ${kB(sum(initialJs, (c) => c.raw))} kB raw, ${kB(initialJsGzip)} kB gzip — budget ${kB(INITIAL_JS_BUDGET)} kB gzip: ${verdict(checks.budget)}`,
    `Initial CSS:  ${kB(sum(initialCss, (c) => c.raw))} kB raw, ${kB(sum(initialCss, (c) => c.gzip))} kB gzip`,
    `Home's first screen JS (initial + Home): ${kB(initialJsGzip + sum(homeJs, (c) => c.gzip))} kB gzip`,
    `Largest file: ${report.largestFile.name} ${kB(report.largestFile.bytes)} kB — Zalo's per-file limit 3 MB: ${verdict(checks.file)}`,
    `www/ zipped (deflate level 9, ${report.fileCount} files): ${kB(report.zipBytes)} kB — Zalo's limit 10 MB: ${verdict(checks.zip)}`,
    "",
  ];
  process.stdout.write(lines.join("\n"));
  return checks.budget && checks.file && checks.zip;
}
