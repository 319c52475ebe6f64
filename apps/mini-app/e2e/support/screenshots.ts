import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { screenshotsDir } from "./paths.ts";

/** Tallest the viewport is stretched to, so a runaway list cannot make a gigantic image. */
const MAX_HEIGHT = 8_000;

/**
 * How much taller the page would need to be for nothing to scroll. zmp-ui scrolls inside its own
 * Page element, not the document, so Playwright's `fullPage` alone would cut the screen off.
 */
const hiddenOverflow = (page: Page) =>
  page.evaluate(() => {
    let most = document.documentElement.scrollHeight - window.innerHeight;
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      const { overflowY } = getComputedStyle(el);
      if ((overflowY === "auto" || overflowY === "scroll") && el.clientHeight > 0) most = Math.max(most, el.scrollHeight - el.clientHeight);
    }
    return Math.max(0, most);
  });

/**
 * Numbered whole-screen screenshots into artifacts/screenshots/mini-app/NN-name.png. Each test file
 * takes its own series with its own first number (the smoke test starts at 1), so files sort in
 * the order a reader should look at them and two series never overwrite each other.
 */
export function screenshotSeries(firstNumber = 1) {
  let next = firstNumber;
  return async function screenshot(page: Page, name: string): Promise<string> {
    mkdirSync(screenshotsDir, { recursive: true });
    const file = join(screenshotsDir, `${String(next++).padStart(2, "0")}-${name}.png`);
    const viewport = page.viewportSize();
    const extra = await hiddenOverflow(page);
    if (viewport && extra > 0) await page.setViewportSize({ width: viewport.width, height: Math.min(MAX_HEIGHT, viewport.height + extra) });
    try {
      await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
    } finally {
      if (viewport && extra > 0) await page.setViewportSize(viewport);
    }
    return file;
  };
}
