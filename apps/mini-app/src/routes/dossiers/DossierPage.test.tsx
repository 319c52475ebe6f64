import type { DossierDetail } from "@motcua/contracts";
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { citizenGrant, installFakeBff, jsonResponse } from "../../test/fake-bff.ts";
import { renderApp } from "../../test/render-app.tsx";

const id = "00000000-0000-4000-8000-000000000007";

const inProgress: DossierDetail = {
  id,
  reference: "HS-7K2M-9QXA",
  officialCode: "000.01.51.H19-260302-0007",
  status: "IN_PROGRESS",
  statusCode: 4,
  statusLabel: "Đang xử lý",
  statusLabelEn: "In progress",
  procedure: { code: "1.001193", name: "Đăng ký khai sinh" },
  agency: { code: "000.01.51.H19", name: "Ủy ban nhân dân phường Trấn Biên" },
  submittedAt: "2026-03-02T01:00:00Z",
  dueAt: "2026-03-05T10:00:00Z",
  overdue: false,
  actionNeeded: false,
  version: 3,
  channel: "ONLINE",
  applicant: {
    fullName: "Nguyễn Thị Bình",
    idNumberMasked: "********1234",
    dateOfBirth: "1990-05-20",
    phone: "+84912345678",
    address: { street: "12 Võ Thị Sáu", wardCode: "26041", provinceCode: "75" },
  },
  answers: {},
  documents: [],
  delivery: { method: "counter" },
  pickup: null,
  receivedAt: "2026-03-02T08:00:00Z",
  supplementRequest: null,
  feesDue: null,
  timeline: [
    { at: "2026-03-02T01:00:00Z", action: "submit", status: "SUBMITTED", label: "Nộp hồ sơ trực tuyến", labelEn: "Filed online", note: null },
    { at: "2026-03-02T08:00:00Z", action: "accept", status: "RECEIVED", label: "Tiếp nhận hồ sơ", labelEn: "Accepted", note: null },
    { at: "2026-03-03T02:00:00Z", action: "start_processing", status: "IN_PROGRESS", label: "Chuyển xử lý", labelEn: "Processing started", note: null },
  ],
  canWithdraw: true,
  canSupplement: false,
};

const withdrawn: DossierDetail = {
  ...inProgress,
  status: "WITHDRAWN",
  statusCode: 7,
  statusLabel: "Đã rút hồ sơ",
  canWithdraw: false,
  version: 4,
  timeline: [
    ...inProgress.timeline,
    { at: "2026-03-04T02:00:00Z", action: "withdraw", status: "WITHDRAWN", label: "Công dân rút hồ sơ", labelEn: "Withdrawn", note: "Nộp nhầm" },
  ],
};

/** The BFF at the network boundary: sign-in, the dossier as it stands, and the withdraw route. */
function fakeBff(withdrawAnswer: () => Response) {
  let current = inProgress;
  const withdrawals: Array<{ body: unknown; key: string | null }> = [];
  installFakeBff({
    "POST /api/v1/auth/dev": () => jsonResponse(citizenGrant),
    [`GET /api/v1/me/dossiers/${id}`]: () => jsonResponse(current),
    "GET /api/v1/me/dossiers": () => jsonResponse({ items: [] }),
    [`POST /api/v1/me/dossiers/${id}/withdraw`]: ({ body, headers }) => {
      withdrawals.push({ body, key: headers.get("idempotency-key") });
      const res = withdrawAnswer();
      if (res.ok) current = withdrawn;
      return res;
    },
  });
  return { withdrawals, moveOn: (to: DossierDetail) => (current = to) };
}

const openDossier = () => renderApp(`/dossiers/${id}`).user;

describe("DossierPage", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.pushState({}, "", "/");
  });

  it("shows the status, the due date and the history, oldest first", async () => {
    fakeBff(() => Response.json(withdrawn));
    openDossier();
    expect(await screen.findByRole("heading", { name: "Đăng ký khai sinh" })).toBeTruthy();
    expect(screen.getByText("Hẹn trả kết quả", { selector: "dt" }).nextElementSibling!.textContent).toBe("05/03/2026");
    const history = within(screen.getByRole("list", { name: "Quá trình giải quyết" }));
    expect(history.getAllByRole("listitem").map((li) => li.querySelector(".timeline__label")!.textContent)).toEqual([
      "Nộp hồ sơ trực tuyến",
      "Tiếp nhận hồ sơ",
      "Chuyển xử lý Mới nhất",
      "Hẹn trả kết quả (sắp tới)",
    ]);
  });

  it("withdraws only after confirmation, with the reason and an Idempotency-Key", async () => {
    const bff = fakeBff(() => Response.json(withdrawn));
    const user = openDossier();
    await user.click(await screen.findByRole("button", { name: "Rút hồ sơ" }));
    expect(bff.withdrawals).toEqual([]);
    const dialog = within(await screen.findByRole("dialog"));
    expect(dialog.getByText("Rút hồ sơ này?")).toBeTruthy();
    await user.type(dialog.getByLabelText("Lý do rút hồ sơ (không bắt buộc)"), "Nộp nhầm");
    await user.click(dialog.getByRole("button", { name: "Xác nhận rút hồ sơ" }));
    expect(await screen.findByText("Đã rút hồ sơ.")).toBeTruthy();
    expect(bff.withdrawals).toHaveLength(1);
    expect(bff.withdrawals[0]!.body).toEqual({ reason: "Nộp nhầm" });
    expect(bff.withdrawals[0]!.key).toMatch(/^[0-9a-f]{32}$/);
    expect(screen.getAllByText("Đã rút hồ sơ").length).toBeGreaterThan(0);
    expect(screen.queryByRole("button", { name: "Rút hồ sơ" })).toBeNull();
  });

  it("reloads and explains when the desk moved the dossier on first", async () => {
    const bff = fakeBff(() => {
      bff.moveOn({ ...inProgress, status: "RESULT_READY", statusCode: 9, statusLabel: "Đã có kết quả", canWithdraw: false, version: 4 });
      return new Response(JSON.stringify({ type: "x", title: "t", status: 409, code: "ILLEGAL_TRANSITION", requestId: "r" }), {
        status: 409,
        headers: { "Content-Type": "application/problem+json" },
      });
    });
    const user = openDossier();
    await user.click(await screen.findByRole("button", { name: "Rút hồ sơ" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Xác nhận rút hồ sơ" }));
    expect(await screen.findByText(/Hồ sơ vừa được cơ quan cập nhật nên thao tác chưa thực hiện/)).toBeTruthy();
    expect(await screen.findByText("Đã có kết quả", { selector: ".status-chip *, .status-chip" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Rút hồ sơ" })).toBeNull();
  });
});
