import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
export const consoleDir = fileURLToPath(new URL("../../", import.meta.url));
export const screenshotsDir = fileURLToPath(new URL("../../../../artifacts/screenshots/", import.meta.url));
