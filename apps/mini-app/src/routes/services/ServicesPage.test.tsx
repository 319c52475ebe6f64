import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { installFakeBff, jsonResponse } from "../../test/fake-bff.ts";
import { renderApp } from "../../test/render-app.tsx";
import { grant, mine } from "./services.fixtures.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("support services", () => {
  it("is one tap from Home", async () => {
    installFakeBff({});
    renderApp("/");
    const link = await screen.findByRole("link", { name: /Dịch vụ hỗ trợ/ });
    expect(link.getAttribute("href")).toBe("/services");
    expect(link.textContent).toContain("Tư vấn doanh nghiệp, dịch thuật");
  });

  it("offers both services and lists my requests, the one awaiting my answer marked", async () => {
    installFakeBff({ "POST /api/v1/auth/dev": () => jsonResponse(grant), "GET /api/v1/me/service-requests": () => jsonResponse(mine) });
    renderApp("/services");
    expect((await screen.findByRole("link", { name: "Đăng ký tư vấn doanh nghiệp" })).getAttribute("href")).toBe("/services/consulting");
    expect(screen.getByRole("link", { name: "Yêu cầu dịch thuật giấy tờ" }).getAttribute("href")).toBe("/services/translation");
    const list = within((await screen.findByRole("heading", { name: "Yêu cầu của tôi" })).closest("section")!);
    const [translation, consulting] = await list.findAllByRole("link");
    expect(translation!.getAttribute("href")).toBe("/services/DV-2M4N-6P8Q");
    expect(translation!.textContent).toContain("Đã báo giá");
    expect(translation!.textContent).toContain("Dịch thuật: Tiếng Việt → Tiếng Anh");
    expect(translation!.textContent).toMatch(/Báo giá: 650\.000\sđồng/);
    expect(translation!.textContent).toContain("Cần bạn xem và đồng ý báo giá");
    expect(consulting!.textContent).toContain("Đã hẹn lịch tư vấn");
    expect(consulting!.textContent).toContain("Tư vấn doanh nghiệp: Thành lập doanh nghiệp");
    expect(consulting!.textContent).toContain("Gửi ngày 04/03/2026");
  });

  it("says so when there is nothing yet", async () => {
    installFakeBff({ "POST /api/v1/auth/dev": () => jsonResponse(grant), "GET /api/v1/me/service-requests": () => jsonResponse({ items: [] }) });
    renderApp("/services");
    expect(await screen.findByText("Bạn chưa gửi yêu cầu nào.")).toBeTruthy();
  });
});
