import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { installFakeBff, jsonResponse, renderApp } from "../../components/catalog/test-support.tsx";
import { answered, grant, mine, publishedPage, waiting } from "./feedback.fixtures.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("my feedback", () => {
  it("lists what I sent with its status, the due date or the answer date, and leads to sending more", async () => {
    installFakeBff({ "POST /api/v1/auth/dev": () => jsonResponse(grant), "GET /api/v1/me/feedback": () => jsonResponse(mine) });
    renderApp("/feedback");
    expect((await screen.findByRole("link", { name: "Gửi phản ánh, kiến nghị" })).getAttribute("href")).toBe("/feedback/new");
    expect(screen.getByRole("link", { name: "Xem câu trả lời đã công khai" }).getAttribute("href")).toBe("/feedback/published");
    const list = within((await screen.findByRole("heading", { name: "Góp ý của tôi" })).closest("section")!);
    const [first, second] = await list.findAllByRole("link");
    expect(first!.getAttribute("href")).toBe("/feedback/PA-2M4N-6P8Q");
    expect(first!.textContent).toContain("Đã tiếp nhận");
    expect(first!.textContent).toContain("Hạn trả lời: 11/03/2026");
    expect(second!.textContent).toContain("Đã trả lời");
    expect(second!.textContent).toContain("Đã trả lời ngày 06/03/2026");
    expect(second!.textContent).toContain("Thái độ, hành vi của cán bộ");
    expect(second!.textContent).toContain("Trả lời: Giấy tờ đó không bắt buộc");
  });

  it("says so kindly when there is nothing yet", async () => {
    installFakeBff({ "POST /api/v1/auth/dev": () => jsonResponse(grant), "GET /api/v1/me/feedback": () => jsonResponse({ items: [] }) });
    renderApp("/feedback");
    expect(await screen.findByText("Bạn chưa gửi góp ý nào. Ý kiến của bạn giúp cơ quan phục vụ tốt hơn.")).toBeTruthy();
  });

  it("shows one feedback with the agency's answer first", async () => {
    installFakeBff({ "POST /api/v1/auth/dev": () => jsonResponse(grant), "GET /api/v1/me/feedback/PA-7K3P-9QX2": () => jsonResponse(answered) });
    renderApp("/feedback/PA-7K3P-9QX2");
    const answer = within((await screen.findByRole("heading", { name: "Trả lời của Ủy ban nhân dân phường Trấn Biên" })).closest("section")!);
    expect(answer.getByText("Giấy tờ đó không bắt buộc; đơn vị đã nhắc nhở cán bộ và xin lỗi ông.")).toBeTruthy();
    expect(answer.getByText("Ngày 06/03/2026")).toBeTruthy();
    expect(screen.getByText("PA-7K3P-9QX2")).toBeTruthy();
    expect(screen.getByText("1 ảnh kèm theo")).toBeTruthy();
  });

  it("tells when the answer is due while waiting, and reports another citizen's code as not found", async () => {
    installFakeBff({
      "POST /api/v1/auth/dev": () => jsonResponse(grant),
      "GET /api/v1/me/feedback/PA-2M4N-6P8Q": () => jsonResponse(waiting),
    });
    const first = renderApp("/feedback/PA-2M4N-6P8Q");
    expect(await screen.findByText("Chưa có trả lời. Cơ quan sẽ trả lời trước 11/03/2026.")).toBeTruthy();
    first.unmount();
    renderApp("/feedback/PA-0000-0000");
    expect((await screen.findByRole("alert")).textContent).toContain("Không tìm thấy");
  });
});

describe("published answers", () => {
  it("lists questions and answers without signing in, a page at a time, filtered by topic", async () => {
    const fake = installFakeBff({
      "GET /api/v1/feedback/published": (request) => jsonResponse(publishedPage(Number(request.url.searchParams.get("page")), request.url.searchParams.get("category") ? 0 : 12)),
    });
    const { user } = renderApp("/feedback/published");
    expect(await screen.findByText("Câu hỏi số 1: thủ tục có cần giấy xác nhận cư trú không?")).toBeTruthy();
    expect(screen.getAllByText("Không; chỉ cần tờ khai và CCCD.")).toHaveLength(10);
    await user.click(screen.getByRole("button", { name: "Xem thêm" }));
    expect(await screen.findByText("Câu hỏi số 12: thủ tục có cần giấy xác nhận cư trú không?")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Xem thêm" })).toBeNull();

    await user.selectOptions(screen.getByLabelText("Lọc theo nội dung"), "FACILITIES");
    expect(await screen.findByText("Chưa có câu trả lời nào được công khai ở mục này.")).toBeTruthy();
    expect(fake.requests.every((r) => !r.headers.get("authorization"))).toBe(true);
    expect(fake.requestsTo("/api/v1/feedback/published").at(-1)!.url.searchParams.get("category")).toBe("FACILITIES");
  });
});
