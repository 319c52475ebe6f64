import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "bff",
    environment: "node",
    include: ["src/**/*.test.ts"],
    globalSetup: ["src/test/global-setup.ts"],
    // One PGlite (~300 MB) per worker, shared by its files; each test file resets what it uses.
    pool: "forks",
    isolate: false,
    maxWorkers: 2,
    sequence: { groupOrder: 1 },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
