import { join } from "node:path";
import { buildViteApp } from "../../../mini-app/e2e/support/build.ts";
import { consoleDir, repoRoot } from "./paths.ts";

/**
 * `vite build` of the console into apps/console/dist, which the BFF serves at /console/: under the
 * same lock as the mini app's build, and skipped while the last build is newer than its inputs, so
 * a browser suite never rebuilds it under a BFF that another suite is serving it from.
 */
export const buildConsole = (): Promise<void> =>
  buildViteApp({
    name: "console",
    dir: consoleDir,
    outDir: join(consoleDir, "dist"),
    inputs: [
      join(consoleDir, "src"),
      join(consoleDir, "public"),
      join(consoleDir, "index.html"),
      join(consoleDir, "vite.config.ts"),
      join(consoleDir, "package.json"),
      join(repoRoot, "packages"),
      join(repoRoot, "pnpm-lock.yaml"),
    ],
  });
