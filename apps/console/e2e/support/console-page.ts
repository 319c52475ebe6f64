import type { Locator, Page } from "playwright-core";

/** Waits for a condition the way a person looks at the screen: until it shows, or 15 s. */
const VISIBLE = { state: "visible", timeout: 15_000 } as const;

export async function signIn(page: Page, consoleUrl: string, username: string, password: string): Promise<void> {
  await page.goto(consoleUrl);
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await page.getByRole("heading", { name: "Đăng nhập cán bộ một cửa" }).waitFor(VISIBLE);
}

export async function openDossier(page: Page, consoleUrl: string, dossierId: string): Promise<void> {
  await page.goto(`${consoleUrl}#/ho-so/${dossierId}`);
  await page.getByRole("heading", { name: "Thao tác" }).waitFor(VISIBLE);
}

/**
 * Clicks an action in the panel, lets `fill` complete its dialog, confirms with the dialog's own
 * button (same label) and waits for the success notice.
 */
export async function act(page: Page, label: string, done: string, fill: (dialog: Locator) => Promise<void> = async () => {}): Promise<void> {
  await page.locator("section", { has: page.getByRole("heading", { name: "Thao tác" }) }).getByRole("button", { name: label, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: label });
  await dialog.waitFor(VISIBLE);
  await fill(dialog);
  await dialog.getByRole("button", { name: label, exact: true }).click();
  await dialog.waitFor({ state: "detached", timeout: 15_000 });
  await page.getByRole("status").filter({ hasText: done }).waitFor(VISIBLE);
}

export const statusChip = (page: Page) => page.locator(".status-line .chip");
