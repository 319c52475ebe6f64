import type { CitizenProfile, SessionGrant } from "@motcua/contracts";
import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetSession } from "../../api/session.ts";
import { installFakeBff, jsonResponse } from "../../test/fake-bff.ts";
import { renderApp } from "../../test/render-app.tsx";

afterEach(() => {
  forgetSession();
  vi.unstubAllGlobals();
  document.documentElement.style.fontSize = "";
});

const storedSettings = () => JSON.parse(window.localStorage.getItem("motcua.settings") ?? "{}") as Record<string, unknown>;

const citizen: CitizenProfile = {
  id: "5b0f3c6e-2d4b-4f7e-9a51-1c2d3e4f5a6b",
  name: "Nguyễn Văn An",
  phone: null,
  phoneConsentAt: null,
  notifyOptIn: false,
};

const fakeIdentity = () => {
  let profile = citizen;
  const grant = (): SessionGrant => ({ token: "session-token", expiresAt: new Date(Date.now() + 3_600_000).toISOString(), citizen: profile });
  return installFakeBff({
    "POST /api/v1/auth/dev": () => jsonResponse(grant()),
    "GET /api/v1/me": () => jsonResponse(profile),
    "PUT /api/v1/me/notifications": ({ body }) => {
      profile = { ...profile, notifyOptIn: (body as { optIn: boolean }).optIn };
      return jsonResponse(profile);
    },
  });
};

describe("settings", () => {
  it("switches the language and the text size, and remembers both", async () => {
    const bff = fakeIdentity();
    const { user } = renderApp("/settings");

    await user.click(await screen.findByRole("radio", { name: "English" }));
    expect(await screen.findByRole("radio", { name: "Largest (200%)" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");

    await user.click(screen.getByRole("radio", { name: "Largest (200%)" }));
    await waitFor(() => expect(document.documentElement.style.fontSize).toBe("32px"));
    expect(storedSettings()).toEqual({ language: "en", textScale: 2 });

    // Opening Settings signs nobody in.
    expect(bff.requests).toEqual([]);
  });

  it("turns notifications on for the signed-in citizen and shows the consent record", async () => {
    const bff = fakeIdentity();
    const { user } = renderApp("/settings");

    await user.click(await screen.findByRole("switch", { name: "Nhận thông báo về hồ sơ qua Zalo" }));

    expect(await screen.findByText("Đã bật thông báo.")).toBeTruthy();
    const put = bff.requestsTo("/api/v1/me/notifications");
    expect(put.map((request) => request.body)).toEqual([{ optIn: true }]);
    expect(put[0]!.headers.get("Authorization")).toBe("Bearer session-token");
    expect((screen.getByRole("switch") as HTMLInputElement).checked).toBe(true);

    // Now signed in, the consent record loads without asking.
    expect(await screen.findByText("Nguyễn Văn An")).toBeTruthy();
    expect(screen.getByText("Chưa chia sẻ")).toBeTruthy();
  });

  it("loads the consent record only when asked", async () => {
    const bff = fakeIdentity();
    const { user } = renderApp("/settings");

    await user.click(await screen.findByRole("button", { name: "Xem bản ghi đồng ý" }));

    expect(await screen.findByText("Nguyễn Văn An")).toBeTruthy();
    expect(bff.requestsTo("/api/v1/auth/dev")).toHaveLength(1);
    expect(bff.requestsTo("/api/v1/me")).toHaveLength(1);
  });
});
