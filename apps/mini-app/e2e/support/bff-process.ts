import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bffDir } from "./paths.ts";

export interface BffProcess {
  /**
   * `http://localhost:<port>`, no trailing slash. Always localhost: zmp-sdk and the app's own
   * platform checks treat 127.0.0.1 differently.
   */
  url: string;
  port: number;
  /** Everything the process wrote to stderr, for failure messages. */
  stderr(): string;
  stop(): Promise<void>;
}

/** server.ts prints this banner once it listens. */
const LISTENING = /http:\/\/localhost:(\d+)\//;
const START_TIMEOUT_MS = 90_000;

/**
 * The real BFF as the start command runs it (server.ts: migrations, catalog and demo-officer seed,
 * development sign-in, the built mini app at /zapps/motcua/) on a fresh PGlite directory. The
 * environment is built from scratch so a developer's DATABASE_URL or Zalo secret cannot change
 * what is tested; `extraEnv` adds to it.
 */
export async function startBff(extraEnv: Record<string, string> = {}): Promise<BffProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), "motcua-mini-app-e2e-"));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dataDir,
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "warn",
    DATA_DIR: dataDir,
    CATALOG_REFRESH_MS: "0",
    ...extraEnv,
  };
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], { cwd: bffDir, env, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));

  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) => {
      let banner = "";
      let listening = false;
      const timer = setTimeout(() => reject(new Error(`BFF did not start within ${START_TIMEOUT_MS / 1000} s\n${stderr}`)), START_TIMEOUT_MS);
      // Stays attached after the banner so the pipe keeps draining.
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        if (listening) return;
        banner += chunk;
        const match = LISTENING.exec(banner);
        if (match) {
          listening = true;
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`BFF exited with code ${code} before listening\n${stderr}`));
      });
    });
  } catch (err) {
    child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }

  return {
    url: `http://localhost:${port}`,
    port,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
