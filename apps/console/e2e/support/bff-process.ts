import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { bffDir, consoleDir } from "./paths.ts";

const run = promisify(execFile);

/** `vite build` of the console into apps/console/dist, which the BFF serves at /console/. */
export async function buildConsole(): Promise<void> {
  await run(process.execPath, [join(consoleDir, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], { cwd: consoleDir });
}

export interface BffProcess {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  /** Everything the process wrote to stderr, for failure messages. */
  stderr(): string;
  stop(): Promise<void>;
}

const READY = /http:\/\/localhost:(\d+)\//;

/**
 * The real BFF as production starts it (server.ts: migrations, catalog and demo-officer seed,
 * outbox worker) on a fresh PGlite directory. The environment is built from scratch so a
 * developer's DATABASE_URL or Zalo secret cannot leak in and change what is tested.
 */
export async function startBff(extraEnv: Record<string, string>): Promise<BffProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), "motcua-e2e-"));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dataDir,
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    DATA_DIR: dataDir,
    CATALOG_REFRESH_MS: "0",
    ...extraEnv,
  };
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], { cwd: bffDir, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`BFF did not start within 90 s\n${stderr}`)), 90_000);
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const match = READY.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`BFF exited with code ${code} before listening\n${stderr}`));
    });
  });

  return {
    url: `http://127.0.0.1:${port}`,
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
