import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe } from "vitest";

/** Debian's clamav-daemon; .ci/run installs it. */
export const CLAMD = "/usr/sbin/clamd";
export const hasClamd = () => existsSync(CLAMD);

/** A block that needs clamd: skipped on a machine without it, but never in CI, where its absence must fail. */
export const describeWithClamd = describe.skipIf(!hasClamd() && !process.env.CI);

/** The EICAR test string (eicar.org): every scanner reports it, no scanner needs to fear it. */
export const EICAR = Buffer.from(String.raw`X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*`);

/** Our own body signature for it, matched anywhere in any file: no downloaded database (freshclam) needed. */
const SIGNATURE_NAME = "Motcua.Test.EICAR";
const signatureDb = `${SIGNATURE_NAME}:0:*:${EICAR.toString("hex")}\n`;

export interface Clamd {
  url: string;
  /** What clamd reports for EICAR (it appends `.UNOFFICIAL` to signatures of its own database). */
  signature: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once("error", reject);
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let reply = "";
    socket.on("data", (chunk: Buffer) => (reply += chunk.toString("latin1")));
    socket.once("error", () => resolve(false));
    socket.once("close", () => resolve(reply.startsWith("PONG")));
    socket.end("zPING\0");
  });
}

/**
 * A real clamd on a free loopback port, with a one-signature database in a throw-away directory, in
 * the foreground as a child of the test. Resolves once it answers PING.
 */
export async function startClamd(options: { streamMaxLength?: string } = {}): Promise<Clamd> {
  const dir = await mkdtemp(join(tmpdir(), "motcua-clamd-"));
  const databases = join(dir, "db");
  await mkdir(databases);
  await writeFile(join(databases, "motcua-test.ndb"), signatureDb);
  const port = await freePort();
  const config = join(dir, "clamd.conf");
  await writeFile(
    config,
    [
      "Foreground yes",
      `TCPSocket ${port}`,
      "TCPAddr 127.0.0.1",
      `DatabaseDirectory ${databases}`,
      `PidFile ${join(dir, "clamd.pid")}`,
      `TemporaryDirectory ${dir}`,
      `LogFile ${join(dir, "clamd.log")}`,
      ...(options.streamMaxLength ? [`StreamMaxLength ${options.streamMaxLength}`] : []),
    ].join("\n"),
  );
  const child: ChildProcess = spawn(CLAMD, ["-c", config], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  while (!(await ping(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const log = await readFile(join(dir, "clamd.log"), "utf8").catch(() => "");
      await stop();
      throw new Error(`clamd did not start: ${stderr.slice(-500)} ${log.slice(-1000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `tcp://127.0.0.1:${port}`, signature: `${SIGNATURE_NAME}.UNOFFICIAL`, stop };
}

/**
 * One clamd for the calling `describe` block, started before its tests and stopped after them. The
 * object is filled in when the block starts: read its fields inside hooks and tests.
 */
export function clamdPerSuite(): Clamd {
  const clamd = {} as Clamd;
  beforeAll(async () => {
    Object.assign(clamd, await startClamd());
  }, 90_000);
  afterAll(() => ("stop" in clamd ? clamd.stop() : undefined));
  return clamd;
}
