// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, type PhonePage } from "./support/browser.ts";
import { reportFailure } from "./support/diagnostics.ts";
import { screenPath, waitForScreen } from "./support/screens.ts";
import { screenshotSeries } from "./support/screenshots.ts";
import { APP_BASE_PATH } from "./support/paths.ts";
import { startMiniAppStack, type MiniAppStack } from "./support/stack.ts";

/** The bottom navigation's tabs, as a person reads them, and where each leads. */
const TABS = [
  { label: "Thủ tục", path: "/search", shot: "search" },
  { label: "Hồ sơ", path: "/dossiers", shot: "my-dossiers" },
  { label: "Tra cứu", path: "/lookup", shot: "lookup" },
  { label: "Cài đặt", path: "/settings", shot: "settings" },
  { label: "Trang chủ", path: "/", shot: "home-again" },
] as const;

describe.runIf(browserAvailable())("mini app on a phone, against the real BFF", () => {
  let stack: MiniAppStack;
  let phone: PhonePage;
  const screenshot = screenshotSeries(1);

  beforeAll(async () => {
    stack = await startMiniAppStack();
    phone = await stack.newPhonePage();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it("opens Home at 360×780 and reaches every top-level screen from the bottom navigation", async ({ onTestFailed }) => {
    onTestFailed(reportFailure(phone, "smoke"));
    const { page } = phone;
    await page.goto(stack.url);
    await page.waitForURL(`**${APP_BASE_PATH}/`);

    const nav = page.locator(".zaui-bottom-navigation");
    await nav.waitFor();
    await waitForScreen(page);
    expect(await page.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([360, 780]);
    await screenshot(page, "smoke-home");

    for (const tab of TABS) {
      // On the label, as a person taps: without Zalo's icon font the icons' ligature text overflows
      // and covers the neighbouring button's centre.
      await nav.locator(".zaui-bottom-navigation-item-label").getByText(tab.label, { exact: true }).tap();
      await page.waitForURL((url) => screenPath(url) === tab.path);
      await expect.poll(() => nav.locator(".zaui-bottom-navigation-item-active .zaui-bottom-navigation-item-label").textContent()).toBe(tab.label);
      await waitForScreen(page);
      // Nothing may push the layout sideways on a narrow phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(page, `smoke-${tab.shot}`);
    }

    phone.assertNoUnexpectedErrors();
  }, 180_000);
});
