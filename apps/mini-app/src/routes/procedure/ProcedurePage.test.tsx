import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { agencies, criminalRecord, inPersonOnly } from "../../components/catalog/fixtures.ts";
import { installFakeBff, jsonResponse, problemResponse } from "../../test/fake-bff.ts";
import { renderApp } from "../../test/render-app.tsx";

afterEach(() => {
  vi.unstubAllGlobals();
});

const fakeCatalog = () =>
  installFakeBff({
    "GET /api/v1/agencies": () => jsonResponse(agencies),
    [`GET /api/v1/procedures/${criminalRecord.code}`]: () => jsonResponse(criminalRecord),
    [`GET /api/v1/procedures/${inPersonOnly.code}`]: () => jsonResponse(inPersonOnly),
    "GET /api/v1/procedures/9.999999": () => problemResponse(404, "NOT_FOUND", "Không tìm thấy", "Không có thủ tục mã 9.999999"),
  });

const section = (name: string) => screen.getByRole("region", { name });

describe("procedure detail", () => {
  it("lists documents, time and fees, where to go, and offers online filing", async () => {
    fakeCatalog();
    renderApp("/procedures/2.000488");

    expect(await screen.findByRole("heading", { level: 1, name: criminalRecord.name })).toBeTruthy();
    expect(screen.getByText("Trực tuyến toàn trình")).toBeTruthy();

    const documents = section("Giấy tờ cần chuẩn bị");
    const form = within(documents).getByText("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp").closest("li")!;
    expect(within(form).getByText("Bắt buộc")).toBeTruthy();
    expect(within(form).getByText("1 bản chính")).toBeTruthy();
    expect(within(form).getByText("Nộp trực tuyến: tải lên tệp PDF (tối đa 1 tệp).")).toBeTruthy();
    const waiver = within(documents).getByText("Giấy tờ chứng minh thuộc đối tượng được miễn, giảm phí").closest("li")!;
    expect(within(waiver).getByText("Khi cần")).toBeTruthy();
    expect(within(waiver).getByText("Khi đề nghị miễn hoặc giảm phí")).toBeTruthy();
    expect(within(waiver).getByText("Nộp trực tuyến: tải lên tệp PDF, JPG, PNG (tối đa 1 tệp).")).toBeTruthy();
    const identity = within(documents).getByText(/Thẻ căn cước \/ hộ chiếu/).closest("li")!;
    expect(within(identity).getByText(/Chỉ mang bản chính để xuất trình/)).toBeTruthy();

    const timeAndFees = section("Thời gian và lệ phí");
    expect(within(timeAndFees).getByText("Như nhau cho mọi hình thức nộp")).toBeTruthy();
    expect(within(timeAndFees).getByText("10 ngày (tính cả ngày nghỉ)")).toBeTruthy();
    expect(within(timeAndFees).getByText("200.000 đồng")).toBeTruthy();

    const where = section("Nơi tiếp nhận và trả kết quả");
    expect(within(where).getByText("Công an tỉnh Đồng Nai")).toBeTruthy();
    expect(await within(where).findByText("Địa chỉ: Số 161 Phạm Văn Thuận, phường Tam Hiệp, Đồng Nai")).toBeTruthy();

    expect(within(section("Các bước thực hiện")).getAllByRole("listitem")).toHaveLength(criminalRecord.steps.length);
    expect(screen.getByText("Luật Lý lịch tư pháp")).toBeTruthy();

    const fileOnline = screen.getByRole("link", { name: "Nộp trực tuyến" });
    expect(fileOnline.getAttribute("href")).toBe("/file/2.000488");
  });

  it("says where to file in person when the procedure is not online", async () => {
    fakeCatalog();
    renderApp("/procedures/1.003583");

    expect(await screen.findByText("Thủ tục này chưa nhận hồ sơ trực tuyến")).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Nộp trực tuyến" })).toBeNull();
    expect(within(section("Nơi tiếp nhận và trả kết quả")).getByText("Ủy ban nhân dân cấp xã nơi nộp hồ sơ")).toBeTruthy();
    expect(within(section("Thời gian và lệ phí")).getByText("5 ngày làm việc")).toBeTruthy();
    // Nothing is uploaded for an in-person procedure, so no file types are offered.
    expect(screen.queryByText(/Nộp trực tuyến: tải lên/)).toBeNull();
  });

  it("explains an unknown code and offers search instead of a pointless retry", async () => {
    fakeCatalog();
    renderApp("/procedures/9.999999");

    expect(await screen.findByText("Không có thủ tục mã 9.999999")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Thử lại" })).toBeNull();
    expect(screen.getByRole("link", { name: "Tìm thủ tục khác" }).getAttribute("href")).toBe("/search");
  });

  it("labels in English while the catalog text stays Vietnamese", async () => {
    fakeCatalog();
    renderApp("/procedures/2.000488", { language: "en", textScale: 1 });

    expect(await screen.findByRole("region", { name: "Documents to prepare" })).toBeTruthy();
    expect(screen.getByText("Procedure details are published in Vietnamese.")).toBeTruthy();
    expect(screen.getByText("VND 200,000")).toBeTruthy();
    expect(screen.getByRole("link", { name: "File online" })).toBeTruthy();
  });
});
