import react from "@vitejs/plugin-react";
import { defineProject } from "vitest/config";

// Separate from vite.config.ts: tests need neither zmp-vite-plugin nor its build settings.
export default defineProject({
  plugins: [react()],
  test: {
    name: "mini-app",
    environment: "happy-dom",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "e2e/**/*.e2e.test.ts"],
    setupFiles: ["src/test/setup.ts"],
    server: { deps: { inline: ["zmp-ui"] } },
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
});
