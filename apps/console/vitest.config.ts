import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "console",
    environment: "node",
    include: ["e2e/**/*.e2e.test.ts", "src/**/*.test.ts", "src/**/*.test.tsx"],
    // A browser, a BFF child process and a Vite build in one run.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
