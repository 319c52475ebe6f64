import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";

/** Debian's Chromium: nothing here downloads a browser (`.ci/run` installs it with apt). */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Without Chromium a developer's run skips the browser suites and says so; CI must have it and
 * fails instead of skipping.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`CI needs Chromium at ${CHROMIUM} (apt-get install chromium)`);
  process.stderr.write(`\n[mini-app e2e] No Chromium at ${CHROMIUM}: browser tests are skipped. Install it with: apt-get install chromium\n\n`);
  return false;
}

/** zmp-ui's icon font; this machine has no internet, so its loads always fail. */
export const ZALO_FONT_HOST = "h5.zadn.vn";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // Fail the font host at once instead of waiting on whatever DNS does without a network, so
  // runs (and bench timings) do not depend on the machine's resolver.
  `--host-resolver-rules=MAP ${ZALO_FONT_HOST} ~NOTFOUND`,
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A cheap Android phone in Vietnam, in Chrome rather than Zalo: the user agent has no "Zalo", so
 * the app takes its browser fallbacks (development sign-in, localStorage).
 */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 780 },
  screen: { width: 360, height: 780 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: "Mozilla/5.0 (Linux; Android 11; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
  locale: "vi-VN",
  timezoneId: "Asia/Ho_Chi_Minh",
};

/** How long a step waits for the screen to show something before failing, as a person would. */
export const STEP_TIMEOUT_MS = 15_000;

export const newPhoneContext = (browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> =>
  browser.newContext({ ...PHONE, ...options });

/** Console errors that say nothing about the app: failed loads of Zalo's CDN fonts. */
const ALWAYS_TOLERATED = [new RegExp(`^console\\.error: Failed to load resource: .*\\(https://${ZALO_FONT_HOST.replaceAll(".", "\\.")}/`)];

export interface PhonePage {
  page: Page;
  context: BrowserContext;
  /** console.error messages and uncaught errors so far, minus the tolerated ones. */
  unexpectedErrors(): string[];
  /** Throws listing every unexpected error so far. */
  assertNoUnexpectedErrors(): void;
  /** Runs `step` tolerating errors that match `pattern` (a deliberate 401, say). */
  expectingErrors<T>(pattern: RegExp, step: () => Promise<T>): Promise<T>;
  /** Tolerates errors matching `pattern` from now until the returned function is called. */
  tolerate(pattern: RegExp): () => void;
  close(): Promise<void>;
}

/** A fresh phone (own storage, own session) with a page that records errors from the start. */
export async function openPhonePage(browser: Browser, options: BrowserContextOptions = {}): Promise<PhonePage> {
  const context = await newPhoneContext(browser, options);
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  const errors: string[] = [];
  const tolerated = new Set<RegExp>(ALWAYS_TOLERATED);
  const record = (text: string) => {
    if (![...tolerated].some((pattern) => pattern.test(text))) errors.push(text);
  };
  page.on("console", (msg) => {
    if (msg.type() === "error") record(`console.error: ${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (err) => record(`pageerror: ${err.stack ?? err.message}`));

  const tolerate = (pattern: RegExp) => {
    tolerated.add(pattern);
    return () => void tolerated.delete(pattern);
  };
  return {
    page,
    context,
    unexpectedErrors: () => [...errors],
    assertNoUnexpectedErrors() {
      if (errors.length) throw new Error(`Unexpected errors in the page:\n${errors.join("\n")}`);
    },
    tolerate,
    async expectingErrors(pattern, step) {
      const stop = tolerate(pattern);
      try {
        return await step();
      } finally {
        stop();
      }
    },
    close: () => context.close(),
  };
}
