/**
 * Bodies the fake BFF answers with in the support-service screens' tests, parsed by the contracts'
 * own schemas so they cannot drift from what the BFF may send.
 */
import { ServiceRequestCreated, ServiceRequestDetail, ServiceRequestList, type ServiceRequestSummary } from "@motcua/contracts";

export { grant } from "../feedback/feedback.fixtures.ts";

const contact = { name: "Nguyễn Thị Mai", phone: "+84912345678", email: null };

export const consultingCreated = ServiceRequestCreated.parse({
  id: "3b1c2d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
  code: "DV-7K3P-9QX2",
  kind: "CONSULTING",
  status: "SUBMITTED",
  createdAt: "2026-03-04T01:00:00.000Z",
});

export const translationCreated = ServiceRequestCreated.parse({ ...consultingCreated, id: "4c2d3e5f-6071-4b8c-9dae-1f2a3b4c5d6e", code: "DV-2M4N-6P8Q", kind: "TRANSLATION" });

export const quoted = ServiceRequestDetail.parse({
  id: translationCreated.id,
  code: translationCreated.code,
  kind: "TRANSLATION",
  status: "QUOTED",
  topic: null,
  sourceLanguage: "vi",
  targetLanguage: "en",
  quoteTotalVnd: 650_000,
  createdAt: "2026-03-04T01:00:00.000Z",
  updatedAt: "2026-03-04T03:00:00.000Z",
  contact,
  consulting: null,
  translation: {
    sourceLanguage: "vi",
    targetLanguage: "en",
    pages: 3,
    notarised: true,
    note: null,
    documents: [{ uploadId: "0b3c1f0e-3c2a-4f5b-9e6d-1a2b3c4d5e60", displayName: "giay-khai-sinh.pdf", kind: "pdf", size: 120_000 }],
  },
  quote: { pages: 4, pricePerPageVnd: 150_000, notarisationFeeVnd: 50_000, totalVnd: 650_000, note: "Trang 4 là mặt sau.", quotedAt: "2026-03-04T03:00:00.000Z" },
  schedule: null,
  result: null,
  rejectReason: null,
  timeline: [
    { at: "2026-03-04T01:00:00.000Z", action: "submit", actorType: "citizen", status: "SUBMITTED", note: null },
    { at: "2026-03-04T03:00:00.000Z", action: "quote", actorType: "officer", status: "QUOTED", note: "Trang 4 là mặt sau." },
  ],
  allowedActions: ["accept", "cancel"],
});

export const accepted = ServiceRequestDetail.parse({
  ...quoted,
  status: "ACCEPTED",
  timeline: [...quoted.timeline, { at: "2026-03-04T04:00:00.000Z", action: "accept", actorType: "citizen", status: "ACCEPTED", note: null }],
  allowedActions: ["cancel"],
});

export const translated = ServiceRequestDetail.parse({
  ...accepted,
  status: "COMPLETED",
  result: {
    text: "Nhận bản giấy có dấu công chứng tại quầy số 3.",
    files: [{ uploadId: "1c4d2f0e-3c2a-4f5b-9e6d-1a2b3c4d5e61", displayName: "ban-dich.pdf", kind: "pdf", size: 240_000 }],
    completedAt: "2026-03-06T03:00:00.000Z",
  },
  allowedActions: [],
});

export const scheduled = ServiceRequestDetail.parse({
  id: consultingCreated.id,
  code: consultingCreated.code,
  kind: "CONSULTING",
  status: "SCHEDULED",
  topic: "ENTERPRISE_FORMATION",
  sourceLanguage: null,
  targetLanguage: null,
  quoteTotalVnd: null,
  createdAt: "2026-03-04T01:00:00.000Z",
  updatedAt: "2026-03-04T02:00:00.000Z",
  contact,
  consulting: {
    topic: "ENTERPRISE_FORMATION",
    topicOther: null,
    question: "Tôi muốn thành lập công ty TNHH hai thành viên kinh doanh cà phê; cần chuẩn bị hồ sơ gì?",
    preferredDate: "2026-03-05",
    preferredPeriod: "MORNING",
  },
  translation: null,
  quote: null,
  schedule: { date: "2026-03-05", time: "09:00", place: "Quầy tư vấn số 2", note: "Mang theo dự thảo điều lệ.", scheduledAt: "2026-03-04T02:00:00.000Z" },
  result: null,
  rejectReason: null,
  timeline: [
    { at: "2026-03-04T01:00:00.000Z", action: "submit", actorType: "citizen", status: "SUBMITTED", note: null },
    { at: "2026-03-04T02:00:00.000Z", action: "schedule", actorType: "officer", status: "SCHEDULED", note: "Mang theo dự thảo điều lệ." },
  ],
  allowedActions: ["cancel"],
});

const summaryOf = ({ id, code, kind, status, topic, sourceLanguage, targetLanguage, quoteTotalVnd, createdAt, updatedAt }: ServiceRequestDetail): ServiceRequestSummary => ({
  id,
  code,
  kind,
  status,
  topic,
  sourceLanguage,
  targetLanguage,
  quoteTotalVnd,
  createdAt,
  updatedAt,
});

export const mine = ServiceRequestList.parse({ items: [summaryOf(quoted), summaryOf(scheduled)] });
