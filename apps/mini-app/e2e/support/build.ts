import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { miniAppDir, repoRoot, wwwDir } from "./paths.ts";

const run = promisify(execFile);

/** Everything the bundle is made from: the app itself, the workspace packages it imports, the lockfile. */
const INPUTS = [
  join(miniAppDir, "src"),
  join(miniAppDir, "public"),
  join(miniAppDir, "index.html"),
  join(miniAppDir, "vite.config.ts"),
  join(miniAppDir, "app-config.json"),
  join(miniAppDir, "package.json"),
  join(repoRoot, "packages"),
  join(repoRoot, "apps/bff/src/client.ts"),
  join(repoRoot, "pnpm-lock.yaml"),
];
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
 * Written after each build made here: the index.html it produced. A www/ that someone else built
 * since (another mode, another NODE_ENV) no longer matches and is rebuilt.
 */
const STAMP = join(miniAppDir, "node_modules/.cache/motcua-e2e-build.json");
const SHELL = join(wwwDir, "index.html");

function isUpToDate(): boolean {
  if (!existsSync(STAMP) || !existsSync(SHELL)) return false;
  const built = statSync(SHELL).mtimeMs;
  const stamp = JSON.parse(readFileSync(STAMP, "utf8")) as { shellMtimeMs: number };
  return stamp.shellMtimeMs === built && INPUTS.every((input) => newestMtime(input) < built);
}

const LOCK = join(miniAppDir, "node_modules/.cache/motcua-e2e-build.lock");
/** A lock older than any build can take was left by a killed process. */
const STALE_LOCK_MS = 5 * 60_000;

/**
 * One build at a time across processes: a second `vite build` empties www/ under a BFF that
 * another test file started, and its page loads would then 404.
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
 * `vite build` of the mini app into www/ (what the BFF serves and Zalo uploads), as production.
 * Skipped when www/ still holds the last build made here and it is newer than every input, unless
 * `force`; the bench forces it so it always measures a fresh build.
 */
export async function buildMiniApp({ force = false }: { force?: boolean } = {}): Promise<void> {
  await withBuildLock(async () => {
    if (!force && isUpToDate()) return;
    try {
      // Vite keeps an inherited NODE_ENV, and vitest sets it to "test": that bundle's zmp-ui router
      // ignores /zapps/<id>/ and the app renders a blank page.
      const env = { ...process.env, NODE_ENV: "production" };
      await run(process.execPath, [join(miniAppDir, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "error"], { cwd: miniAppDir, env });
    } catch (err) {
      const { stdout, stderr } = err as { stdout?: string; stderr?: string };
      throw new Error(`vite build of the mini app failed\n${stdout ?? ""}\n${stderr ?? ""}`, { cause: err });
    }
    writeFileSync(STAMP, JSON.stringify({ shellMtimeMs: statSync(SHELL).mtimeMs }));
  });
}
