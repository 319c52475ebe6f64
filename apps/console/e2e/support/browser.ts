import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium: nothing here downloads a browser (`.ci/run` installs it with apt). */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Without Chromium a developer's run skips the browser suites and says so; CI must have it and
 * fails instead of skipping.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`CI needs Chromium at ${CHROMIUM} (apt-get install chromium)`);
  process.stderr.write(`\n[e2e] No Chromium at ${CHROMIUM}: browser tests are skipped. Install it with: apt-get install chromium\n\n`);
  return false;
}

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface ConsoleBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** console.error and uncaught errors so far, minus those a step said to expect. */
  unexpectedErrors(): string[];
  /** Runs `step` tolerating console errors that match `pattern` (a deliberate 401, say). */
  expectingErrors<T>(pattern: RegExp, step: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium (CI installs it with apt); playwright-core never downloads a browser. Given a
 * running browser (a suite that also drives a phone), the desk is a context of its own in it, and
 * `close` closes only that.
 */
export async function openConsoleBrowser(shared?: Browser): Promise<ConsoleBrowser> {
  const browser = shared ?? (await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }));
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  const errors: string[] = [];
  let tolerated: RegExp | null = null;
  const record = (text: string) => {
    if (!tolerated?.test(text)) errors.push(text);
  };
  page.on("console", (msg) => {
    if (msg.type() === "error") record(`console.error: ${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (err) => record(`pageerror: ${err.stack ?? err.message}`));

  return {
    browser,
    context,
    page,
    unexpectedErrors: () => [...errors],
    async expectingErrors(pattern, step) {
      tolerated = pattern;
      try {
        return await step();
      } finally {
        tolerated = null;
      }
    },
    close: () => (shared ? context.close() : browser.close()),
  };
}
