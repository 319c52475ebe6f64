import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";

// From a string: under happy-dom the global URL is the DOM's, which node:url does not accept.
const bffDir = resolve(dirname(fileURLToPath(String(import.meta.url))), "../../../bff");

export interface RealBff {
  /** `http://127.0.0.1:<port>`: outside Zalo's hosts, so the app uses the BFF's development sign-in. */
  url: string;
  stop(): Promise<void>;
}

/**
 * The real BFF (migrations, seeded catalog, development sign-in) in a child process on a fresh
 * PGlite directory, for component tests that should cross the real HTTP API. Point the page at it
 * with `window.happyDOM.setURL(url)` before importing the app's modules (api.ts reads the origin once).
 */
export async function startRealBff(): Promise<RealBff> {
  const dataDir = mkdtempSync(join(tmpdir(), "motcua-mini-app-filing-"));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dataDir,
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "warn",
    DATA_DIR: dataDir,
    CATALOG_REFRESH_MS: "0",
  };
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], { cwd: bffDir, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const port = await new Promise<number>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`BFF did not start within 90 s\n${output}`)), 90_000);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`BFF exited with ${code}\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once("exit", done));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Points the page (and so the app's API origin) at the BFF. */
export function browseTo(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** fetch as the test file loaded it: tests that stub fetch still reach the BFF through this. */
const realFetch = globalThis.fetch;

/**
 * The real BFF for every test of the file that calls this: started, and the page pointed at it,
 * before the file's own beforeAll (which should import the app's modules only then); stopped after
 * its tests, once the saves and deletions the last screen started on its way out have finished.
 */
export function useRealBff() {
  let bff: RealBff | undefined;
  beforeAll(async () => {
    bff = await startRealBff();
    browseTo(`${bff.url}/`);
  }, 120_000);
  afterAll(async () => {
    await new Promise((settled) => setTimeout(settled, 1000));
    await bff?.stop();
  });
  const url = () => {
    if (!bff) throw new Error("the BFF is not started yet");
    return bff.url;
  };
  return {
    url,
    /** A request as the citizen the app is signed in as (development sign-in: one citizen for every test). */
    async fetchAsCitizen(path: string, init: RequestInit = {}): Promise<Response> {
      const { signInNow } = await import("../api/session.ts");
      const { token } = await signInNow();
      return realFetch(`${url()}${path}`, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } });
    },
  };
}
