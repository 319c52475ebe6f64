import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const bffDir = fileURLToPath(new URL("../../", import.meta.url));
const READY = /http:\/\/localhost:(\d+)\//;

export interface BffProcess {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  port: number;
  /** The PGlite/file directory the process runs on (kept across `restart`). */
  dataDir: string;
  /** Everything the process wrote to stdout and stderr, for failure messages and log scans. */
  output(): string;
  /** SIGKILL: no shutdown hooks, no flushing; what a power cut or OOM kill does. */
  kill(): Promise<void>;
  /** Starts the process again on the same data directory and environment. */
  restart(): Promise<BffProcess>;
  stop(): Promise<void>;
}

export interface StartBffOptions {
  env?: Record<string, string>;
  /** Reuse a data directory (after a crash); by default a fresh one that `stop` deletes. */
  dataDir?: string;
  port?: number;
}

/**
 * The real BFF as production starts it (server.ts: migrations, catalog and demo-officer seed, outbox
 * worker) in a child process. The environment is built from scratch so a developer's DATABASE_URL
 * or Zalo secret cannot leak in and change what is tested.
 */
export async function startBffProcess(options: StartBffOptions = {}): Promise<BffProcess> {
  const ownsDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "motcua-bff-"));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dataDir,
    NODE_ENV: "test",
    PORT: String(options.port ?? 0),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    DATA_DIR: dataDir,
    CATALOG_REFRESH_MS: "0",
    ...options.env,
  };
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], { cwd: bffDir, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`BFF did not start within 90 s\n${output}`)), 90_000);
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`BFF exited with code ${code} before listening\n${output}`));
    });
  });

  const alive = () => child.exitCode === null && child.signalCode === null;
  const self: BffProcess = {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    output: () => output,
    async kill() {
      if (alive()) child.kill("SIGKILL");
      await exited;
    },
    restart: () => startBffProcess({ ...options, dataDir, port }),
    async stop() {
      if (alive()) child.kill("SIGTERM");
      await exited;
      if (ownsDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return self;
}
