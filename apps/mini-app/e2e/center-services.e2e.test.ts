// @vitest-environment node
import type { AppointmentTicket, Availability, CitizenProfile, FeedbackDetail, PublishedFeedback } from "@motcua/contracts";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoOfficers } from "../../bff/src/modules/desk/demo-officers.ts";
import { buildConsole } from "../../console/e2e/support/build.ts";
import { openConsoleBrowser, type ConsoleBrowser } from "../../console/e2e/support/browser.ts";
import { signIn } from "../../console/e2e/support/console-page.ts";
import { dayLabel } from "../src/routes/appointments/day-label.ts";
import { browserAvailable, type PhonePage } from "./support/browser.ts";
import { counterClock, type CounterClock } from "./support/clock.ts";
import { reportFailure } from "./support/diagnostics.ts";
import { photo } from "./support/photo.ts";
import { waitForScreen } from "./support/screens.ts";
import { screenshotSeries } from "./support/screenshots.ts";
import { citizenToken } from "./support/session.ts";
import { startMiniAppStack, type MiniAppStack } from "./support/stack.ts";

/** The service center's manager: feedback naming no agency lands with them, and so do the center's counters. */
const manager = demoOfficers.find((o) => o.username === "trungtam.manager")!;
const CENTER = manager.agencyCode;
const CENTER_NAME = "Trung tâm Phục vụ hành chính công tỉnh Đồng Nai";

const FEEDBACK_TEXT =
  "Máy lấy số thứ tự ở sảnh tầng 1 bị hỏng từ đầu giờ sáng, người dân phải đứng chờ mà không biết đến lượt mình. Đề nghị Trung tâm sửa máy và bố trí thêm ghế chờ.";
const ANSWER_TEXT = "Cảm ơn ông/bà đã phản ánh. Trung tâm đã thay máy lấy số ở sảnh tầng 1 và bổ sung 20 ghế chờ ngay trong buổi sáng.";

async function getJson<T>(url: string, token?: string): Promise<T> {
  const res = await fetch(url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Clicks a step in the feedback's "Xử lý" panel, lets `fill` complete its dialog, confirms, waits for `done`. */
async function feedbackStep(page: Page, code: string, label: string, done: string, fill: (dialog: Locator) => Promise<void> = async () => {}): Promise<void> {
  await page.locator("section", { has: page.getByRole("heading", { name: "Xử lý" }) }).getByRole("button", { name: label, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `${label}: ${code}` });
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole("button", { name: label, exact: true }).click();
  await dialog.waitFor({ state: "detached" });
  await page.getByRole("status").filter({ hasText: done }).waitFor();
}

describe.runIf(browserAvailable())("center services: a citizen's feedback and counter visit, handled at the console", () => {
  let clock: CounterClock;
  let stack: MiniAppStack;
  let phone: PhonePage;
  let desk: ConsoleBrowser;
  const screenshot = screenshotSeries(40);

  beforeAll(async () => {
    // Checking in needs the appointment's day to be today: both clocks run on a working morning.
    clock = counterClock();
    await buildConsole();
    stack = await startMiniAppStack({ env: clock.bffEnv });
    phone = await stack.newPhonePage();
    await clock.install(phone.context);
    desk = await openConsoleBrowser(stack.browser);
    desk.context.setDefaultTimeout(15_000);
    await clock.install(desk.context);
  });

  afterAll(async () => {
    await desk?.close();
    await stack?.stop();
  });

  it("sends feedback with a photo and books a slot on the phone; the manager answers, publishes and checks the citizen in; the phone shows both", async ({ onTestFailed }) => {
    onTestFailed(reportFailure(phone, "center-services"));
    onTestFailed(reportFailure(desk, "center-services-console"));
    const { page } = phone;
    const api = `http://localhost:${stack.bff.port}/api/v1`;
    const consoleUrl = `http://localhost:${stack.bff.port}/console/`;

    // Home → Góp ý, phản ánh → the form.
    await page.goto(stack.url);
    await waitForScreen(page);
    await page.getByRole("link", { name: /Góp ý, phản ánh/ }).click();
    await page.getByRole("link", { name: "Gửi phản ánh, kiến nghị" }).click();
    await waitForScreen(page);

    // Facilities, no agency named (so the service center), a photo of the broken machine, consent to publish.
    await page.getByRole("radio", { name: "Cơ sở vật chất, trang thiết bị" }).check();
    expect(await page.getByLabel("Cơ quan liên quan (không bắt buộc)").locator("option:checked").textContent()).toBe("Không rõ, gửi Trung tâm Phục vụ hành chính công");
    await page.getByLabel("Nội dung phản ánh, kiến nghị").fill(FEEDBACK_TEXT);
    await page.getByLabel("Chọn ảnh có sẵn: Ảnh chụp kèm theo").setInputFiles([await photo(page, "May lay so hong")]);
    await page.getByText(/^Đã tải lên \(/).waitFor({ timeout: 30_000 });
    await page.getByLabel("Số điện thoại để cơ quan liên hệ lại (không bắt buộc)").fill("0912345678");
    await page.getByRole("checkbox", { name: /Đồng ý công khai nội dung và câu trả lời/ }).check();
    await screenshot(page, "feedback-form");
    await page.getByRole("button", { name: "Gửi phản ánh" }).click();

    await page.getByRole("heading", { name: "Đã gửi phản ánh" }).waitFor();
    const code = (await page.locator(".voice-receipt__code").innerText()).trim();
    expect(code).toMatch(/^PA-/);
    await screenshot(page, "feedback-sent");
    const token = await citizenToken(page);
    const sent = await getJson<FeedbackDetail>(`${api}/me/feedback/${code}`, token);
    expect(sent).toMatchObject({ status: "RECEIVED", category: "FACILITIES", text: FEEDBACK_TEXT, agency: { code: CENTER } });
    expect(sent.photos).toHaveLength(1);

    // Home → Đặt lịch hẹn tại quầy: the center, the first working day offered, its first time with places.
    await page.getByRole("link", { name: "Về trang chủ" }).click();
    await waitForScreen(page);
    await page.getByRole("link", { name: /Đặt lịch hẹn tại quầy/ }).click();
    await page.getByRole("link", { name: "Đặt lịch hẹn mới" }).click();
    await waitForScreen(page);
    await page.getByRole("option", { name: CENTER_NAME }).waitFor({ state: "attached" });
    await page.getByLabel("Cơ quan bạn muốn đến").selectOption(CENTER);

    const offer = await getJson<Availability>(`${api}/appointments/availability?agencyCode=${CENTER}`);
    const day = offer.days[0]!;
    expect(day.date).toBe(clock.day);
    const slot = day.slots.find((s) => s.remaining > 0)!;
    await page.getByRole("group", { name: "Chọn ngày" }).getByRole("button", { name: new RegExp(`^${dayLabel(day.date, "vi", false)}`) }).click();
    await page.getByRole("group", { name: "Chọn giờ" }).getByRole("button", { name: new RegExp(`^${slot.start}–${slot.end}.*còn ${slot.remaining} chỗ`) }).click();
    await page.getByLabel("Bạn cần làm việc gì? (không bắt buộc)").fill("Nộp hồ sơ đăng ký hộ kinh doanh");
    await page.getByText(`${dayLabel(day.date, "vi")}, ${slot.start}–${slot.end} tại ${CENTER_NAME}`).waitFor();
    await screenshot(page, "appointment-choose");
    await page.getByRole("button", { name: "Xác nhận đặt lịch" }).click();

    const qr = page.getByRole("img", { name: /^Mã QR của lịch hẹn LH-/ });
    await qr.waitFor();
    await waitForScreen(page);
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const ticketCode = (await page.locator(".appt-ticket__code").innerText()).trim();
    const ticketId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
    await screenshot(page, "appointment-ticket");
    const booked = await getJson<AppointmentTicket>(`${api}/me/appointments/${ticketId}`, token);
    expect(booked).toMatchObject({ code: ticketCode, status: "BOOKED", date: clock.day, start: slot.start, agency: { code: CENTER } });
    const after = await getJson<Availability>(`${api}/appointments/availability?agencyCode=${CENTER}`);
    expect(after.days[0]!.slots.find((s) => s.start === slot.start)!.remaining).toBe(slot.remaining - 1);

    // The center's manager finds the feedback in the console, with its photo.
    const officer = desk.page;
    await signIn(officer, consoleUrl, manager.username, DEMO_PASSWORD);
    await officer.getByText(manager.fullName, { exact: true }).waitFor();
    await officer.getByRole("navigation", { name: "Chức năng" }).getByRole("link", { name: "Phản ánh" }).click();
    const row = officer.getByRole("row").filter({ has: officer.getByRole("link", { name: code }) });
    await row.waitFor();
    expect(await row.textContent()).toContain("Đã tiếp nhận");
    await screenshot(officer, "console-feedback-list");
    await row.getByRole("link", { name: code }).click();
    const attached = officer.getByRole("img", { name: `Ảnh 1 của phản ánh ${code}` });
    await attached.waitFor();
    await expect.poll(() => attached.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await officer.locator("section", { has: officer.getByRole("heading", { name: "Người gửi" }) }).textContent()).toContain("+84912345678");
    await screenshot(officer, "console-feedback-detail");

    // Takes it up, answers, and publishes it as the citizen allowed.
    await feedbackStep(officer, code, "Tiếp nhận xử lý", "Đã tiếp nhận xử lý.");
    await feedbackStep(officer, code, "Trả lời", "Đã trả lời; người gửi sẽ được thông báo.", (d) => d.getByLabel("Nội dung trả lời (gửi đến người phản ánh)").fill(ANSWER_TEXT));
    await feedbackStep(officer, code, "Công khai", "Đã công khai câu hỏi và câu trả lời.", async (d) => {
      expect(await d.getByLabel("Câu hỏi công khai").inputValue()).toBe(FEEDBACK_TEXT);
      expect(await d.getByLabel("Câu trả lời công khai").inputValue()).toBe(ANSWER_TEXT);
    });
    await officer.getByRole("heading", { name: "Nội dung đang công khai" }).waitFor();
    expect(await officer.locator(".status-line .chip").textContent()).toBe("Đã trả lời");
    await screenshot(officer, "console-feedback-answered");

    // The counter's day: the booking is there; the manager types the ticket's code as a scanner would.
    await officer.getByRole("navigation", { name: "Chức năng" }).getByRole("link", { name: "Lịch hẹn" }).click();
    const visit = officer.getByRole("row").filter({ hasText: ticketCode });
    await visit.waitFor();
    expect(await visit.textContent()).toContain("Đã đặt lịch");
    expect(await visit.textContent()).toContain("Nộp hồ sơ đăng ký hộ kinh doanh");
    // Booked under the name the phone signed in with (outside Zalo, development sign-in's).
    const me = await getJson<CitizenProfile>(`${api}/me`, token);
    expect(await visit.textContent()).toContain(me.name!);
    await screenshot(officer, "console-appointments");
    await officer.getByLabel("Mã lịch hẹn (quét mã QR hoặc gõ mã)").fill(ticketCode);
    await officer.getByLabel("Mã lịch hẹn (quét mã QR hoặc gõ mã)").press("Enter");
    await officer.getByRole("status").filter({ hasText: `(lịch hẹn ${ticketCode}, ${slot.start}–${slot.end})` }).waitFor();
    await expect.poll(() => visit.locator(".chip").textContent()).toBe("Đã đến quầy");
    await officer.getByText(/0\s*chờ đến,\s*1\s*đã đến/).waitFor();
    await screenshot(officer, "console-checked-in");

    // The citizen opens "Góp ý" again: the answer, from the center, and published.
    await page.goto(stack.appUrl("/feedback"));
    await waitForScreen(page);
    await page.getByText(`Trả lời: ${ANSWER_TEXT}`).waitFor();
    await page.getByRole("link", { name: new RegExp(code) }).click();
    await page.getByRole("heading", { name: `Trả lời của ${CENTER_NAME}` }).waitFor();
    await waitForScreen(page);
    await page.getByText(ANSWER_TEXT).waitFor();
    await page.getByText("Câu hỏi và câu trả lời đã được công khai (không kèm thông tin cá nhân).").waitFor();
    await screenshot(page, "feedback-answered");
    const answered = await getJson<FeedbackDetail>(`${api}/me/feedback/${code}`, token);
    expect(answered).toMatchObject({ status: "ANSWERED", published: true, answer: { text: ANSWER_TEXT, agency: { code: CENTER } } });

    // Anyone can read it among the published answers.
    await page.goto(stack.appUrl("/feedback/published"));
    await waitForScreen(page);
    await page.getByText(ANSWER_TEXT).first().waitFor();
    await screenshot(page, "feedback-published");
    const published = await getJson<PublishedFeedback>(`${api}/feedback/published/${code}`);
    expect(published.answer).toBe(ANSWER_TEXT);

    // The ticket now says the citizen came, and no longer offers its QR code.
    await page.goto(stack.appUrl(`/appointments/${ticketId}`));
    await waitForScreen(page);
    await page.getByText(/^Bạn đã đến quầy lúc /).waitFor();
    expect(await page.locator(".voice-status").first().textContent()).toBe("Đã đến quầy");
    expect(await page.getByRole("img", { name: /^Mã QR/ }).count()).toBe(0);
    await screenshot(page, "ticket-checked-in");
    const visited = await getJson<AppointmentTicket>(`${api}/me/appointments/${ticketId}`, token);
    expect(visited.status).toBe("CHECKED_IN");
    expect(visited.checkedInAt).not.toBeNull();

    phone.assertNoUnexpectedErrors();
    expect(desk.unexpectedErrors()).toEqual([]);
  }, 150_000);
});
