import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { agencies, criminalRecordSearch } from "../../components/catalog/fixtures.ts";
import { installFakeBff, jsonResponse, problemResponse, renderApp } from "../../components/catalog/test-support.tsx";
import { grant } from "../feedback/feedback.fixtures.ts";
import { availabilityAt, cancelled, myAppointments, policeAvailability, ticket } from "./appointments.fixtures.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The agency list arrives after the screen: wait for Trấn Biên among the options, then choose it. */
async function chooseTranBien(user: ReturnType<typeof renderApp>["user"]) {
  await screen.findByRole("option", { name: "Ủy ban nhân dân phường Trấn Biên" });
  await user.selectOptions(screen.getByLabelText("Cơ quan bạn muốn đến"), "000.01.51.H19");
}

describe("booking an appointment", () => {
  it("goes agency → day → time with places left → ticket with its QR code", async () => {
    const fake = installFakeBff({
      "POST /api/v1/auth/dev": () => jsonResponse(grant),
      "GET /api/v1/agencies": () => jsonResponse(agencies),
      "GET /api/v1/appointments/availability": () => jsonResponse(availabilityAt()),
      "POST /api/v1/me/appointments": () => jsonResponse(ticket, 201),
      [`GET /api/v1/me/appointments/${ticket.id}`]: () => jsonResponse(ticket),
    });
    const { user } = renderApp("/appointments/new");
    await chooseTranBien(user);

    const days = within(await screen.findByRole("group", { name: "Chọn ngày" }));
    const full = days.getByRole("button", { name: /Thứ Năm, 05\/03/ });
    expect(full.textContent).toContain("hết chỗ");
    expect((full as HTMLButtonElement).disabled).toBe(true);
    await user.click(days.getByRole("button", { name: /Thứ Sáu, 06\/03.*còn 7 chỗ/ }));

    const times = within(screen.getByRole("group", { name: "Chọn giờ" }));
    expect((times.getByRole("button", { name: /08:00–08:30.*Hết chỗ/ }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(times.getByRole("button", { name: /08:30–09:00.*còn 5 chỗ/ }));
    await user.type(screen.getByLabelText("Bạn cần làm việc gì? (không bắt buộc)"), "Nộp hồ sơ khai sinh");
    expect(screen.getByText("Thứ Sáu, 06/03/2026, 08:30–09:00 tại Ủy ban nhân dân phường Trấn Biên")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Xác nhận đặt lịch" }));

    const qr = await screen.findByRole("img", { name: "Mã QR của lịch hẹn LH-7K3P-9QX2" });
    expect(qr.getAttribute("src")).toBe(ticket.qr);
    expect(screen.getByText("LH-7K3P-9QX2")).toBeTruthy();
    expect(fake.requestsTo("/api/v1/me/appointments")[0]!.body).toEqual({ agencyCode: "000.01.51.H19", date: "2026-03-06", start: "08:30", note: "Nộp hồ sơ khai sinh" });
    expect(fake.requestsTo("/api/v1/appointments/availability")[0]!.url.searchParams.get("agencyCode")).toBe("000.01.51.H19");
  });

  it("finds the agency from a procedure", async () => {
    const fake = installFakeBff({
      "GET /api/v1/agencies": () => jsonResponse(agencies),
      "GET /api/v1/procedures": () => jsonResponse(criminalRecordSearch),
      "GET /api/v1/appointments/availability": () => jsonResponse(policeAvailability()),
    });
    const { user } = renderApp("/appointments/new");
    await user.type(await screen.findByLabelText("Thủ tục liên quan (không bắt buộc)"), "lý lịch tư pháp");
    await user.click(await screen.findByRole("button", { name: /Cấp Phiếu lý lịch tư pháp/ }));
    expect(screen.getByText(/Đã chọn: Cấp Phiếu lý lịch tư pháp/)).toBeTruthy();
    expect(((await screen.findByLabelText("Cơ quan bạn muốn đến")) as HTMLSelectElement).value).toBe("000.00.16.H19");
    await screen.findByRole("group", { name: "Chọn ngày" });
    const asked = fake.requestsTo("/api/v1/appointments/availability")[0]!.url.searchParams;
    expect([asked.get("agencyCode"), asked.get("procedureCode")]).toEqual(["000.00.16.H19", "2.000488"]);
  });

  it("says a slot was just taken, refreshes the times and keeps the choices", async () => {
    let availability = 0;
    installFakeBff({
      "POST /api/v1/auth/dev": () => jsonResponse(grant),
      "GET /api/v1/agencies": () => jsonResponse(agencies),
      "GET /api/v1/appointments/availability": () => {
        availability += 1;
        return jsonResponse(availabilityAt());
      },
      "POST /api/v1/me/appointments": () => problemResponse(409, "CONFLICT", "Xung đột dữ liệu", "Khung giờ này vừa hết chỗ; hãy chọn khung giờ khác."),
    });
    const { user } = renderApp("/appointments/new");
    await chooseTranBien(user);
    await user.click(await screen.findByRole("button", { name: /Thứ Sáu, 06\/03/ }));
    await user.click(screen.getByRole("button", { name: /08:30–09:00/ }));
    await user.click(screen.getByRole("button", { name: "Xác nhận đặt lịch" }));
    expect(await screen.findByText("Khung giờ này vừa hết chỗ; hãy chọn khung giờ khác. Danh sách giờ đã được cập nhật.")).toBeTruthy();
    expect(availability).toBe(2);
    expect(screen.getByRole("button", { name: /Thứ Sáu, 06\/03/ }).getAttribute("aria-pressed")).toBe("true");
  });

  it("asks for the choices before sending", async () => {
    const fake = installFakeBff({ "GET /api/v1/agencies": () => jsonResponse(agencies), "GET /api/v1/appointments/availability": () => jsonResponse(availabilityAt()) });
    const { user } = renderApp("/appointments/new");
    await chooseTranBien(user);
    await user.click(await screen.findByRole("button", { name: "Xác nhận đặt lịch" }));
    expect(screen.getByText("Hãy chọn cơ quan, ngày và giờ.")).toBeTruthy();
    expect(fake.requestsTo("/api/v1/me/appointments")).toHaveLength(0);
  });
});

describe("my appointments and the ticket", () => {
  it("lists the coming ones soonest first, then the past, each leading to its ticket", async () => {
    installFakeBff({ "POST /api/v1/auth/dev": () => jsonResponse(grant), "GET /api/v1/me/appointments": () => jsonResponse(myAppointments) });
    renderApp("/appointments");
    expect((await screen.findByRole("link", { name: "Đặt lịch hẹn mới" })).getAttribute("href")).toBe("/appointments/new");
    const coming = within((await screen.findByRole("heading", { name: "Sắp tới" })).closest("section")!).getAllByRole("link");
    expect(coming.map((a) => a.textContent)).toEqual([expect.stringContaining("Thứ Sáu, 06/03/2026 · 08:30–09:00"), expect.stringContaining("Thứ Hai, 09/03/2026")]);
    const earlier = within(screen.getByRole("heading", { name: "Đã qua hoặc đã hủy" }).closest("section")!).getByRole("link");
    expect(earlier.textContent).toContain("Đã lỡ hẹn");
    expect(coming[0]!.getAttribute("href")).toBe(`/appointments/${ticket.id}`);
  });

  it("cancels after asking, and then shows the ticket as cancelled without its QR code", async () => {
    const fake = installFakeBff({
      "POST /api/v1/auth/dev": () => jsonResponse(grant),
      [`GET /api/v1/me/appointments/${ticket.id}`]: () => jsonResponse(ticket),
      [`POST /api/v1/me/appointments/${ticket.id}/cancel`]: () => jsonResponse(cancelled),
      "GET /api/v1/me/appointments": () => jsonResponse(myAppointments),
    });
    const { user } = renderApp(`/appointments/${ticket.id}`);
    expect(await screen.findByRole("img", { name: "Mã QR của lịch hẹn LH-7K3P-9QX2" })).toBeTruthy();
    expect(screen.getByText("Nộp hồ sơ khai sinh")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Hủy lịch hẹn" }));
    await user.click(await screen.findByRole("button", { name: "Không hủy" }));
    expect(fake.requestsTo(`/api/v1/me/appointments/${ticket.id}/cancel`)).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Hủy lịch hẹn" }));
    await user.click(await screen.findByRole("button", { name: "Xác nhận hủy" }));
    expect(await screen.findByText("Lịch hẹn này đã được hủy.")).toBeTruthy();
    expect(screen.queryByRole("img", { name: /Mã QR/ })).toBeNull();
    expect(screen.queryByRole("button", { name: "Hủy lịch hẹn" })).toBeNull();
    expect(fake.requestsTo(`/api/v1/me/appointments/${ticket.id}/cancel`)).toHaveLength(1);
  });
});
