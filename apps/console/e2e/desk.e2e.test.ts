import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Procedure } from "@motcua/contracts";
import { DEMO_PASSWORD, demoOfficers } from "../../bff/src/modules/desk/demo-officers.ts";
import { startFakeZalo, type FakeZalo } from "../../bff/src/test/fake-zalo.ts";
import { startBffProcess, type BffProcess } from "../../bff/src/test/bff-process.ts";
import { buildConsole } from "./support/build.ts";
import { browserAvailable, openConsoleBrowser, type ConsoleBrowser } from "./support/browser.ts";
import { citizenDossier, fetchProcedure, fileDossier, signInCitizen, supplement, type Citizen } from "./support/citizen.ts";
import { act, openDossier, signIn, signOut, statusChip } from "./support/console-page.ts";
import { messagesPerStep, settledMessages } from "./support/notifications.ts";
import { otherDesk } from "./support/officer-api.ts";
import { screenshotsDir } from "./support/paths.ts";

/** Phường Trấn Biên, where the demo officers work; a commune-level filing lands at the applicant's ward. */
const TRAN_BIEN_WARD = "26041";
const PROCEDURE = "1.001193";
const officer = (username: string) => {
  const found = demoOfficers.find((o) => o.username === username);
  if (!found) throw new Error(`no demo officer ${username}`);
  return found;
};
const desk = officer("tranbien.desk");
const processor = officer("tranbien.processor");
const manager = officer("tranbien.manager");

/** What each citizen-visible step tells the citizen on Zalo (message-templates.ts), one message each. */
const noticeOf: Record<string, RegExp> = {
  submit: /đã được nộp thành công/,
  accept: /đã được tiếp nhận/,
  request_supplement: /cần bổ sung giấy tờ/,
  supplement: /Đã nhận giấy tờ bổ sung/,
  start_processing: /đang được xử lý/,
  extend: /được hẹn lại ngày trả kết quả/,
  result_ready: /đã có kết quả/,
  deliver: /đã được trả kết quả/,
};

describe.runIf(browserAvailable())("officer console against the real BFF", () => {
  let zalo: FakeZalo;
  let bff: BffProcess;
  let ui: ConsoleBrowser;
  let consoleUrl: string;
  let citizen: Citizen;
  let procedure: Procedure;

  beforeAll(async () => {
    mkdirSync(screenshotsDir, { recursive: true });
    zalo = await startFakeZalo({ appSecret: "e2e-unused", notify: { apiKey: "k", miniAppId: "e2e" } });
    await buildConsole();
    bff = await startBffProcess({ env: { ZALO_MINIAPP_ID: "e2e", ZALO_NOTIFY_API_KEY: "k", ZALO_NOTIFY_URL: zalo.url, NOTIFY_POLL_MS: "200" } });
    consoleUrl = `${bff.url}/console/`;
    ui = await openConsoleBrowser();
    citizen = await signInCitizen(bff.url, "Nguyễn Thị Bình");
    procedure = await fetchProcedure(bff.url, PROCEDURE);
  });

  afterAll(async () => {
    await ui?.close();
    await bff?.stop();
    await zalo?.close();
  });

  it("takes a filing from the queue to delivery, and the citizen hears of each step exactly once", async () => {
    const { page } = ui;
    const { created, body } = await fileDossier(bff.url, citizen, procedure, TRAN_BIEN_WARD);

    // Sign-in: a wrong password is refused in plain words (the browser logs the 401 itself).
    await ui.expectingErrors(/401/, async () => {
      await signIn(page, consoleUrl, desk.username, "sai-mat-khau");
      await page.getByRole("alert").filter({ hasText: "Sai tên đăng nhập hoặc mật khẩu" }).waitFor();
    });
    await signIn(page, consoleUrl, desk.username, DEMO_PASSWORD);
    await page.getByText(desk.fullName, { exact: true }).waitFor();

    // Queue: the new filing is there, found by its reference.
    await page.getByRole("heading", { name: "Hàng đợi hồ sơ" }).waitFor();
    await page.getByRole("link", { name: created.reference }).waitFor();
    await page.getByRole("searchbox").fill(created.reference);
    await page.waitForURL(/q=/);
    const row = page.getByRole("row").filter({ hasText: created.reference });
    await row.waitFor();
    expect(await row.textContent()).toContain(body.applicant.fullName);
    expect(await row.textContent()).toContain("Đã nộp, chờ tiếp nhận");
    await page.screenshot({ path: join(screenshotsDir, "console-queue.png"), fullPage: true });
    await row.getByRole("link", { name: created.reference }).click();

    // Detail: applicant with the masked ID, revealed on request with a reason.
    await page.getByRole("heading", { name: "Người nộp hồ sơ" }).waitFor();
    await page.getByRole("button", { name: "Hiện số CCCD" }).click();
    const reveal = page.getByRole("dialog", { name: "Xem đầy đủ số CCCD" });
    await reveal.getByLabel("Lý do xem").fill("Đối chiếu với bản gốc tại quầy");
    await reveal.getByRole("button", { name: "Hiện số CCCD" }).click();
    await page.getByText(body.applicant.idNumber, { exact: true }).waitFor();
    await page.getByText("đã được ghi nhật ký").waitFor();

    // An attachment opens inline from a blob fetched with the bearer token.
    const attachments = page.locator("section", { has: page.getByRole("heading", { name: "Giấy tờ đính kèm" }) });
    await attachments.getByRole("button", { name: /^Xem/ }).first().click();
    await attachments.locator(".viewer img, .viewer iframe").first().waitFor();
    await attachments.getByRole("button", { name: /^Đóng/ }).click();

    await act(page, "Tiếp nhận", "Đã tiếp nhận hồ sơ.", (d) => d.getByLabel("Ghi chú (không bắt buộc)").fill("Hồ sơ đầy đủ"));
    const officialCode = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    expect(officialCode).toMatch(/-\d{6}-0001$/);

    // The receipt prints from the dossier's own data.
    await page.getByRole("button", { name: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" }).click();
    const receipt = page.getByRole("dialog", { name: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" });
    await receipt.frameLocator("iframe").getByText(officialCode).first().waitFor();
    await receipt.getByRole("button", { name: "Đóng" }).click();
    await page.screenshot({ path: join(screenshotsDir, "console-dossier.png"), fullPage: true });

    const requirementId = body.documents[0]!.requirementId;
    await act(page, "Yêu cầu bổ sung", "Đã gửi yêu cầu bổ sung.", async (d) => {
      await d.getByLabel("Giấy tờ 1", { exact: true }).selectOption(requirementId);
      await d.getByLabel("Nội dung cần bổ sung 1", { exact: true }).fill("Ảnh bản sao bị mờ, cần chụp lại rõ nét");
    });
    expect(await statusChip(page).textContent()).toBe("Cần bổ sung giấy tờ");

    // The citizen answers from the mini app.
    expect((await supplement(bff.url, citizen, created.id, requirementId)).status).toBe("RECEIVED");
    await signOut(page);

    // The processor works the file.
    await signIn(page, consoleUrl, processor.username, DEMO_PASSWORD);
    await page.getByText(processor.fullName, { exact: true }).waitFor();
    await openDossier(page, consoleUrl, created.id);
    expect(await statusChip(page).textContent()).toBe("Đã tiếp nhận");
    await act(page, "Bắt đầu xử lý", "Hồ sơ đã chuyển sang đang xử lý.");

    // Meanwhile a colleague postpones the appointment: the console's copy is now stale, and the
    // BFF refuses the next step (412) instead of letting it overwrite what it has not seen.
    const colleague = await otherDesk(bff.url, manager.username, DEMO_PASSWORD);
    const { dossier: before, etag } = await colleague.detail(created.id);
    const later = new Date(Date.parse(before.dueAt!) + 3 * 86_400_000).toISOString();
    await colleague.act(created.id, "extend", { dueAt: later, reason: "Cần xác minh thêm với cơ quan khác" }, etag);
    await ui.expectingErrors(/412/, async () => {
      await page.locator("section", { has: page.getByRole("heading", { name: "Thao tác" }) }).getByRole("button", { name: "Đã có kết quả" }).click();
      const stale = page.getByRole("dialog", { name: "Đã có kết quả" });
      await stale.getByLabel("Tên văn bản 1", { exact: true }).fill("Trích lục khai sinh");
      await stale.getByRole("button", { name: "Đã có kết quả" }).click();
      await page.getByRole("alert").filter({ hasText: "Hồ sơ vừa được người khác cập nhật" }).waitFor();
    });
    await page.getByRole("button", { name: "Phiếu xin lỗi và hẹn lại ngày trả kết quả" }).waitFor();

    await act(page, "Đã có kết quả", "Đã ghi nhận kết quả.", async (d) => {
      const name = d.getByLabel("Tên văn bản 1", { exact: true });
      if (!(await name.inputValue())) await name.fill("Trích lục khai sinh");
      await d.getByLabel("Số văn bản 1", { exact: true }).fill("125/2026");
    });
    await signOut(page);

    // The desk hands the result over.
    await signIn(page, consoleUrl, desk.username, DEMO_PASSWORD);
    await page.getByText(desk.fullName, { exact: true }).waitFor();
    await openDossier(page, consoleUrl, created.id);
    await act(page, "Trả kết quả", "Đã trả kết quả.");
    expect(await statusChip(page).textContent()).toBe("Đã trả kết quả");
    await signOut(page);

    // The manager reads the month's figures and the holiday calendar.
    await signIn(page, consoleUrl, manager.username, DEMO_PASSWORD);
    await page.getByRole("link", { name: "Thống kê" }).click();
    const statsRow = page.locator("table.stats tbody tr").first();
    await statsRow.waitFor();
    // Measured against the appointment before the apology, which the result beat: early, 100 %.
    const cells = statsRow.locator("td");
    expect([await cells.nth(1).textContent(), await cells.nth(3).textContent(), await cells.nth(6).textContent()]).toEqual(["1", "0", "100%"]);
    await page.screenshot({ path: join(screenshotsDir, "console-stats.png"), fullPage: true });
    await page.getByRole("link", { name: "Lịch nghỉ" }).click();
    await page.getByRole("heading", { name: "Lịch nghỉ lễ, Tết" }).waitFor();

    // The citizen's own timeline shows every step.
    const seen = await citizenDossier(bff.url, citizen, created.id);
    expect(seen.status).toBe("DELIVERED");
    expect(seen.timeline.map((t) => t.action)).toEqual(Object.keys(noticeOf));

    // One Zalo message per outbox row, each under its own tracking id (the outbox row's id).
    const messages = await settledMessages(zalo.messages, seen.timeline.length);
    expect(messages).toHaveLength(seen.timeline.length);
    const trackingIds = messages.map((m) => m.trackingId);
    expect(trackingIds.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    expect(new Set(trackingIds).size).toBe(messages.length);
    expect(new Set(messages.map((m) => m.recipient)).size).toBe(1);
    expect(messagesPerStep(messages, noticeOf)).toEqual(Object.fromEntries(Object.keys(noticeOf).map((step) => [step, 1])));

    expect(ui.unexpectedErrors()).toEqual([]);
  });
});
