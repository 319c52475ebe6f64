import type { Page } from "playwright-core";

/** The session the app keeps on the phone, to check the server's side of the story. */
export async function citizenToken(page: Page): Promise<string> {
  const stored = await page.evaluate(() => localStorage.getItem("motcua.session"));
  return (JSON.parse(stored!) as { token: string }).token;
}
