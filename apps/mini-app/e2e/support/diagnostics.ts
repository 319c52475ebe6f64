import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { PhonePage } from "./browser.ts";
import { screenshotsDir } from "./paths.ts";

/**
 * For vitest's `onTestFailed`: says where the phone (or the console's page) was and what the page
 * logged, and keeps a screenshot (failed-<name>.png), since a timeout alone rarely tells why a
 * screen never showed.
 */
export function reportFailure(phone: Pick<PhonePage, "page" | "unexpectedErrors">, name: string) {
  return async () => {
    const lines = [`[mini-app e2e] ${name} failed at ${phone.page.url()}`];
    const errors = phone.unexpectedErrors();
    lines.push(errors.length ? `Errors in the page:\n${errors.join("\n")}` : "No errors in the page.");
    try {
      mkdirSync(screenshotsDir, { recursive: true });
      const file = join(screenshotsDir, `failed-${name}.png`);
      await phone.page.screenshot({ path: file });
      lines.push(`Screenshot: ${file}`);
    } catch (err) {
      lines.push(`No screenshot: ${(err as Error).message}`);
    }
    process.stderr.write(`\n${lines.join("\n")}\n`);
  };
}
