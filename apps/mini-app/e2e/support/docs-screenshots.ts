import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "./browser.ts";
import { screenshotsDir } from "./paths.ts";

const docsDir = fileURLToPath(new URL("../../../../docs/screenshots/mini-app/", import.meta.url));
/** The phone's width in CSS pixels: the screenshots are taken at twice that. */
const WIDTH = 360;
const QUALITY = 0.72;

/**
 * Copies screenshots the browser suites left in artifacts/screenshots/mini-app/ into
 * docs/screenshots/mini-app/ as 360 px wide JPEGs, scaled and encoded by Chromium itself (no
 * image tools needed). Run after the suites, naming the shots without extension:
 *
 *   cd apps/mini-app && npx tsx e2e/support/docs-screenshots.ts 41-feedback-sent 43-appointment-ticket
 */
async function copyToDocs(names: readonly string[]): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const name of names) {
      const png = readFileSync(join(screenshotsDir, `${name}.png`)).toString("base64");
      const jpeg = await page.evaluate(
        async ({ png, width, quality }) => {
          const image = new Image();
          image.src = `data:image/png;base64,${png}`;
          await image.decode();
          const canvas = document.createElement("canvas");
          canvas.width = width;
          canvas.height = Math.round((image.naturalHeight * width) / image.naturalWidth);
          const ctx = canvas.getContext("2d")!;
          ctx.imageSmoothingQuality = "high";
          ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
          return canvas.toDataURL("image/jpeg", quality).split(",")[1]!;
        },
        { png, width: WIDTH, quality: QUALITY },
      );
      writeFileSync(join(docsDir, `${name}.jpg`), Buffer.from(jpeg, "base64"));
      process.stdout.write(`docs/screenshots/mini-app/${name}.jpg\n`);
    }
  } finally {
    await browser.close();
  }
}

await copyToDocs(process.argv.slice(2));
