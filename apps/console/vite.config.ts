import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  // The BFF serves the built console under /console/ (same origin as /api, so no CORS).
  base: "/console/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      // zod's comments carry /*#__PURE__*/ marks Rollup cannot place; harmless, and they drown real warnings.
      onwarn(warning, warn) {
        if (warning.code !== "INVALID_ANNOTATION") warn(warning);
      },
    },
  },
  server: { proxy: { "/api": "http://localhost:8787" } },
});
