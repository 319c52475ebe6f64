// @vitest-environment node
import type { DossierDetail, DossierSummary, DossierRatingState } from "@motcua/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { otherDesk } from "../../console/e2e/support/officer-api.ts";
import { browserAvailable, type PhonePage } from "./support/browser.ts";
import { reportFailure } from "./support/diagnostics.ts";
import { loseResponseOnce } from "./support/network.ts";
import { photo } from "./support/photo.ts";
import { screenPath, waitForScreen } from "./support/screens.ts";
import { screenshotSeries } from "./support/screenshots.ts";
import { citizenToken } from "./support/session.ts";
import { startMiniAppStack, type MiniAppStack } from "./support/stack.ts";

/** Phiếu lý lịch tư pháp: the procedure citizens file online most, handled by the provincial police. */
const LLTP = "2.000488";
const DEMO_PASSWORD = "MotCua@2026";

async function myDossiers(url: string, token: string): Promise<DossierSummary[]> {
  const res = await fetch(`${url}/api/v1/me/dossiers`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await res.json()) as { items: DossierSummary[] }).items;
}

describe.runIf(browserAvailable())("a citizen's whole journey on a 360×780 phone, against the real BFF", () => {
  let stack: MiniAppStack;
  let phone: PhonePage;
  const screenshot = screenshotSeries(20);

  beforeAll(async () => {
    stack = await startMiniAppStack();
    phone = await stack.newPhonePage();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it("finds the procedure, files with two photos through a lost response, answers a supplement, and rates the result", async ({ onTestFailed }) => {
    onTestFailed(reportFailure(phone, "citizen-journey"));
    const { page } = phone;
    const api = `http://localhost:${stack.bff.port}`;

    // Home → search without diacritics, as people type on a phone.
    await page.goto(stack.url);
    await waitForScreen(page);
    await screenshot(page, "home");
    await page.getByRole("searchbox").first().fill("ly lich tu phap");
    await page.getByRole("searchbox").first().press("Enter");
    await page.waitForURL(/\/search\?/);
    const result = page.getByRole("link", { name: /Cấp Phiếu lý lịch tư pháp/ }).first();
    await result.waitFor();
    await screenshot(page, "search-results");

    await result.click();
    await page.waitForURL(new RegExp(`/procedures/${LLTP.replace(".", "\\.")}`));
    await waitForScreen(page);
    await page.getByText("Phí cung cấp thông tin lý lịch tư pháp").first().waitFor();
    await screenshot(page, "procedure-detail");

    // The filing wizard: applicant.
    await page.getByRole("link", { name: "Nộp trực tuyến" }).or(page.getByRole("button", { name: "Nộp trực tuyến" })).first().click();
    await page.waitForURL(new RegExp(`/file/${LLTP.replace(".", "\\.")}`));
    await waitForScreen(page);
    await page.getByLabel("Họ và tên").fill("Nguyễn Thị Bình");
    await page.getByLabel("Số CCCD (số định danh cá nhân)").fill("075190001234");
    await page.getByLabel("Ngày sinh").fill("20051990");
    await page.getByRole("radio", { name: "Nữ" }).check();
    await page.getByLabel("Số điện thoại").first().fill("0912345678");
    await page.getByLabel("Số nhà, tên đường, thôn/ấp/khu phố").first().fill("12 Võ Thị Sáu");
    await page.getByLabel("Phường, xã, đặc khu").first().fill("tran bien");
    await page.getByRole("button", { name: "Phường Trấn Biên" }).first().click();
    await screenshot(page, "file-applicant");
    await page.getByRole("button", { name: "Tiếp tục" }).click();

    // The procedure's own form: what the applicant step did not already answer.
    await page.getByLabel("Họ tên cha").fill("Nguyễn Văn Cường");
    await page.getByLabel("Họ tên mẹ").fill("Trần Thị Dung");
    await page.getByRole("radio", { name: "Phiếu lý lịch tư pháp số 1" }).check();
    await page.getByLabel("Số lượng Phiếu yêu cầu cấp").fill("1");
    await page.getByLabel("Mục đích sử dụng Phiếu").fill("Bổ sung hồ sơ xin việc");
    await page.getByLabel("Quá trình cư trú từ đủ 14 tuổi").fill("2004–2026: 12 Võ Thị Sáu, phường Trấn Biên, Đồng Nai");
    await page.getByRole("group", { name: "Hình thức nhận kết quả" }).getByRole("radio", { name: /Nhận trực tiếp/ }).check();
    await screenshot(page, "file-form");
    await page.getByRole("button", { name: "Tiếp tục" }).click();

    // Documents: two photos of the declaration form, one straight off a 12-megapixel camera, each
    // shrunk on the phone and uploaded with progress.
    const cameraPhoto = await photo(page, "To khai trang 1", 4000, 3000);
    expect(cameraPhoto.buffer.length).toBeGreaterThan(2_000_000);
    const gallery = page.getByLabel(/^Chọn (ảnh có sẵn|ảnh hoặc tệp PDF): Tờ khai/).first();
    await gallery.setInputFiles([cameraPhoto, await photo(page, "To khai trang 2")]);
    await expect.poll(() => page.getByRole("button", { name: /^Xoá tệp/ }).count(), { timeout: 30_000 }).toBe(2);
    await page.waitForFunction(() => !document.querySelector('[role="progressbar"][aria-valuenow]:not([aria-valuenow="100"])'));
    await screenshot(page, "file-documents");
    await page.getByRole("button", { name: "Tiếp tục" }).click();

    // Delivery at the counter, then the review of every answer.
    await page.getByRole("radio", { name: /Nhận trực tiếp tại Bộ phận Một cửa/ }).check();
    await screenshot(page, "file-delivery");
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await page.getByRole("button", { name: "Sửa Thông tin người nộp" }).waitFor();
    await screenshot(page, "file-review");

    // The network drops the answer to the submission: the server filed it, the phone never heard.
    const token = await citizenToken(page);
    const before = (await myDossiers(api, token)).length;
    const lost = await loseResponseOnce(phone, { method: "POST", path: "/api/v1/dossiers" });
    await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
    expect(await lost.served).toBe(201);
    await page.getByRole("heading", { name: "Đã nộp hồ sơ" }).waitFor({ timeout: 30_000 });
    await lost.dispose();
    const reference = (await page.getByTestId("receipt-reference").innerText()).trim();
    const secret = (await page.getByTestId("receipt-secret").innerText()).trim();
    await screenshot(page, "receipt");

    // Now, not at launch, is when the app offers Zalo notifications; the choice is recorded.
    await page.getByRole("button", { name: "Bật thông báo" }).click();
    await page.getByText(/^Đã (bật|ghi nhận)/).waitFor();
    const profile = (await (await fetch(`${api}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { notifyOptIn: boolean };
    expect(profile.notifyOptIn).toBe(true);
    const filed = await myDossiers(api, token);
    expect(filed).toHaveLength(before + 1);
    const dossier = filed.find((d) => d.reference === reference)!;
    expect(dossier).toBeDefined();
    const stored = (await (await fetch(`${api}/api/v1/me/dossiers/${dossier.id}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as DossierDetail;
    const formPhotos = stored.documents.filter((d) => d.requirementId === "to-khai");
    expect(formPhotos).toHaveLength(2);
    for (const document of formPhotos) expect(document.size).toBeLessThanOrEqual(1024 * 1024);

    // "Hồ sơ của tôi" lists it.
    await page.goto(stack.appUrl("/dossiers"));
    await waitForScreen(page);
    await page.getByText(reference).first().waitFor();
    await screenshot(page, "my-dossiers");

    // The police desk receives it and asks for a clearer photo of the form (through the API).
    const desk = await otherDesk(api, "congan.desk", DEMO_PASSWORD);
    let current = await desk.detail(dossier.id);
    await desk.act(dossier.id, "accept", { note: "Đủ thành phần" }, current.etag);
    current = await desk.detail(dossier.id);
    await desk.act(dossier.id, "request_supplement", { items: [{ requirementId: "to-khai", note: "Ảnh trang 2 của tờ khai bị mờ, xin chụp lại" }], note: "Bổ sung trong 5 ngày" }, current.etag);

    // The citizen sees what is missing and answers from the phone.
    await page.goto(stack.appUrl(`/dossiers/${dossier.id}`));
    await waitForScreen(page);
    await page.getByText("Ảnh trang 2 của tờ khai bị mờ, xin chụp lại").first().waitFor();
    await screenshot(page, "dossier-supplement-requested");
    await page.getByRole("button", { name: "Bổ sung giấy tờ" }).click();
    await page.getByLabel(/^Chọn (ảnh có sẵn|ảnh hoặc tệp PDF)/).first().setInputFiles([await photo(page, "To khai trang 2 chup lai")]);
    await expect.poll(() => page.getByRole("button", { name: /^Xoá tệp/ }).count(), { timeout: 30_000 }).toBe(1);
    await screenshot(page, "supplement-form");
    await page.getByRole("button", { name: "Gửi giấy tờ bổ sung" }).click();
    await expect.poll(async () => ((await (await fetch(`${api}/api/v1/me/dossiers/${dossier.id}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as DossierDetail).status).toBe("RECEIVED");

    // The police work the file and hand the result over at the counter.
    const processor = await otherDesk(api, "congan.processor", DEMO_PASSWORD);
    current = await processor.detail(dossier.id);
    await processor.act(dossier.id, "start_processing", {}, current.etag);
    current = await processor.detail(dossier.id);
    await processor.act(dossier.id, "result_ready", { documents: [{ name: "Phiếu lý lịch tư pháp số 1" }] }, current.etag);
    current = await desk.detail(dossier.id);
    await desk.act(dossier.id, "deliver", { recipient: "Nguyễn Thị Bình" }, current.etag);

    // The citizen sees it delivered and rates it.
    await page.reload();
    await waitForScreen(page);
    await page.getByRole("radio", { name: "Rất hài lòng" }).check();
    await screenshot(page, "dossier-delivered-rating");
    await page.getByRole("button", { name: "Gửi đánh giá" }).click();
    await page.getByRole("button", { name: "Cập nhật đánh giá" }).waitFor();
    await screenshot(page, "dossier-rated");
    const rating = (await (await fetch(`${api}/api/v1/me/dossiers/${dossier.id}/rating`, { headers: { Authorization: `Bearer ${token}` } })).json()) as DossierRatingState;
    expect(rating.rating?.level).toBe("VERY_SATISFIED");

    // Anyone holding the receipt can look it up by code and secret, as its QR code links.
    await page.goto(stack.appUrl(`/lookup?code=${encodeURIComponent(reference)}&secret=${encodeURIComponent(secret)}`));
    await waitForScreen(page);
    // Once received, the dossier is known by its official code; the status is what a visitor reads.
    await page.getByText("Hồ sơ đã được trả kết quả.").waitFor();
    await screenshot(page, "public-lookup");
    expect(screenPath(page.url())).toBe("/lookup");

    // Exactly one dossier came of the lost response and its retry.
    expect(await myDossiers(api, token)).toHaveLength(before + 1);
    phone.assertNoUnexpectedErrors();
  }, 240_000);
});
