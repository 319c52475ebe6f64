import { act, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { agencies } from "../../components/catalog/fixtures.ts";
import { installFakeBff, jsonResponse, problemResponse, renderApp } from "../../components/catalog/test-support.tsx";
import { created, grant } from "./feedback.fixtures.ts";

const TEXT = "Cán bộ tiếp nhận hồ sơ sáng nay không hướng dẫn, yêu cầu tôi nộp thêm giấy tờ không có trong quy định.";

function bff(send: () => Response | Promise<Response> = () => jsonResponse(created, 201)) {
  return installFakeBff({
    "POST /api/v1/auth/dev": () => jsonResponse(grant),
    "GET /api/v1/agencies": () => jsonResponse(agencies),
    "POST /api/v1/feedback": send,
  });
}

async function openForm() {
  const view = renderApp("/feedback/new");
  await screen.findByRole("group", { name: "Bạn muốn góp ý về" });
  return view;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("sending feedback", () => {
  it("sends a complaint about an agency with a phone to call back, and shows the tracking code", async () => {
    const fake = bff();
    const { user } = await openForm();

    await user.click(screen.getByRole("radio", { name: "Thái độ, hành vi của cán bộ" }));
    expect(screen.queryByRole("checkbox", { name: /Gửi ẩn danh/ })).toBeNull();
    await screen.findByRole("option", { name: "Ủy ban nhân dân phường Trấn Biên" });
    await user.selectOptions(screen.getByLabelText("Cơ quan liên quan (không bắt buộc)"), "000.01.51.H19");
    await user.type(screen.getByLabelText("Nội dung phản ánh, kiến nghị"), TEXT);
    expect(screen.getByText(`Đã viết ${TEXT.length}/2000 ký tự`)).toBeTruthy();
    await user.type(screen.getByLabelText("Số điện thoại để cơ quan liên hệ lại (không bắt buộc)"), "0912 345 678");
    await user.click(screen.getByRole("checkbox", { name: /Đồng ý công khai/ }));
    expect(screen.getByRole("group", { name: /Ảnh chụp kèm theo/ })).toBeTruthy();
    expect(screen.getByText("Chụp ảnh")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Gửi phản ánh" }));

    const receipt = within((await screen.findByRole("heading", { name: "Đã gửi phản ánh" })).closest("section")!);
    expect(receipt.getByText("PA-7K3P-9QX2")).toBeTruthy();
    expect(receipt.getByText("11/03/2026")).toBeTruthy();
    expect(receipt.getByRole("link", { name: "Xem góp ý của tôi" }).getAttribute("href")).toBe("/feedback");
    expect(receipt.getByRole("link", { name: "Về trang chủ" }).getAttribute("href")).toBe("/");
    const [sent] = fake.requestsTo("/api/v1/feedback");
    expect(sent!.body).toEqual({
      category: "STAFF_CONDUCT",
      text: TEXT,
      photoIds: [],
      anonymous: false,
      publishConsent: true,
      agencyCode: "000.01.51.H19",
      contactPhone: "0912 345 678",
    });
    expect(sent!.headers.get("idempotency-key")).toMatch(/^[0-9a-f]{32}$/);
    expect(sent!.headers.get("authorization")).toBe("Bearer t0ken");
  });

  it("offers anonymity only for a reform proposal, and then asks for no phone", async () => {
    const fake = bff();
    const { user } = await openForm();
    await user.click(screen.getByRole("radio", { name: "Kiến nghị, đề xuất cải cách" }));
    await user.click(screen.getByRole("checkbox", { name: "Gửi ẩn danh (cơ quan không biết bạn là ai)" }));
    expect(screen.queryByLabelText("Số điện thoại để cơ quan liên hệ lại (không bắt buộc)")).toBeNull();
    await user.type(screen.getByLabelText("Nội dung phản ánh, kiến nghị"), "Đề nghị bố trí thêm ghế chờ và máy lấy số thứ tự ở bộ phận một cửa.");
    await user.click(screen.getByRole("button", { name: "Gửi phản ánh" }));
    await screen.findByRole("heading", { name: "Đã gửi phản ánh" });
    expect(fake.requestsTo("/api/v1/feedback")[0]!.body).toMatchObject({ category: "REFORM_PROPOSAL", anonymous: true });
  });

  it("checks the form before sending: a category, and enough words", async () => {
    const fake = bff();
    const { user } = await openForm();
    await user.type(screen.getByLabelText("Nội dung phản ánh, kiến nghị"), "Quá chậm");
    await user.click(screen.getByRole("button", { name: "Gửi phản ánh" }));
    expect(await screen.findByText("Hãy chọn nội dung bạn muốn góp ý")).toBeTruthy();
    expect(screen.getByText("Hãy viết ít nhất 20 ký tự để cơ quan hiểu rõ sự việc")).toBeTruthy();
    expect(screen.getByText("Vui lòng kiểm tra lại các mục được đánh dấu.")).toBeTruthy();
    expect(fake.requestsTo("/api/v1/feedback")).toHaveLength(0);
  });

  it("keeps everything typed through a refusal and a lost connection, and retries with the same key", async () => {
    let attempt = 0;
    const fake = bff(() => {
      attempt += 1;
      if (attempt === 1) {
        return new Response(
          JSON.stringify({ type: "about:blank", title: "Dữ liệu không hợp lệ", status: 422, code: "VALIDATION_FAILED", errors: [{ field: "contactPhone", code: "custom" }] }),
          { status: 422, headers: { "Content-Type": "application/problem+json" } },
        );
      }
      if (attempt === 2) throw new TypeError("Failed to fetch");
      return jsonResponse(created, 201);
    });
    const { user } = await openForm();
    await user.click(screen.getByRole("radio", { name: "Cơ sở vật chất, trang thiết bị" }));
    await user.type(screen.getByLabelText("Nội dung phản ánh, kiến nghị"), TEXT);
    const phone = screen.getByLabelText("Số điện thoại để cơ quan liên hệ lại (không bắt buộc)");
    await user.type(phone, "0912345678");
    await user.click(screen.getByRole("button", { name: "Gửi phản ánh" }));
    expect(await screen.findByText("Số điện thoại Việt Nam không hợp lệ")).toBeTruthy();
    expect((screen.getByLabelText("Nội dung phản ánh, kiến nghị") as HTMLTextAreaElement).value).toBe(TEXT);

    await user.click(screen.getByRole("button", { name: "Gửi phản ánh" }));
    expect(await screen.findByText("Không có kết nối mạng")).toBeTruthy();
    expect((screen.getByLabelText("Nội dung phản ánh, kiến nghị") as HTMLTextAreaElement).value).toBe(TEXT);
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    await screen.findByRole("heading", { name: "Đã gửi phản ánh" });
    const keys = fake.requestsTo("/api/v1/feedback").map((r) => r.headers.get("idempotency-key"));
    expect(new Set(keys).size).toBe(1);
  });

  it("remembers an unsent draft on the phone and forgets it once sent", async () => {
    bff();
    const first = await openForm();
    await first.user.click(screen.getByRole("radio", { name: "Thủ tục, quy định hành chính" }));
    await first.user.type(screen.getByLabelText("Nội dung phản ánh, kiến nghị"), TEXT);
    first.unmount();

    const second = await openForm();
    expect((screen.getByLabelText("Nội dung phản ánh, kiến nghị") as HTMLTextAreaElement).value).toBe(TEXT);
    expect((screen.getByRole("radio", { name: "Thủ tục, quy định hành chính" }) as HTMLInputElement).checked).toBe(true);
    await second.user.click(screen.getByRole("button", { name: "Gửi phản ánh" }));
    await screen.findByRole("heading", { name: "Đã gửi phản ánh" });
    second.unmount();

    await openForm();
    await act(async () => {});
    expect((screen.getByLabelText("Nội dung phản ánh, kiến nghị") as HTMLTextAreaElement).value).toBe("");
  });

  it("says what the server says when it is busy", async () => {
    bff(() => problemResponse(503, "SERVICE_UNAVAILABLE", "Hệ thống tạm thời gián đoạn"));
    const { user } = await openForm();
    await user.click(screen.getByRole("radio", { name: "Thủ tục, quy định hành chính" }));
    await user.type(screen.getByLabelText("Nội dung phản ánh, kiến nghị"), TEXT);
    await user.click(screen.getByRole("button", { name: "Gửi phản ánh" }));
    expect(await screen.findByRole("button", { name: "Thử lại" })).toBeTruthy();
    expect((screen.getByLabelText("Nội dung phản ánh, kiến nghị") as HTMLTextAreaElement).value).toBe(TEXT);
  });
});
