import type { TrackResult } from "@motcua/contracts";
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { installFakeBff } from "../../test/fake-bff.ts";
import { renderApp } from "../../test/render-app.tsx";

const found: TrackResult = {
  reference: "HS-7K2M-9QXA",
  officialCode: "000.01.51.H19-260302-0007",
  status: "IN_PROGRESS",
  statusCode: 4,
  statusLabel: "Đang xử lý",
  statusLabelEn: "In progress",
  procedureName: "Đăng ký khai sinh",
  agencyName: "Ủy ban nhân dân phường Trấn Biên",
  submittedAt: "2026-03-02T01:00:00Z",
  receivedAt: "2026-03-02T08:00:00Z",
  dueAt: "2026-03-05T10:00:00Z",
  resultReady: false,
};

const problem = (status: number, code: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: "about:blank", title: code, status, code, requestId: "r1" }), {
    status,
    headers: { "Content-Type": "application/problem+json", ...headers },
  });

/** The BFF at the network boundary: answers /api/v1/track from a queue of responses, records queries. */
function fakeTrack(...answers: Array<() => Response | Promise<Response>>) {
  const queries: Array<{ code: string | null; secret: string | null }> = [];
  installFakeBff({
    "GET /api/v1/track": ({ url }) => {
      queries.push({ code: url.searchParams.get("code"), secret: url.searchParams.get("secret") });
      const next = answers.shift();
      if (!next) throw new Error("unexpected lookup");
      return next();
    },
  });
  return queries;
}

/** The form's own button: the bottom navigation has a "Tra cứu" tab too. */
const lookUpButton = async () => within(await screen.findByRole("region", { name: "Hoặc nhập mã" })).getByRole("button", { name: "Tra cứu" });

const openLookup = (search = "") => renderApp(`/lookup${search}`).user;

describe("LookupPage", () => {
  beforeEach(() => vi.useRealTimers());
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.pushState({}, "", "/");
  });

  it("says which code is missing instead of sending an empty lookup", async () => {
    const queries = fakeTrack();
    const user = openLookup();
    await user.click(await lookUpButton());
    expect(screen.getByText("Nhập mã hồ sơ in trên giấy tiếp nhận (ít nhất 4 ký tự).")).toBeTruthy();
    expect(screen.getByText("Nhập mã tra cứu in trên giấy tiếp nhận (4 đến 20 ký tự).")).toBeTruthy();
    expect(screen.getByLabelText("Mã hồ sơ").getAttribute("aria-invalid")).toBe("true");
    await user.type(screen.getByLabelText("Mã hồ sơ"), "HS-7K2M-9QXA");
    await user.click(await lookUpButton());
    expect(screen.queryByText("Nhập mã hồ sơ in trên giấy tiếp nhận (ít nhất 4 ký tự).")).toBeNull();
    expect(screen.getByText("Nhập mã tra cứu in trên giấy tiếp nhận (4 đến 20 ký tự).")).toBeTruthy();
    expect(queries).toEqual([]);
  });

  it("explains a wrong code or secret without blaming the network", async () => {
    const queries = fakeTrack(() => problem(404, "NOT_FOUND"));
    const user = openLookup();
    await user.type(await screen.findByLabelText("Mã hồ sơ"), " HS-7K2M-9QXA ");
    await user.type(screen.getByLabelText("Mã tra cứu"), "K7P9QO");
    await user.click(await lookUpButton());
    expect((await screen.findByRole("alert")).textContent).toContain("Không tìm thấy hồ sơ với mã và mã tra cứu này.");
    expect(queries).toEqual([{ code: "HS-7K2M-9QXA", secret: "K7P9QO" }]);
    expect((screen.getByLabelText("Mã tra cứu") as HTMLInputElement).value).toBe("K7P9QO");
  });

  it("tells the citizen to wait when the lookup is rate limited, and tries again on request", async () => {
    fakeTrack(
      () => problem(429, "RATE_LIMITED", { "Retry-After": "42" }),
      () => Response.json(found),
    );
    const user = openLookup();
    await user.type(await screen.findByLabelText("Mã hồ sơ"), "HS-7K2M-9QXA");
    await user.type(screen.getByLabelText("Mã tra cứu"), "K7P9QX");
    await user.click(await lookUpButton());
    expect(await screen.findByText("Bạn thao tác quá nhanh")).toBeTruthy();
    expect(screen.getByText("Vui lòng chờ 42 giây rồi thử lại.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByText("Đăng ký khai sinh")).toBeTruthy();
  });

  it("offers Thử lại when the network is down", async () => {
    fakeTrack(
      () => Promise.reject(new TypeError("Failed to fetch")),
      () => Response.json(found),
    );
    const user = openLookup();
    await user.type(await screen.findByLabelText("Mã hồ sơ"), "HS-7K2M-9QXA");
    await user.type(screen.getByLabelText("Mã tra cứu"), "K7P9QX");
    await user.click(await lookUpButton());
    expect(await screen.findByText("Không có kết nối mạng")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByText("Đăng ký khai sinh")).toBeTruthy();
  });

  it("looks up at once when opened from the receipt's QR link, and shows status, steps and the due date", async () => {
    const queries = fakeTrack(() => Response.json(found));
    openLookup("?code=000.01.51.H19-260302-0007&secret=K7P9QX");
    expect(await screen.findByText("Đăng ký khai sinh")).toBeTruthy();
    expect(queries).toEqual([{ code: "000.01.51.H19-260302-0007", secret: "K7P9QX" }]);
    expect(screen.getByText("Đang xử lý")).toBeTruthy();
    expect(screen.getByText("Hiện tại: Đang xử lý")).toBeTruthy();
    expect(screen.getByText("Ngày hẹn trả kết quả").nextElementSibling!.textContent).toBe("05/03/2026");
    expect(screen.getByText("Dự kiến 05/03/2026")).toBeTruthy();
    expect((screen.getByLabelText("Mã tra cứu") as HTMLInputElement).value).toBe("K7P9QX");
  });

  it("fills the code from a link without a secret and waits for the citizen to type it", async () => {
    const queries = fakeTrack();
    openLookup("?code=HS-7K2M-9QXA");
    expect(((await screen.findByLabelText("Mã hồ sơ")) as HTMLInputElement).value).toBe("HS-7K2M-9QXA");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Mã tra cứu")));
    expect(queries).toEqual([]);
  });
});
