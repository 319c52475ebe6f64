import { fileURLToPath } from "node:url";

/** Where the BFF mounts the mini app for browsers outside Zalo (zmp-ui's router needs /zapps/<id>). */
export const APP_BASE_PATH = "/zapps/motcua";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
export const miniAppDir = fileURLToPath(new URL("../../", import.meta.url));
/** The build the BFF serves at /zapps/motcua/ (zmp-vite-plugin's outDir). */
export const wwwDir = fileURLToPath(new URL("../../www/", import.meta.url));
/** Git-ignored, like the console's screenshots one level up. */
export const screenshotsDir = fileURLToPath(new URL("../../../../artifacts/screenshots/mini-app/", import.meta.url));
