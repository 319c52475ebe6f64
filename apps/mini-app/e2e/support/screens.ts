import type { Page } from "playwright-core";
import { APP_BASE_PATH } from "./paths.ts";

/**
 * The screen has settled: the route transition is over (zmp-ui keeps the leaving screen in the DOM
 * until then), its chunk has loaded and no loading spinner is left.
 */
export async function waitForScreen(page: Page): Promise<void> {
  await page.locator(".zaui-routes-item .zaui-page").first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll(".zaui-routes-item").length === 1 && !document.querySelector(".page-loading"));
}

/** The router's path inside the app; Home is both /zapps/motcua/ (first load) and /zapps/motcua (navigated to). */
export const screenPath = (url: URL | string): string => {
  const { pathname } = typeof url === "string" ? new URL(url) : url;
  return pathname.startsWith(APP_BASE_PATH) ? pathname.slice(APP_BASE_PATH.length) || "/" : pathname;
};
