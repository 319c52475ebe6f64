import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { agencies } from "../../components/catalog/fixtures.ts";
import { installFakeBff, jsonResponse } from "../../test/fake-bff.ts";
import { renderApp } from "../../test/render-app.tsx";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("home", () => {
  it("draws search, actions and common procedures before the catalog answers", async () => {
    let answer: (response: Response) => void = () => {};
    installFakeBff({ "GET /api/v1/agencies": () => new Promise<Response>((resolve) => (answer = resolve)) });
    renderApp("/");

    expect(await screen.findByLabelText("Tìm thủ tục hành chính")).toBeTruthy();
    expect(screen.getByRole("link", { name: /Nộp hồ sơ trực tuyến/ }).getAttribute("href")).toBe("/search?online=true");
    expect(screen.getByRole("link", { name: /Tra cứu hồ sơ/ }).getAttribute("href")).toBe("/lookup");
    expect(screen.getByRole("link", { name: /Hồ sơ của tôi/ }).getAttribute("href")).toBe("/dossiers");
    expect(screen.getByRole("link", { name: /Góp ý/ }).getAttribute("href")).toBe("/feedback");
    expect(screen.getByRole("link", { name: "Cấp Phiếu lý lịch tư pháp" }).getAttribute("href")).toBe("/procedures/2.000488");
    expect(screen.getAllByText("Đang tải…").length).toBeGreaterThan(0);

    answer(jsonResponse(agencies));
    expect(await screen.findByRole("link", { name: "(0251) 1022" })).toBeTruthy();
    expect(screen.getByText("Tòa nhà Sonadezi, khu vực ngã tư Vũng Tàu, Đồng Nai")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Công an tỉnh Đồng Nai" }).getAttribute("href")).toBe("/search?agency=000.00.16.H19");
  });

  it("takes the typed words to the search screen", async () => {
    installFakeBff({ "GET /api/v1/agencies": () => jsonResponse(agencies) });
    const { user } = renderApp("/");

    await user.type(await screen.findByLabelText("Tìm thủ tục hành chính"), "khai sinh{Enter}");

    await waitFor(() => expect(window.location.pathname).toBe("/search"));
    expect(new URLSearchParams(window.location.search).get("q")).toBe("khai sinh");
  });
});
