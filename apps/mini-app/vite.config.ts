import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import zaloMiniApp from "zmp-vite-plugin";
import appConfig from "./app-config.json" with { type: "json" };

export default defineConfig({
  // Passing the config spares the plugin reading ./app-config.json relative to whatever the cwd is.
  plugins: [react(), zaloMiniApp(appConfig as Parameters<typeof zaloMiniApp>[0])],
  build: {
    // The plugin's es2015 default would transpile async/await for phones that all run Zalo's
    // Chromium-based webview; es2019 keeps the bundle smaller and still runs on Android 7's Chrome.
    target: "es2019",
    sourcemap: false,
    rollupOptions: {
      onwarn(warning, warn) {
        if (warning.code !== "INVALID_ANNOTATION" && warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
  server: { proxy: { "/api": "http://localhost:8787" } },
});
