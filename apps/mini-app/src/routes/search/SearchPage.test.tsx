import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { agencies, browsePages, criminalRecord, criminalRecordSearch, emptyList, sectors } from "../../components/catalog/fixtures.ts";
import { installFakeBff, jsonResponse, problemResponse, type FakeRequest } from "../../test/fake-bff.ts";
import { renderApp } from "../../test/render-app.tsx";

afterEach(() => {
  vi.unstubAllGlobals();
});

const catalogRoutes = (search: (request: FakeRequest) => Response | Promise<Response>) => ({
  "GET /api/v1/agencies": () => jsonResponse(agencies),
  "GET /api/v1/sectors": () => jsonResponse(sectors),
  "GET /api/v1/procedures": search,
});

const answerByQuery = ({ url }: FakeRequest) => {
  if (url.searchParams.get("q") === "ly lich tu phap") return jsonResponse(criminalRecordSearch);
  if (url.searchParams.get("q")) return jsonResponse(emptyList);
  return jsonResponse(browsePages[Number(url.searchParams.get("page") ?? 1) - 1]);
};

describe("search screen", () => {
  it("searches once the citizen stops typing, keeps the query in the URL and lists the results", async () => {
    const bff = installFakeBff(catalogRoutes(answerByQuery));
    const { user } = renderApp("/search");

    const input = await screen.findByLabelText("Tìm thủ tục");
    await screen.findByText("Tìm thấy 145 thủ tục");
    await user.type(input, "ly lich tu phap");

    const row = await screen.findByRole("link", { name: /Cấp Phiếu lý lịch tư pháp/ });
    expect(within(row).getByText("Công an tỉnh Đồng Nai")).toBeTruthy();
    expect(within(row).getByText("Trực tuyến toàn trình")).toBeTruthy();
    expect(within(row).getByText("10 ngày (tính cả ngày nghỉ)")).toBeTruthy();
    expect(screen.getByText("Tìm thấy 1 thủ tục cho “ly lich tu phap”")).toBeTruthy();
    expect(row.getAttribute("href")).toBe("/procedures/2.000488");
    expect(new URLSearchParams(window.location.search).get("q")).toBe("ly lich tu phap");

    // Debounced: the letters typed in between never reached the server.
    const queries = bff.requestsTo("/api/v1/procedures").map((request) => request.url.searchParams.get("q"));
    expect(queries).toEqual([null, "ly lich tu phap"]);
  });

  it("keeps letters typed while the previous words are being written to the URL", async () => {
    installFakeBff(catalogRoutes(answerByQuery));
    const { user } = renderApp("/search");

    const input = (await screen.findByLabelText("Tìm thủ tục")) as HTMLInputElement;
    await user.type(input, "ly");
    await waitFor(() => expect(new URLSearchParams(window.location.search).get("q")).toBe("ly"));
    await user.type(input, " lich tu phap");

    expect(input.value).toBe("ly lich tu phap");
    await waitFor(() => expect(new URLSearchParams(window.location.search).get("q")).toBe("ly lich tu phap"));
  });

  it("comes back to the same search with Back", async () => {
    installFakeBff({
      ...catalogRoutes(answerByQuery),
      "GET /api/v1/procedures/2.000488": () => jsonResponse(criminalRecord),
    });
    const { user } = renderApp("/search?q=ly%20lich%20tu%20phap");

    await user.click(await screen.findByRole("link", { name: /Cấp Phiếu lý lịch tư pháp/ }));
    await screen.findByRole("heading", { level: 1, name: criminalRecord.name });
    window.history.back();

    await waitFor(() => expect((screen.getByLabelText("Tìm thủ tục") as HTMLInputElement).value).toBe("ly lich tu phap"));
    expect(await screen.findByText("Tìm thấy 1 thủ tục cho “ly lich tu phap”")).toBeTruthy();
  });

  it("helps when nothing matches: fewer words, spelling, filters, browse by agency and the hotline", async () => {
    installFakeBff(catalogRoutes(answerByQuery));
    const { user } = renderApp("/search?q=xin%20giay%20phep%20nuoi%20rong&agency=000.00.16.H19");

    expect(await screen.findByText("Không tìm thấy thủ tục nào cho “xin giay phep nuoi rong”")).toBeTruthy();
    expect(screen.getByText(/Dùng ít từ hơn/)).toBeTruthy();
    expect(screen.getByText(/Kiểm tra lại chính tả/)).toBeTruthy();
    const hotline = await screen.findByRole("link", { name: "(0251) 1022" });
    expect(hotline.getAttribute("href")).toBe("tel:02511022");

    await user.click(screen.getByRole("button", { name: "Chọn cơ quan" }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Cơ quan giải quyết")));

    await user.click(screen.getAllByRole("button", { name: "Bỏ tất cả bộ lọc" })[0]!);
    await waitFor(() => expect(new URLSearchParams(window.location.search).get("agency")).toBeNull());
    expect(new URLSearchParams(window.location.search).get("q")).toBe("xin giay phep nuoi rong");
  });

  it("shows what went wrong and tries again on request", async () => {
    let failing = true;
    const bff = installFakeBff(
      catalogRoutes((request) =>
        failing ? problemResponse(503, "UNAVAILABLE", "Service Unavailable") : answerByQuery(request),
      ),
    );
    const { user } = renderApp("/search?q=ly%20lich%20tu%20phap");

    expect(await screen.findByText("Hệ thống đang bận")).toBeTruthy();
    failing = false;
    await user.click(screen.getByRole("button", { name: "Thử lại" }));

    expect(await screen.findByRole("link", { name: /Cấp Phiếu lý lịch tư pháp/ })).toBeTruthy();
    expect(bff.requestsTo("/api/v1/procedures")).toHaveLength(2);
  });

  it("says the phone is offline when the request cannot leave it", async () => {
    installFakeBff(catalogRoutes(() => Promise.reject(new TypeError("Failed to fetch"))));
    renderApp("/search?q=khai%20sinh");

    expect(await screen.findByText("Không có kết nối mạng")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Thử lại" })).toBeTruthy();
  });

  it("pages with “show more” and filters by online filing", async () => {
    const bff = installFakeBff(catalogRoutes(answerByQuery));
    const { user } = renderApp("/search");

    await user.click(await screen.findByRole("button", { name: "Xem thêm (còn 125)" }));
    await screen.findByRole("button", { name: "Xem thêm (còn 105)" });
    expect(screen.getAllByRole("listitem").filter((item) => item.classList.contains("procedure-row"))).toHaveLength(40);

    await user.click(screen.getByRole("button", { name: "Bộ lọc" }));
    await user.selectOptions(screen.getByLabelText("Hình thức nộp"), "Trực tuyến toàn trình");
    await waitFor(() => expect(bff.requestsTo("/api/v1/procedures").at(-1)?.url.searchParams.get("online")).toBe("FULL"));
    expect(new URLSearchParams(window.location.search).get("online")).toBe("FULL");
    expect(screen.getByRole("button", { name: "Bỏ lọc Hình thức nộp: Trực tuyến toàn trình" })).toBeTruthy();
  });
});
