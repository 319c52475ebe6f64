import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Debian keeps the server binaries out of PATH, under /usr/lib/postgresql/<major>/bin. */
function postgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const majors = readdirSync(root).filter((name) => existsSync(join(root, name, "bin", "pg_ctl")));
  const newest = majors.sort((a, b) => Number(b) - Number(a))[0];
  return newest ? join(root, newest, "bin") : null;
}

export const canRunThrowawayPostgres = (): boolean => postgresBin() !== null;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface ThrowawayPostgres {
  url: string;
  /** Stops the server at once, as a crash or an operator would (`-m immediate`). */
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * A PostgreSQL cluster of the test's own (initdb on a free port, trust auth), so a test can stop and
 * start the database without touching the shared server other suites use. initdb refuses to run as
 * root, so as root the cluster belongs to the `postgres` user.
 */
export async function createThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql");
  const dir = mkdtempSync(join(tmpdir(), "motcua-pg-"));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, "data");
  const port = await freePort();
  const asOwner = process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--"]] as const : null;
  const pg = (tool: string, args: string[]) =>
    asOwner ? run(asOwner[0], [...asOwner[1], join(bin, tool), ...args]) : run(join(bin, tool), args);

  await pg("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const start = async () => {
    await pg("pg_ctl", ["-D", dataDir, "-o", options, "-w", "-t", "30", "-l", join(dir, "server.log"), "start"]);
  };
  const stop = async () => {
    await pg("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async destroy() {
      await stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
