import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEV_KEYS_FILE } from "../crypto/dev-keys.ts";
import { DEMO_PASSWORD } from "../modules/desk/demo-officers.ts";
import { describeFindings, MIN_SECRET_LENGTH, scanForPersonalData, type PersonalDataFinding } from "./personal-data-scan.ts";

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
  /**
   * Values no log line may contain, besides the IDs, phone numbers and token shapes the scan always
   * looks for: the session tokens and Zalo tokens the test used. Kept across `restart`.
   */
  neverLog(...secrets: string[]): void;
  /** Personal data and secrets in what this process, and those it was restarted from, wrote so far. */
  personalDataInLogs(): PersonalDataFinding[];
  /** SIGKILL: no shutdown hooks, no flushing; what a power cut or OOM kill does. */
  kill(): Promise<void>;
  /** Starts the process again on the same data directory and environment. */
  restart(): Promise<BffProcess>;
  /** SIGTERM; then, unless `scanLogs` is off, fails if any log line carries personal data or a secret. */
  stop(): Promise<void>;
}

export interface StartBffOptions {
  env?: Record<string, string>;
  /** Reuse a data directory (after a crash); by default a fresh one that `stop` deletes. */
  dataDir?: string;
  port?: number;
  /**
   * Scan the output for personal data when stopping (default true). Turn it off only in a test that
   * makes the server log such data on purpose.
   */
  scanLogs?: boolean;
}

/** What a process hands on to its restart: the secrets to look for and the output already written. */
interface LogScan {
  secrets: Set<string>;
  earlierOutput: string[];
}

const SECRET_ENV = /SECRET|TOKEN|API_KEY|PASSWORD|ID_HASH_KEY/;

/** Key material and credentials the process was given; the `kid:base64,…` key list split into its keys. */
function secretsOfEnv(env: Record<string, string>): string[] {
  return Object.entries(env)
    .flatMap(([name, value]) => {
      if (name === "ID_ENCRYPTION_KEYS") return value.split(",").map((entry) => entry.slice(entry.indexOf(":") + 1).trim());
      return SECRET_ENV.test(name) ? [value] : [];
    })
    .filter((value) => value.length >= MIN_SECRET_LENGTH);
}

/** The keys the process generated itself (outside production) into its data directory. */
function devKeysIn(dataDir: string): string[] {
  try {
    return secretsOfEnv(JSON.parse(readFileSync(join(dataDir, DEV_KEYS_FILE), "utf8")) as Record<string, string>);
  } catch {
    return [];
  }
}

/**
 * The real BFF as production starts it (server.ts: migrations, catalog and demo-officer seed, outbox
 * worker) in a child process. The environment is built from scratch so a developer's DATABASE_URL
 * or Zalo secret cannot leak in and change what is tested.
 */
export function startBffProcess(options: StartBffOptions = {}): Promise<BffProcess> {
  return launch(options, { secrets: new Set([DEMO_PASSWORD]), earlierOutput: [] });
}

async function launch(options: StartBffOptions, scan: LogScan): Promise<BffProcess> {
  const ownsDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "motcua-bff-"));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dataDir,
    NODE_ENV: "test",
    PORT: String(options.port ?? 0),
    HOST: "127.0.0.1",
    // The access log too: every request's line is part of what the scan must find clean.
    LOG_LEVEL: "info",
    DATA_DIR: dataDir,
    CATALOG_REFRESH_MS: "0",
    ...options.env,
  };
  for (const secret of secretsOfEnv(env)) scan.secrets.add(secret);
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
  const personalDataInLogs = () => {
    for (const key of devKeysIn(dataDir)) scan.secrets.add(key);
    return scanForPersonalData([...scan.earlierOutput, output].join("\n"), scan.secrets);
  };
  const self: BffProcess = {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    output: () => output,
    neverLog(...secrets) {
      const tooShort = secrets.find((s) => s.length < MIN_SECRET_LENGTH);
      if (tooShort !== undefined) throw new Error(`neverLog: a secret of ${tooShort.length} characters would match by chance; use at least ${MIN_SECRET_LENGTH}`);
      for (const secret of secrets) scan.secrets.add(secret);
    },
    personalDataInLogs,
    async kill() {
      if (alive()) child.kill("SIGKILL");
      await exited;
    },
    restart: () => launch({ ...options, dataDir, port }, { secrets: scan.secrets, earlierOutput: [...scan.earlierOutput, output] }),
    async stop() {
      if (alive()) child.kill("SIGTERM");
      await exited;
      const found = options.scanLogs === false ? [] : personalDataInLogs();
      if (ownsDir) rmSync(dataDir, { recursive: true, force: true });
      if (found.length > 0) {
        throw new Error(`the BFF logged personal data or secrets (${found.length}); fix the logging, not the scan:\n${describeFindings(found)}`);
      }
    },
  };
  return self;
}
