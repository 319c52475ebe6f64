import { z } from "zod";
import { ClockTime } from "./appointments.ts";
import { PhoneNumber } from "./fields.ts";
import { multiLine, singleLine } from "./text.ts";
import { UploadKind } from "./uploads.ts";

/**
 * Services the center offers beside administrative procedures: business consulting and document
 * translation, asked for in the mini app and followed by status like a dossier.
 */
export const serviceRequestKinds = ["CONSULTING", "TRANSLATION"] as const;
export const ServiceRequestKind = z.enum(serviceRequestKinds);
export type ServiceRequestKind = z.infer<typeof ServiceRequestKind>;

export const serviceRequestKindLabel: Record<ServiceRequestKind, { vi: string; en: string }> = {
  CONSULTING: { vi: "Tư vấn doanh nghiệp", en: "Business consulting" },
  TRANSLATION: { vi: "Dịch thuật", en: "Translation" },
};

export const consultingTopics = ["ENTERPRISE_FORMATION", "HOUSEHOLD_BUSINESS", "INVESTMENT", "TAX", "LABOUR", "LAND", "OTHER"] as const;
export const ConsultingTopic = z.enum(consultingTopics, { message: "Hãy chọn lĩnh vực cần tư vấn" });
export type ConsultingTopic = z.infer<typeof ConsultingTopic>;

export const consultingTopicLabel: Record<ConsultingTopic, { vi: string; en: string }> = {
  ENTERPRISE_FORMATION: { vi: "Thành lập doanh nghiệp", en: "Starting a company" },
  HOUSEHOLD_BUSINESS: { vi: "Hộ kinh doanh", en: "Household business" },
  INVESTMENT: { vi: "Đầu tư, dự án", en: "Investment and projects" },
  TAX: { vi: "Thuế, phí, lệ phí", en: "Tax and fees" },
  LABOUR: { vi: "Lao động, bảo hiểm xã hội", en: "Labour and social insurance" },
  LAND: { vi: "Đất đai, xây dựng", en: "Land and construction" },
  OTHER: { vi: "Lĩnh vực khác", en: "Something else" },
};

/** The languages the center translates; one side of every pair is Vietnamese. */
export const translationLanguages = ["vi", "en", "zh", "ko", "ja", "fr", "de", "ru"] as const;
export const TranslationLanguage = z.enum(translationLanguages, { message: "Hãy chọn ngôn ngữ" });
export type TranslationLanguage = z.infer<typeof TranslationLanguage>;

export const translationLanguageLabel: Record<TranslationLanguage, { vi: string; en: string }> = {
  vi: { vi: "Tiếng Việt", en: "Vietnamese" },
  en: { vi: "Tiếng Anh", en: "English" },
  zh: { vi: "Tiếng Trung", en: "Chinese" },
  ko: { vi: "Tiếng Hàn", en: "Korean" },
  ja: { vi: "Tiếng Nhật", en: "Japanese" },
  fr: { vi: "Tiếng Pháp", en: "French" },
  de: { vi: "Tiếng Đức", en: "German" },
  ru: { vi: "Tiếng Nga", en: "Russian" },
};

export const dayPeriods = ["MORNING", "AFTERNOON"] as const;
export const DayPeriod = z.enum(dayPeriods, { message: "Hãy chọn buổi" });
export type DayPeriod = z.infer<typeof DayPeriod>;

export const dayPeriodLabel: Record<DayPeriod, { vi: string; en: string }> = {
  MORNING: { vi: "Buổi sáng", en: "Morning" },
  AFTERNOON: { vi: "Buổi chiều", en: "Afternoon" },
};

export const serviceRequestStatuses = ["SUBMITTED", "QUOTED", "ACCEPTED", "SCHEDULED", "IN_PROGRESS", "COMPLETED", "CANCELLED", "REJECTED"] as const;
export const ServiceRequestStatus = z.enum(serviceRequestStatuses);
export type ServiceRequestStatus = z.infer<typeof ServiceRequestStatus>;

export const serviceRequestStatusLabel: Record<ServiceRequestStatus, { vi: string; en: string }> = {
  SUBMITTED: { vi: "Đã gửi, chờ xử lý", en: "Sent, awaiting handling" },
  QUOTED: { vi: "Đã báo giá", en: "Quoted" },
  ACCEPTED: { vi: "Đã đồng ý báo giá", en: "Quote accepted" },
  SCHEDULED: { vi: "Đã hẹn lịch tư vấn", en: "Consultation scheduled" },
  IN_PROGRESS: { vi: "Đang thực hiện", en: "In progress" },
  COMPLETED: { vi: "Đã hoàn thành", en: "Completed" },
  CANCELLED: { vi: "Đã hủy", en: "Cancelled" },
  REJECTED: { vi: "Không thực hiện", en: "Declined" },
};

export const openServiceRequestStatuses: readonly ServiceRequestStatus[] = ["SUBMITTED", "QUOTED", "ACCEPTED", "SCHEDULED", "IN_PROGRESS"];

export const SERVICE_QUESTION_MIN = 20;
export const SERVICE_QUESTION_MAX = 2000;
export const SERVICE_ANSWER_MAX = 4000;
export const TRANSLATION_MAX_DOCUMENTS = 10;
export const TRANSLATION_MAX_RESULT_FILES = 10;
export const TRANSLATION_MAX_PAGES = 500;
/** How far ahead a citizen may ask to be consulted: this many working days, from the next one. */
export const CONSULTING_WINDOW_WORKING_DAYS = 14;

const LocalDay = z.iso.date({ message: "Ngày không hợp lệ (YYYY-MM-DD)" });
/** In đồng. */
const PricePerPage = z.number().int().min(0).max(5_000_000);
const Fee = z.number().int().min(0).max(50_000_000);

/** Whom the center calls back; the citizen's Zalo name is often not their real one. */
export const ServiceContact = z.strictObject({
  name: singleLine(100, 2),
  phone: PhoneNumber,
  email: z.email({ message: "Thư điện tử không hợp lệ" }).max(200).optional(),
});
export type ServiceContact = z.infer<typeof ServiceContact>;

export const SubmitConsultingRequest = z
  .strictObject({
    topic: ConsultingTopic,
    /** What "something else" is, in a few words. */
    topicOther: singleLine(200, 3).optional(),
    question: multiLine(SERVICE_QUESTION_MAX, SERVICE_QUESTION_MIN),
    /** A working day among the next ones, and the half of it that suits. */
    preferredDate: LocalDay,
    preferredPeriod: DayPeriod,
    contact: ServiceContact,
  })
  .superRefine((body, ctx) => {
    if (body.topic === "OTHER" && !body.topicOther) {
      ctx.addIssue({ code: "custom", path: ["topicOther"], message: "Hãy ghi rõ lĩnh vực cần tư vấn", params: { en: "Say what the topic is" } });
    }
    if (body.topic !== "OTHER" && body.topicOther) {
      ctx.addIssue({ code: "custom", path: ["topicOther"], message: "Chỉ ghi lĩnh vực khác khi chọn “Lĩnh vực khác”", params: { en: "Only for “Something else”" } });
    }
  });
export type SubmitConsultingRequest = z.infer<typeof SubmitConsultingRequest>;

export const SubmitTranslationRequest = z
  .strictObject({
    sourceLanguage: TranslationLanguage,
    targetLanguage: TranslationLanguage,
    /** Upload ids from POST /uploads (PDF or photos of the pages), each used once. */
    documentIds: z
      .array(z.uuid())
      .min(1, { message: "Hãy tải lên giấy tờ cần dịch" })
      .max(TRANSLATION_MAX_DOCUMENTS, { message: `Tối đa ${TRANSLATION_MAX_DOCUMENTS} tệp` }),
    /** As the citizen counts them; the officer corrects the count in the quote. */
    pages: z.number().int().min(1).max(TRANSLATION_MAX_PAGES),
    /** Whether the translation must also be notarised (công chứng bản dịch). */
    notarised: z.boolean().default(false),
    note: multiLine(500, 0).optional(),
    contact: ServiceContact,
  })
  .superRefine((body, ctx) => {
    if (body.sourceLanguage === body.targetLanguage) {
      ctx.addIssue({ code: "custom", path: ["targetLanguage"], message: "Ngôn ngữ dịch sang phải khác ngôn ngữ gốc", params: { en: "Choose a different target language" } });
    } else if (body.sourceLanguage !== "vi" && body.targetLanguage !== "vi") {
      ctx.addIssue({ code: "custom", path: ["targetLanguage"], message: "Trung tâm chỉ dịch từ hoặc sang tiếng Việt", params: { en: "One of the languages must be Vietnamese" } });
    }
    if (new Set(body.documentIds).size !== body.documentIds.length) {
      ctx.addIssue({ code: "custom", path: ["documentIds"], message: "Một tệp được gửi hai lần", params: { en: "A file is listed twice" } });
    }
  });
export type SubmitTranslationRequest = z.infer<typeof SubmitTranslationRequest>;

export const ServiceRequestCreated = z.object({
  id: z.uuid(),
  /** What the citizen quotes, e.g. `DV-7K3P-9QX2`. */
  code: z.string(),
  kind: ServiceRequestKind,
  status: ServiceRequestStatus,
  createdAt: z.string(),
});
export type ServiceRequestCreated = z.infer<typeof ServiceRequestCreated>;

export const ServiceRequestFile = z.object({
  uploadId: z.uuid(),
  displayName: z.string(),
  kind: UploadKind,
  size: z.number().int(),
});
export type ServiceRequestFile = z.infer<typeof ServiceRequestFile>;

export const ServiceRequestSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: ServiceRequestKind,
  status: ServiceRequestStatus,
  /** Consulting only. */
  topic: ConsultingTopic.nullable(),
  /** Translation only. */
  sourceLanguage: TranslationLanguage.nullable(),
  targetLanguage: TranslationLanguage.nullable(),
  /** The quoted price while there is one (translation). */
  quoteTotalVnd: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ServiceRequestSummary = z.infer<typeof ServiceRequestSummary>;

export const ServiceRequestQuote = z.object({
  pages: z.number().int(),
  pricePerPageVnd: z.number().int(),
  notarisationFeeVnd: z.number().int(),
  /** pages × price per page + notarisation fee. */
  totalVnd: z.number().int(),
  note: z.string().nullable(),
  quotedAt: z.string(),
});
export type ServiceRequestQuote = z.infer<typeof ServiceRequestQuote>;

export const ServiceRequestSchedule = z.object({
  date: z.string(),
  time: z.string(),
  /** Where or how: a counter, a meeting room, a phone call. */
  place: z.string(),
  note: z.string().nullable(),
  scheduledAt: z.string(),
});
export type ServiceRequestSchedule = z.infer<typeof ServiceRequestSchedule>;

export const ServiceRequestResult = z.object({
  /** The consultant's written answer, or a note with the translation. */
  text: z.string().nullable(),
  /** The translated documents; download them with GET /uploads/{id}. */
  files: z.array(ServiceRequestFile),
  completedAt: z.string(),
});
export type ServiceRequestResult = z.infer<typeof ServiceRequestResult>;

export const ServiceRequestTimelineEntry = z.object({
  at: z.string(),
  action: z.string(),
  actorType: z.enum(["citizen", "officer", "system"]),
  status: ServiceRequestStatus,
  note: z.string().nullable(),
});
export type ServiceRequestTimelineEntry = z.infer<typeof ServiceRequestTimelineEntry>;

export const citizenServiceActions = ["accept", "cancel"] as const;
export const CitizenServiceAction = z.enum(citizenServiceActions);
export type CitizenServiceAction = z.infer<typeof CitizenServiceAction>;

export const officerServiceActions = ["quote", "schedule", "start", "complete", "reject"] as const;
export const OfficerServiceAction = z.enum(officerServiceActions);
export type OfficerServiceAction = z.infer<typeof OfficerServiceAction>;

/** Human names of the steps a timeline shows; `action` of a timeline entry is one of these keys. */
export const serviceRequestEventLabel: Record<string, { vi: string; en: string }> = {
  submit: { vi: "Gửi yêu cầu", en: "Request sent" },
  quote: { vi: "Báo giá", en: "Quoted" },
  accept: { vi: "Đồng ý báo giá", en: "Quote accepted" },
  start: { vi: "Bắt đầu thực hiện", en: "Work started" },
  attach_result: { vi: "Thêm tệp kết quả", en: "Result file added" },
  detach_result: { vi: "Gỡ tệp kết quả", en: "Result file removed" },
  schedule: { vi: "Hẹn lịch tư vấn", en: "Consultation scheduled" },
  complete: { vi: "Hoàn thành, trả kết quả", en: "Completed" },
  reject: { vi: "Không thực hiện", en: "Declined" },
  cancel: { vi: "Người gửi hủy yêu cầu", en: "Cancelled by the sender" },
};

const ServiceRequestBody = ServiceRequestSummary.extend({
  contact: z.object({ name: z.string(), phone: z.string(), email: z.string().nullable() }),
  consulting: z
    .object({ topic: ConsultingTopic, topicOther: z.string().nullable(), question: z.string(), preferredDate: z.string(), preferredPeriod: DayPeriod })
    .nullable(),
  translation: z
    .object({
      sourceLanguage: TranslationLanguage,
      targetLanguage: TranslationLanguage,
      /** As declared by the citizen. */
      pages: z.number().int(),
      notarised: z.boolean(),
      note: z.string().nullable(),
      documents: z.array(ServiceRequestFile),
    })
    .nullable(),
  quote: ServiceRequestQuote.nullable(),
  schedule: ServiceRequestSchedule.nullable(),
  result: ServiceRequestResult.nullable(),
  rejectReason: z.string().nullable(),
  timeline: z.array(ServiceRequestTimelineEntry),
});

export const ServiceRequestDetail = ServiceRequestBody.extend({ allowedActions: z.array(CitizenServiceAction) });
export type ServiceRequestDetail = z.infer<typeof ServiceRequestDetail>;

export const ServiceRequestList = z.object({ items: z.array(ServiceRequestSummary) });
export type ServiceRequestList = z.infer<typeof ServiceRequestList>;

/** A tracking code as typed: letters, digits, dashes and spaces only. */
export const ServiceRequestCodeParam = z.object({ code: z.string().trim().min(4).max(40).regex(/^[0-9A-Za-z -]+$/) });

/** The citizen agrees to the price they saw; a quote revised meanwhile is refused, not accepted blind. */
export const AcceptServiceQuoteRequest = z.strictObject({ totalVnd: z.number().int().min(0).max(10_000_000_000) });
export type AcceptServiceQuoteRequest = z.infer<typeof AcceptServiceQuoteRequest>;
export const CancelServiceRequest = z.strictObject({ reason: multiLine(500, 0).optional() });
export type CancelServiceRequest = z.infer<typeof CancelServiceRequest>;

// ---- The center's side ----

export const DeskServiceRequestQuery = z.strictObject({
  kind: ServiceRequestKind.optional(),
  status: ServiceRequestStatus.optional(),
  /** A tracking code, a contact's name or phone, or words of the question. */
  q: singleLine(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type DeskServiceRequestQuery = z.infer<typeof DeskServiceRequestQuery>;

export const DeskServiceRequestSummary = ServiceRequestSummary.extend({ contactName: z.string() });
export type DeskServiceRequestSummary = z.infer<typeof DeskServiceRequestSummary>;

export const DeskServiceRequestList = z.object({
  items: z.array(DeskServiceRequestSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type DeskServiceRequestList = z.infer<typeof DeskServiceRequestList>;

export const DeskServiceRequestDetail = ServiceRequestBody.extend({
  /** The Zalo account that sent it, beside the contact the citizen typed. */
  sender: z.object({ name: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  /** The translated files, while the officer prepares them and after. */
  resultFiles: z.array(ServiceRequestFile),
  /** Whether result files may be added or removed now (translation in progress). */
  resultFilesEditable: z.boolean(),
  allowedActions: z.array(OfficerServiceAction),
});
export type DeskServiceRequestDetail = z.infer<typeof DeskServiceRequestDetail>;

const note = multiLine(500, 0).optional();

export const QuoteServiceRequest = z.strictObject({
  /** The page count as the center counts it, correcting the citizen's. */
  pages: z.number().int().min(1).max(TRANSLATION_MAX_PAGES),
  pricePerPageVnd: PricePerPage,
  /** Only for a translation to be notarised. */
  notarisationFeeVnd: Fee.default(0),
  note,
});
export type QuoteServiceRequest = z.infer<typeof QuoteServiceRequest>;

export const ScheduleServiceRequest = z.strictObject({
  date: LocalDay,
  time: ClockTime,
  place: singleLine(200, 3),
  note,
});
export type ScheduleServiceRequest = z.infer<typeof ScheduleServiceRequest>;

export const StartServiceRequest = z.strictObject({ note });
export type StartServiceRequest = z.infer<typeof StartServiceRequest>;

/** Consulting needs the written answer; a translation needs its result files, and may carry a note. */
export const CompleteServiceRequest = z.strictObject({ answer: multiLine(SERVICE_ANSWER_MAX, 10).optional() });
export type CompleteServiceRequest = z.infer<typeof CompleteServiceRequest>;

export const RejectServiceRequest = z.strictObject({ reason: multiLine(1000, 5) });
export type RejectServiceRequest = z.infer<typeof RejectServiceRequest>;

/** pages × price per page + the notarisation fee, as the server computes it. */
export const quoteTotal = (q: { pages: number; pricePerPageVnd: number; notarisationFeeVnd: number }): number =>
  q.pages * q.pricePerPageVnd + q.notarisationFeeVnd;
