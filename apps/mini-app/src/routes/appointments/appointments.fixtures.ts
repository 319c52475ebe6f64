/**
 * Bodies the fake BFF answers with in the appointment screens' tests, parsed by the contracts' own
 * schemas so they cannot drift from what the BFF may send.
 */
import { AppointmentList, AppointmentTicket, Availability } from "@motcua/contracts";

const TRAN_BIEN = { code: "000.01.51.H19", name: "Ủy ban nhân dân phường Trấn Biên", address: null };
const POLICE = { code: "000.00.16.H19", name: "Công an tỉnh Đồng Nai", address: "Số 161 Phạm Văn Thuận, phường Tam Hiệp, Đồng Nai" };

const slot = (start: string, end: string, remaining: number) => ({ start, end, capacity: 5, remaining });

export const availabilityAt = (agency: typeof TRAN_BIEN | typeof POLICE = TRAN_BIEN, procedure: { code: string; name: string } | null = null) =>
  Availability.parse({
    agency,
    procedure,
    days: [
      { date: "2026-03-05", slots: [slot("07:30", "08:00", 0), slot("08:00", "08:30", 0)] },
      { date: "2026-03-06", slots: [slot("07:30", "08:00", 2), slot("08:00", "08:30", 0), slot("08:30", "09:00", 5)] },
    ],
  });

export const policeAvailability = () => availabilityAt(POLICE, { code: "2.000488", name: "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam" });

// A tiny valid SVG in a data URL, as the BFF sends the QR code.
const QR = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>')}`;

export const ticket = AppointmentTicket.parse({
  id: "3f2e1d0c-9b8a-4765-8432-10fedcba9876",
  code: "LH-7K3P-9QX2",
  status: "BOOKED",
  agency: TRAN_BIEN,
  procedure: null,
  date: "2026-03-06",
  start: "08:30",
  end: "09:00",
  note: "Nộp hồ sơ khai sinh",
  createdAt: "2026-03-04T01:00:00.000Z",
  cancelledAt: null,
  checkedInAt: null,
  past: false,
  cancellable: true,
  qr: QR,
});

export const cancelled = AppointmentTicket.parse({ ...ticket, status: "CANCELLED", cancelledAt: "2026-03-04T02:00:00.000Z", cancellable: false });

const { qr: _qr, ...summary } = ticket;

export const myAppointments = AppointmentList.parse({
  items: [
    { ...summary, id: "4a3b2c1d-0e9f-4876-9543-21fedcba9876", code: "LH-AAAA-BBBB", date: "2026-03-09", start: "10:00", end: "10:30" },
    summary,
    { ...summary, id: "5b4c3d2e-1f0a-4987-a654-32fedcba9876", code: "LH-CCCC-DDDD", date: "2026-03-02", start: "09:00", end: "09:30", past: true, cancellable: false },
  ],
});
