import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { consoleDir } from "./paths.ts";

const run = promisify(execFile);

/** `vite build` of the console into apps/console/dist, which the BFF serves at /console/. */
export async function buildConsole(): Promise<void> {
  await run(process.execPath, [join(consoleDir, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], {
    cwd: consoleDir,
    // Under vitest NODE_ENV is "test", which Vite would carry into the bundle.
    env: { ...process.env, NODE_ENV: "production" },
  });
}
