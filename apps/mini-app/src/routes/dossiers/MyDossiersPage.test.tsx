import type { DossierSummary } from "@motcua/contracts";
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { citizenGrant, installFakeBff, jsonResponse } from "../../test/fake-bff.ts";
import { renderApp } from "../../test/render-app.tsx";

function summary(n: number, overrides: Partial<DossierSummary> = {}): DossierSummary {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    reference: `HS-TEST-${String(n).padStart(4, "0")}`,
    officialCode: null,
    status: "SUBMITTED",
    statusCode: 1,
    statusLabel: "Đã nộp, chờ tiếp nhận",
    statusLabelEn: "Submitted, awaiting reception",
    procedure: { code: "1.001193", name: `Thủ tục số ${n}` },
    agency: { code: "000.01.51.H19", name: "UBND phường Trấn Biên" },
    submittedAt: "2026-03-02T01:00:00Z",
    dueAt: null,
    overdue: false,
    actionNeeded: false,
    ...overrides,
  };
}

/** The BFF at the network boundary: development sign-in and the citizen's list. */
function fakeBff(items: DossierSummary[]) {
  installFakeBff({
    "POST /api/v1/auth/dev": () => jsonResponse(citizenGrant),
    "GET /api/v1/me/dossiers": ({ headers }) =>
      headers.get("authorization") === `Bearer ${citizenGrant.token}` ? jsonResponse({ items }) : new Response(null, { status: 401 }),
  });
}

const openMyDossiers = () => renderApp("/dossiers").user;

describe("MyDossiersPage", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.pushState({}, "", "/");
  });

  it("helps a citizen with no dossiers towards the procedures and the lookup", async () => {
    fakeBff([]);
    openMyDossiers();
    expect(await screen.findByText("Bạn chưa có hồ sơ nào")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Tìm thủ tục để nộp hồ sơ" }).getAttribute("href")).toBe("/search");
    expect(screen.getByRole("link", { name: "Đã nộp hồ sơ tại quầy? Tra cứu bằng mã hồ sơ" }).getAttribute("href")).toBe("/lookup");
  });

  it("puts a dossier waiting for a supplement first, with its due date and what to do", async () => {
    fakeBff([
      summary(1),
      summary(2, {
        status: "AWAITING_SUPPLEMENT",
        statusLabel: "Cần bổ sung giấy tờ",
        officialCode: "000.01.51.H19-260302-0007",
        dueAt: "2026-03-09T17:30:00Z",
        overdue: true,
        actionNeeded: true,
      }),
    ]);
    openMyDossiers();
    const urgent = within((await screen.findByRole("heading", { name: "Cần bạn xử lý" })).closest("section")!);
    const link = urgent.getByRole("link");
    expect(link.getAttribute("href")).toBe("/dossiers/00000000-0000-4000-8000-000000000002");
    expect(link.textContent).toContain("Cần bổ sung giấy tờ");
    expect(link.textContent).toContain("Cơ quan yêu cầu bổ sung giấy tờ. Bấm để xem cần gì.");
    expect(link.textContent).toContain("000.01.51.H19-260302-0007");
    expect(link.textContent).toContain("Hẹn trả: 10/03/2026 · Đã quá hạn hẹn trả");
    expect(screen.getByRole("heading", { name: "Các hồ sơ khác" })).toBeTruthy();
  });

  it("shows ten dossiers at a time", async () => {
    fakeBff(Array.from({ length: 23 }, (_, i) => summary(i + 1)));
    const user = openMyDossiers();
    expect(await screen.findByText("Thủ tục số 1")).toBeTruthy();
    expect(screen.getAllByRole("listitem")).toHaveLength(10);
    expect(screen.getByText("Đang hiện 10/23 hồ sơ")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Xem thêm hồ sơ" }));
    await user.click(screen.getByRole("button", { name: "Xem thêm hồ sơ" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(23);
    expect(screen.getByText("Đang hiện 23/23 hồ sơ")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Xem thêm hồ sơ" })).toBeNull();
  });
});
