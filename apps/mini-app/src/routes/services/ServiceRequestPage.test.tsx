import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { installFakeBff, jsonResponse, problemResponse } from "../../test/fake-bff.ts";
import { renderApp } from "../../test/render-app.tsx";
import { accepted, grant, quoted, scheduled, translated } from "./services.fixtures.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const open = async (code: string) => {
  const view = renderApp(`/services/${code}`);
  await screen.findByText(code, {}, { timeout: 5000 });
  return view;
};

describe("one of my requests", () => {
  it("shows the quote line by line and accepts the price I saw", async () => {
    const fake = installFakeBff({
      "POST /api/v1/auth/dev": () => jsonResponse(grant),
      "GET /api/v1/me/service-requests/DV-2M4N-6P8Q": () => jsonResponse(quoted),
      "POST /api/v1/me/service-requests/DV-2M4N-6P8Q/accept": () => jsonResponse(accepted),
    });
    const { user } = await open("DV-2M4N-6P8Q");
    const quote = within(screen.getByRole("heading", { name: "Báo giá" }).closest("section")!);
    expect(quote.getByText(/^4 trang × 150\.000\sđồng$/)).toBeTruthy();
    expect(quote.getByText(/^600\.000\sđồng$/)).toBeTruthy();
    expect(quote.getByText(/^50\.000\sđồng$/)).toBeTruthy();
    expect(quote.getByText(/^650\.000\sđồng$/)).toBeTruthy();
    expect(quote.getByText("Trang 4 là mặt sau.")).toBeTruthy();
    expect(screen.getByText("Tiếng Việt → Tiếng Anh")).toBeTruthy();
    expect(screen.getByRole("button", { name: /Tải về giay-khai-sinh\.pdf/ })).toBeTruthy();

    await user.click(quote.getByRole("button", { name: "Đồng ý báo giá" }));
    expect(await screen.findByText("Bạn đã đồng ý báo giá.")).toBeTruthy();
    expect(fake.requestsTo("/api/v1/me/service-requests/DV-2M4N-6P8Q/accept")[0]!.body).toEqual({ totalVnd: 650_000 });
    expect(screen.queryByRole("button", { name: "Đồng ý báo giá" })).toBeNull();
  });

  it("says so when the quote changed meanwhile, and shows the new one", async () => {
    let reads = 0;
    installFakeBff({
      "POST /api/v1/auth/dev": () => jsonResponse(grant),
      "GET /api/v1/me/service-requests/DV-2M4N-6P8Q": () => {
        reads += 1;
        return jsonResponse(reads === 1 ? quoted : { ...quoted, quoteTotalVnd: 610_000, quote: { ...quoted.quote, pricePerPageVnd: 140_000, totalVnd: 610_000 } });
      },
      "POST /api/v1/me/service-requests/DV-2M4N-6P8Q/accept": () => problemResponse(409, "CONFLICT", "Xung đột dữ liệu", "Báo giá vừa được thay đổi; hãy xem lại giá mới rồi đồng ý."),
    });
    const { user } = await open("DV-2M4N-6P8Q");
    await user.click(screen.getByRole("button", { name: "Đồng ý báo giá" }));
    expect(await screen.findByText("Báo giá vừa được thay đổi; hãy xem lại giá mới rồi đồng ý.")).toBeTruthy();
    expect(await screen.findByText(/^610\.000\sđồng$/)).toBeTruthy();
  });

  it("shows the consultation's time and place, the progress, and cancels with a reason", async () => {
    const fake = installFakeBff({
      "POST /api/v1/auth/dev": () => jsonResponse(grant),
      "GET /api/v1/me/service-requests/DV-7K3P-9QX2": () => jsonResponse(scheduled),
      "POST /api/v1/me/service-requests/DV-7K3P-9QX2/cancel": () =>
        jsonResponse({ ...scheduled, status: "CANCELLED", allowedActions: [], timeline: [...scheduled.timeline, { at: "2026-03-04T05:00:00.000Z", action: "cancel", actorType: "citizen", status: "CANCELLED", note: "Đã có người tư vấn." }] }),
    });
    const { user } = await open("DV-7K3P-9QX2");
    const meeting = within(screen.getByRole("heading", { name: "Lịch hẹn tư vấn" }).closest("section")!);
    expect(meeting.getByText("09:00, Thứ Năm, 05/03/2026")).toBeTruthy();
    expect(meeting.getByText("Quầy tư vấn số 2")).toBeTruthy();
    expect(screen.getByText("Thành lập doanh nghiệp")).toBeTruthy();
    expect(screen.getByText("Buổi sáng, Thứ Năm, 05/03/2026")).toBeTruthy();
    const progress = within(screen.getByRole("list", { name: "Quá trình xử lý" }));
    expect(progress.getByText("Gửi yêu cầu")).toBeTruthy();
    expect(progress.getByText(/Hẹn lịch tư vấn/)).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Hủy yêu cầu" }));
    const dialog = within(await screen.findByRole("dialog"));
    await user.type(dialog.getByLabelText("Lý do hủy (không bắt buộc)"), "Đã có người tư vấn.");
    await user.click(dialog.getByRole("button", { name: "Hủy yêu cầu" }));
    expect(await screen.findByText("Bạn đã hủy yêu cầu này.")).toBeTruthy();
    expect(fake.requestsTo("/api/v1/me/service-requests/DV-7K3P-9QX2/cancel")[0]!.body).toEqual({ reason: "Đã có người tư vấn." });
    expect(screen.queryByRole("button", { name: "Hủy yêu cầu" })).toBeNull();
  });

  it("hands over the result: the note and the translated file, downloaded with my session", async () => {
    const fake = installFakeBff({
      "POST /api/v1/auth/dev": () => jsonResponse(grant),
      "GET /api/v1/me/service-requests/DV-2M4N-6P8Q": () => jsonResponse(translated),
      "GET /api/v1/uploads/1c4d2f0e-3c2a-4f5b-9e6d-1a2b3c4d5e61": () => new Response("%PDF-1.4\n%%EOF\n", { headers: { "Content-Type": "application/pdf" } }),
    });
    const createObjectURL = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:ban-dich");
    // The browser's download, without happy-dom navigating the page to the blob.
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(`${this.download} ${this.href}`);
    });
    const { user } = await open("DV-2M4N-6P8Q");
    const result = within(screen.getByRole("heading", { name: "Kết quả" }).closest("section")!);
    expect(result.getByText("Nhận bản giấy có dấu công chứng tại quầy số 3.")).toBeTruthy();
    await user.click(result.getByRole("button", { name: /Tải về ban-dich\.pdf/ }));
    await waitFor(() => expect(saved).toEqual(["ban-dich.pdf blob:ban-dich"]));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const [download] = fake.requestsTo("/api/v1/uploads/1c4d2f0e-3c2a-4f5b-9e6d-1a2b3c4d5e61");
    expect(download!.headers.get("authorization")).toBe("Bearer t0ken");
  });

  it("reports another citizen's code as not found", async () => {
    installFakeBff({ "POST /api/v1/auth/dev": () => jsonResponse(grant) });
    renderApp("/services/DV-0000-0000");
    expect((await screen.findByRole("alert", {}, { timeout: 5000 })).textContent).toContain("Không tìm thấy");
  });
});
