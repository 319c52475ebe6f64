import type { Browser, BrowserContextOptions } from "playwright-core";
import { startBffProcess, type BffProcess } from "../../../bff/src/test/bff-process.ts";
import { buildMiniApp } from "./build.ts";
import { launchChromium, openPhonePage, type PhonePage } from "./browser.ts";
import { APP_BASE_PATH } from "./paths.ts";

export interface MiniAppStack {
  /** `http://localhost:<port>/`: what a person opens; the BFF redirects it to the app. */
  url: string;
  /** The address of a screen inside the app, for deep links: `appUrl("/dossiers")`. */
  appUrl(path?: string): string;
  bff: BffProcess;
  browser: Browser;
  /** A new phone (fresh storage and session) with a page already recording errors. */
  newPhonePage(options?: BrowserContextOptions): Promise<PhonePage>;
  /** Closes every phone, the browser and the BFF (and its data directory). */
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Added to the BFF's environment (say, `SIGN_IN_LIMIT_PER_MINUTE`). */
  env?: Record<string, string>;
  /** Rebuild even when www/ still holds an up-to-date build made by these tests. */
  rebuild?: boolean;
}

/**
 * The citizen's whole path: the mini app as `vite build` makes it, served by the real BFF (fresh
 * PGlite, seeded catalog, development sign-in), opened in Debian's Chromium as a phone. Call
 * `browserAvailable()` first to skip without Chromium.
 */
export async function startMiniAppStack(options: StackOptions = {}): Promise<MiniAppStack> {
  await buildMiniApp({ force: options.rebuild ?? false });
  const bff = await startBffProcess(options.env ? { env: options.env } : {});
  // zmp-sdk and the app's platform checks treat 127.0.0.1 differently: always localhost.
  const origin = `http://localhost:${bff.port}`;
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (err) {
    await bff.stop();
    throw err;
  }
  const phones: PhonePage[] = [];

  return {
    url: `${origin}/`,
    appUrl: (path = "/") => `${origin}${APP_BASE_PATH}${path.startsWith("/") ? path : `/${path}`}`,
    bff,
    browser,
    async newPhonePage(contextOptions) {
      const phone = await openPhonePage(browser, contextOptions);
      phones.push(phone);
      return phone;
    },
    async stop() {
      await Promise.allSettled(phones.map((phone) => phone.close()));
      await browser.close().catch(() => undefined);
      await bff.stop();
    },
  };
}
