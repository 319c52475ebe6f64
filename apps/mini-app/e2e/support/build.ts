import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { miniAppDir, repoRoot, wwwDir } from "./paths.ts";

const run = promisify(execFile);

/** A Vite app the browser suites build for the BFF to serve: the mini app, the officer console. */
export interface ViteApp {
  name: string;
  dir: string;
  /** Where `vite build` writes; its index.html is what the BFF checks for at start. */
  outDir: string;
  /** Everything the bundle is made from; a build newer than all of them is reused. */
  inputs: readonly string[];
}

const MINI_APP: ViteApp = {
  name: "mini app",
  dir: miniAppDir,
  outDir: wwwDir,
  inputs: [
    join(miniAppDir, "src"),
    join(miniAppDir, "public"),
    join(miniAppDir, "index.html"),
    join(miniAppDir, "vite.config.ts"),
    join(miniAppDir, "app-config.json"),
    join(miniAppDir, "package.json"),
    join(repoRoot, "packages"),
    join(repoRoot, "apps/bff/src/client.ts"),
    join(repoRoot, "pnpm-lock.yaml"),
  ],
};

const SKIPPED_DIRS = new Set(["node_modules", "dist", ".cache"]);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (!SKIPPED_DIRS.has(entry)) newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/**
 * Written after each build made here: the index.html it produced. A build that someone else made
 * since (another mode, another NODE_ENV) no longer matches and is rebuilt.
 */
const stampOf = (app: ViteApp) => join(app.dir, "node_modules/.cache/motcua-e2e-build.json");
const shellOf = (app: ViteApp) => join(app.outDir, "index.html");

function isUpToDate(app: ViteApp): boolean {
  const stamp = stampOf(app);
  const shell = shellOf(app);
  if (!existsSync(stamp) || !existsSync(shell)) return false;
  const built = statSync(shell).mtimeMs;
  const stamped = JSON.parse(readFileSync(stamp, "utf8")) as { shellMtimeMs: number };
  return stamped.shellMtimeMs === built && app.inputs.every((input) => newestMtime(input) < built);
}

const LOCK = join(miniAppDir, "node_modules/.cache/motcua-e2e-build.lock");
/** A lock older than any build can take was left by a killed process. */
const STALE_LOCK_MS = 5 * 60_000;

/**
 * One build at a time across processes, whichever the app: a second `vite build` empties the
 * output under a BFF that another test file started, and its page loads would then 404.
 */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(join(LOCK, ".."), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const held = statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * `vite build` of `app`, as production. Skipped when the output still holds the last build made
 * here and it is newer than every input, unless `force`; the bench forces it so it always measures
 * a fresh build.
 */
export async function buildViteApp(app: ViteApp, { force = false }: { force?: boolean } = {}): Promise<void> {
  await withBuildLock(async () => {
    if (!force && isUpToDate(app)) return;
    try {
      // Vite keeps an inherited NODE_ENV, and vitest sets it to "test": not production's bundle (the
      // mini app's zmp-ui router then ignores /zapps/<id>/ and renders a blank page).
      const env = { ...process.env, NODE_ENV: "production" };
      await run(process.execPath, [join(app.dir, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "error"], { cwd: app.dir, env });
    } catch (err) {
      const { stdout, stderr } = err as { stdout?: string; stderr?: string };
      throw new Error(`vite build of the ${app.name} failed\n${stdout ?? ""}\n${stderr ?? ""}`, { cause: err });
    }
    mkdirSync(join(stampOf(app), ".."), { recursive: true });
    writeFileSync(stampOf(app), JSON.stringify({ shellMtimeMs: statSync(shellOf(app)).mtimeMs }));
  });
}

/** The mini app into www/ (what the BFF serves and Zalo uploads). */
export const buildMiniApp = (options: { force?: boolean } = {}): Promise<void> => buildViteApp(MINI_APP, options);
