/**
 * Bodies the fake BFF answers with in the feedback screens' tests, parsed by the contracts' own
 * schemas so they cannot drift from what the BFF may send.
 */
import { FeedbackCreated, FeedbackDetail, FeedbackList, PublishedFeedbackList, SessionGrant } from "@motcua/contracts";

export const grant = SessionGrant.parse({
  token: "t0ken",
  expiresAt: "2999-01-01T00:00:00Z",
  citizen: { id: "5a0e3c0e-6a54-4c3e-9a35-1f0f1f6b9a11", name: "Nguyễn Văn An", phone: null, phoneConsentAt: null, notifyOptIn: true },
});

const TRAN_BIEN = { code: "000.01.51.H19", name: "Ủy ban nhân dân phường Trấn Biên" };

export const created = FeedbackCreated.parse({
  id: "8d7b1f0e-3c2a-4f5b-9e6d-1a2b3c4d5e6f",
  code: "PA-7K3P-9QX2",
  status: "RECEIVED",
  createdAt: "2026-03-04T01:00:00.000Z",
  dueAt: "2026-03-11T10:00:00.000Z",
});

export const answered = FeedbackDetail.parse({
  id: "8d7b1f0e-3c2a-4f5b-9e6d-1a2b3c4d5e6f",
  code: "PA-7K3P-9QX2",
  category: "STAFF_CONDUCT",
  status: "ANSWERED",
  excerpt: "Cán bộ tiếp nhận hồ sơ sáng nay không hướng dẫn…",
  agency: TRAN_BIEN,
  createdAt: "2026-03-04T01:00:00.000Z",
  dueAt: "2026-03-11T10:00:00.000Z",
  answeredAt: "2026-03-06T03:00:00.000Z",
  answerExcerpt: "Giấy tờ đó không bắt buộc; đơn vị đã nhắc nhở cán bộ và xin lỗi ông.",
  text: "Cán bộ tiếp nhận hồ sơ sáng nay không hướng dẫn, yêu cầu tôi nộp thêm giấy tờ không có trong quy định.",
  procedure: null,
  photos: [{ uploadId: "0b3c1f0e-3c2a-4f5b-9e6d-1a2b3c4d5e60", displayName: "anh.jpg", kind: "jpeg", size: 120_000 }],
  anonymous: false,
  contactPhone: null,
  publishConsent: true,
  published: false,
  answer: { text: "Giấy tờ đó không bắt buộc; đơn vị đã nhắc nhở cán bộ và xin lỗi ông.", answeredAt: "2026-03-06T03:00:00.000Z", agency: TRAN_BIEN },
  dismissReason: null,
});

export const waiting = FeedbackDetail.parse({
  ...answered,
  id: "9e8c2f1f-4d3b-4a6c-8f7e-2b3c4d5e6f70",
  code: "PA-2M4N-6P8Q",
  category: "FACILITIES",
  status: "RECEIVED",
  excerpt: "Máy lấy số thứ tự ở bộ phận một cửa bị hỏng cả tuần nay.",
  text: "Máy lấy số thứ tự ở bộ phận một cửa bị hỏng cả tuần nay.",
  answeredAt: null,
  answerExcerpt: null,
  answer: null,
  photos: [],
});

const summaryOf = ({ id, code, category, status, excerpt, agency, createdAt, dueAt, answeredAt, answerExcerpt }: FeedbackDetail) => ({
  id,
  code,
  category,
  status,
  excerpt,
  agency,
  createdAt,
  dueAt,
  answeredAt,
  answerExcerpt,
});

export const mine = FeedbackList.parse({ items: [summaryOf(waiting), summaryOf(answered)] });

export const publishedPage = (page: number, total: number, pageSize = 10) =>
  PublishedFeedbackList.parse({
    page,
    pageSize,
    total,
    items: Array.from({ length: Math.min(pageSize, total - (page - 1) * pageSize) }, (_, i) => ({
      code: `PA-0000-${String((page - 1) * pageSize + i + 1).padStart(4, "0")}`,
      category: "PROCEDURE",
      agency: TRAN_BIEN,
      procedure: null,
      question: `Câu hỏi số ${(page - 1) * pageSize + i + 1}: thủ tục có cần giấy xác nhận cư trú không?`,
      answer: "Không; chỉ cần tờ khai và CCCD.",
      answeredAt: "2026-03-06T03:00:00.000Z",
      publishedAt: "2026-03-07T03:00:00.000Z",
    })),
  });
