import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { installFakeBff, jsonResponse, problemResponse } from "../../test/fake-bff.ts";
import { renderApp } from "../../test/render-app.tsx";
import { preferredDays } from "./preferred-days.ts";
import { consultingCreated, grant, translationCreated } from "./services.fixtures.ts";

const QUESTION = "Tôi muốn thành lập công ty TNHH hai thành viên kinh doanh cà phê; cần chuẩn bị hồ sơ gì?";

/** XMLHttpRequest at the network boundary for UploadField: every file is stored at once, as a PDF. */
class StoringXhr {
  static sent: string[] = [];
  upload = { onprogress: null as ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  status = 0;
  responseText = "";
  open() {}
  setRequestHeader() {}
  getResponseHeader(name: string) {
    return name.toLowerCase() === "content-type" ? "application/json" : null;
  }
  abort() {
    this.onabort?.();
  }
  send(body: FormData) {
    const file = body.get("file") as File;
    StoringXhr.sent.push(file.name);
    const id = `0b3c1f0e-3c2a-4f5b-9e6d-1a2b3c4d5e${String(60 + StoringXhr.sent.length)}`;
    queueMicrotask(() => {
      this.status = 201;
      this.responseText = JSON.stringify({ id, kind: "pdf", contentType: "application/pdf", size: file.size, sha256: "a".repeat(64), displayName: file.name, expiresAt: "2999-01-01T00:00:00.000Z" });
      this.onload?.();
    });
  }
}

const pdf = (name: string) => new File([new TextEncoder().encode(`%PDF-1.4\n% ${name}\n%%EOF\n`)], name, { type: "application/pdf" });

beforeEach(() => {
  StoringXhr.sent = [];
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("asking for business consulting", () => {
  const bff = (send: () => Response = () => jsonResponse(consultingCreated, 201)) =>
    installFakeBff({ "POST /api/v1/auth/dev": () => jsonResponse(grant), "POST /api/v1/service-requests/consulting": send });

  async function openForm() {
    const view = renderApp("/services/consulting");
    await screen.findByRole("group", { name: "Lĩnh vực cần tư vấn" }, { timeout: 5000 });
    return view;
  }

  it("sends a topic, the question, a preferred half-day and a contact, and shows the tracking code", async () => {
    const fake = bff();
    const { user } = await openForm();
    await user.click(screen.getByRole("radio", { name: "Thành lập doanh nghiệp" }));
    await user.type(screen.getByLabelText("Nội dung cần tư vấn"), QUESTION);
    const [firstDay] = preferredDays();
    await user.selectOptions(screen.getByLabelText("Ngày bạn muốn được tư vấn"), firstDay!);
    await user.click(screen.getByRole("radio", { name: "Buổi chiều" }));
    const contact = within(screen.getByRole("group", { name: "Người liên hệ" }));
    await user.clear(contact.getByLabelText("Họ và tên"));
    await user.type(contact.getByLabelText("Họ và tên"), "Nguyễn Thị Mai");
    await user.type(contact.getByLabelText("Số điện thoại"), "0912 345 678");
    await user.click(screen.getByRole("button", { name: "Gửi yêu cầu" }));

    const receipt = within((await screen.findByRole("heading", { name: "Đã gửi yêu cầu" })).closest("section")!);
    expect(receipt.getByText("DV-7K3P-9QX2")).toBeTruthy();
    expect(receipt.getByRole("link", { name: "Xem yêu cầu" }).getAttribute("href")).toBe("/services/DV-7K3P-9QX2");
    const [sent] = fake.requestsTo("/api/v1/service-requests/consulting");
    expect(sent!.body).toEqual({
      topic: "ENTERPRISE_FORMATION",
      question: QUESTION,
      preferredDate: firstDay,
      preferredPeriod: "AFTERNOON",
      contact: { name: "Nguyễn Thị Mai", phone: "0912 345 678" },
    });
    expect(sent!.headers.get("idempotency-key")).toMatch(/^[0-9a-f]{32}$/);
  });

  it("offers only working days, and checks the form before sending", async () => {
    const fake = bff();
    const { user } = await openForm();
    const days = within(screen.getByLabelText("Ngày bạn muốn được tư vấn")).getAllByRole("option").slice(1);
    expect(days).toHaveLength(14);
    expect(days.every((o) => !/^(Thứ Bảy|Chủ nhật)/.test(o.textContent ?? ""))).toBe(true);

    await user.click(screen.getByRole("radio", { name: "Lĩnh vực khác" }));
    await user.type(screen.getByLabelText("Nội dung cần tư vấn"), "Hỏi ngắn");
    await user.click(screen.getByRole("button", { name: "Gửi yêu cầu" }));
    expect(await screen.findByText("Hãy ghi rõ lĩnh vực cần tư vấn")).toBeTruthy();
    expect(screen.getByText("Hãy viết ít nhất 20 ký tự để chuyên viên hiểu rõ câu hỏi")).toBeTruthy();
    expect(screen.getByText("Hãy chọn ngày")).toBeTruthy();
    expect(screen.getByText("Hãy chọn buổi")).toBeTruthy();
    expect(screen.getByText("Số điện thoại Việt Nam không hợp lệ")).toBeTruthy();
    expect(screen.getByText("Vui lòng kiểm tra lại các mục được đánh dấu.")).toBeTruthy();
    expect(fake.requestsTo("/api/v1/service-requests/consulting")).toHaveLength(0);
  });

  it("shows the server's word on a day it refuses, and keeps what was typed", async () => {
    bff(() =>
      new Response(
        JSON.stringify({
          type: "about:blank",
          title: "Dữ liệu không hợp lệ",
          status: 422,
          code: "VALIDATION_FAILED",
          errors: [{ field: "preferredDate", code: "DAY_NOT_AVAILABLE", message: "Hãy chọn một ngày làm việc trong 14 ngày làm việc tới, từ ngày mai" }],
        }),
        { status: 422, headers: { "Content-Type": "application/problem+json" } },
      ),
    );
    const { user } = await openForm();
    await user.click(screen.getByRole("radio", { name: "Thuế, phí, lệ phí" }));
    await user.type(screen.getByLabelText("Nội dung cần tư vấn"), QUESTION);
    await user.selectOptions(screen.getByLabelText("Ngày bạn muốn được tư vấn"), preferredDays()[0]!);
    await user.click(screen.getByRole("radio", { name: "Buổi sáng" }));
    await user.type(screen.getByLabelText("Số điện thoại"), "0912345678");
    await user.click(screen.getByRole("button", { name: "Gửi yêu cầu" }));
    expect(await screen.findByText("Hãy chọn một ngày làm việc trong 14 ngày làm việc tới, từ ngày mai")).toBeTruthy();
    expect((screen.getByLabelText("Nội dung cần tư vấn") as HTMLTextAreaElement).value).toBe(QUESTION);
  });
});

describe("asking for a translation", () => {
  const bff = (send: () => Response = () => jsonResponse(translationCreated, 201)) =>
    installFakeBff({ "POST /api/v1/auth/dev": () => jsonResponse(grant), "POST /api/v1/service-requests/translation": send });

  async function openForm() {
    vi.stubGlobal("XMLHttpRequest", StoringXhr);
    const view = renderApp("/services/translation");
    // The first visit loads the form's chunk (and the upload field's) before it shows.
    await screen.findByLabelText("Dịch từ", {}, { timeout: 5000 });
    return view;
  }

  it("uploads the documents first, then sends them with the pair, the pages and notarisation", async () => {
    const fake = bff();
    const { user } = await openForm();
    await user.selectOptions(screen.getByLabelText("Dịch từ"), "ko");
    await user.selectOptions(screen.getByLabelText("Sang"), "vi");
    await user.upload(screen.getByLabelText(/Chọn ảnh hoặc tệp PDF: Giấy tờ cần dịch/), [pdf("ho-chieu.pdf"), pdf("giay-phep.pdf")]);
    await waitFor(() => expect(StoringXhr.sent).toEqual(["ho-chieu.pdf", "giay-phep.pdf"]));
    const pages = screen.getByLabelText("Số trang cần dịch");
    await user.clear(pages);
    await user.type(pages, "5");
    await user.click(screen.getByRole("checkbox", { name: "Cần công chứng bản dịch" }));
    await user.clear(screen.getByLabelText("Họ và tên"));
    await user.type(screen.getByLabelText("Họ và tên"), "Kim Min-ji");
    await user.type(screen.getByLabelText("Số điện thoại"), "0987654321");
    await user.type(screen.getByLabelText("Thư điện tử (không bắt buộc)"), "minji@example.kr");
    await waitFor(() => expect(screen.queryAllByText(/Đang tải lên/)).toHaveLength(0));
    await user.click(screen.getByRole("button", { name: "Gửi yêu cầu" }));

    const receipt = within((await screen.findByRole("heading", { name: "Đã gửi yêu cầu" })).closest("section")!);
    expect(receipt.getByText("DV-2M4N-6P8Q")).toBeTruthy();
    expect(receipt.getByText("Trung tâm sẽ báo giá trong ứng dụng; bạn đồng ý thì việc dịch mới bắt đầu.")).toBeTruthy();
    const [sent] = fake.requestsTo("/api/v1/service-requests/translation");
    expect(sent!.body).toEqual({
      sourceLanguage: "ko",
      targetLanguage: "vi",
      documentIds: ["0b3c1f0e-3c2a-4f5b-9e6d-1a2b3c4d5e61", "0b3c1f0e-3c2a-4f5b-9e6d-1a2b3c4d5e62"],
      pages: 5,
      notarised: true,
      contact: { name: "Kim Min-ji", phone: "0987654321", email: "minji@example.kr" },
    });
  });

  it("asks for documents and a pair with Vietnamese before sending anything", async () => {
    const fake = bff();
    const { user } = await openForm();
    await user.selectOptions(screen.getByLabelText("Dịch từ"), "en");
    await user.selectOptions(screen.getByLabelText("Sang"), "fr");
    await user.click(screen.getByRole("button", { name: "Gửi yêu cầu" }));
    expect(await screen.findByText("Một trong hai ngôn ngữ phải là tiếng Việt, và hai ngôn ngữ phải khác nhau")).toBeTruthy();
    expect(screen.getByText("Hãy tải lên giấy tờ cần dịch")).toBeTruthy();
    expect(fake.requestsTo("/api/v1/service-requests/translation")).toHaveLength(0);
  });

  it("offers a retry when the server is busy", async () => {
    bff(() => problemResponse(503, "SERVICE_UNAVAILABLE", "Hệ thống tạm thời gián đoạn"));
    const { user } = await openForm();
    await user.upload(screen.getByLabelText(/Chọn ảnh hoặc tệp PDF: Giấy tờ cần dịch/), pdf("bang-diem.pdf"));
    await user.type(screen.getByLabelText("Họ và tên"), "Trần Văn Bình");
    await user.type(screen.getByLabelText("Số điện thoại"), "0912345678");
    await waitFor(() => expect(StoringXhr.sent).toHaveLength(1));
    await waitFor(() => expect(screen.queryAllByText(/Đang tải lên/)).toHaveLength(0));
    await user.click(screen.getByRole("button", { name: "Gửi yêu cầu" }));
    expect(await screen.findByRole("button", { name: "Thử lại" })).toBeTruthy();
  });
});
