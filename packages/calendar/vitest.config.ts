import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "calendar", environment: "node", include: ["src/**/*.test.ts"] },
});
