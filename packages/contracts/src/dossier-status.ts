import { z } from "zod";

export const dossierStatuses = [
  "SUBMITTED",
  "RECEIVED",
  "IN_PROGRESS",
  "AWAITING_SUPPLEMENT",
  "AWAITING_PAYMENT",
  "RESULT_READY",
  "IN_DELIVERY",
  "DELIVERED",
  "REFUSED",
  "WITHDRAWN",
  "STOPPED",
] as const;
export const DossierStatus = z.enum(dossierStatuses);
export type DossierStatus = z.infer<typeof DossierStatus>;

/** The national status code (DVCQG TrangThaiHoSo, 1–10) each state reports as. */
export const nationalStatusCode: Record<DossierStatus, number> = {
  SUBMITTED: 1,
  RECEIVED: 2,
  REFUSED: 3,
  IN_PROGRESS: 4,
  AWAITING_SUPPLEMENT: 5,
  AWAITING_PAYMENT: 6,
  WITHDRAWN: 7,
  STOPPED: 8,
  RESULT_READY: 9,
  IN_DELIVERY: 9,
  DELIVERED: 10,
};

/** What the citizen reads: plain words, not the legal names of the national codes. */
export const statusLabel: Record<DossierStatus, { vi: string; en: string }> = {
  SUBMITTED: { vi: "Đã nộp, chờ tiếp nhận", en: "Submitted, awaiting reception" },
  RECEIVED: { vi: "Đã tiếp nhận", en: "Received" },
  IN_PROGRESS: { vi: "Đang xử lý", en: "In progress" },
  AWAITING_SUPPLEMENT: { vi: "Cần bổ sung giấy tờ", en: "Supplement needed" },
  AWAITING_PAYMENT: { vi: "Chờ nộp phí, lệ phí", en: "Fees due" },
  RESULT_READY: { vi: "Đã có kết quả", en: "Result ready" },
  IN_DELIVERY: { vi: "Đang chuyển phát kết quả", en: "Result being delivered" },
  DELIVERED: { vi: "Đã trả kết quả", en: "Result delivered" },
  REFUSED: { vi: "Không được tiếp nhận", en: "Refused" },
  WITHDRAWN: { vi: "Đã rút hồ sơ", en: "Withdrawn" },
  STOPPED: { vi: "Đã dừng xử lý", en: "Processing stopped" },
};

export const closedStatuses: ReadonlySet<DossierStatus> = new Set(["DELIVERED", "REFUSED", "WITHDRAWN", "STOPPED"]);
