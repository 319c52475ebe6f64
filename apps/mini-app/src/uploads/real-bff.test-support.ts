import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

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
