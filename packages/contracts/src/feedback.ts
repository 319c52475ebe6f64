import { z } from "zod";
import { PhoneNumber } from "./fields.ts";
import { multiLine, singleLine } from "./text.ts";

/**
 * Citizens' feedback on administrative regulations and the service (phản ánh, kiến nghị; Decree
 * 20/2008 as amended by 92/2017): what it is about decides whether it may be anonymous.
 */
export const feedbackCategories = ["PROCEDURE", "STAFF_CONDUCT", "FACILITIES", "REFORM_PROPOSAL"] as const;
export const FeedbackCategory = z.enum(feedbackCategories, { message: "Hãy chọn nội dung phản ánh" });
export type FeedbackCategory = z.infer<typeof FeedbackCategory>;

export const feedbackCategoryLabel: Record<FeedbackCategory, { vi: string; en: string }> = {
  PROCEDURE: { vi: "Thủ tục, quy định hành chính", en: "A procedure or regulation" },
  STAFF_CONDUCT: { vi: "Thái độ, hành vi của cán bộ", en: "Staff conduct" },
  FACILITIES: { vi: "Cơ sở vật chất, trang thiết bị", en: "Facilities and equipment" },
  REFORM_PROPOSAL: { vi: "Kiến nghị, đề xuất cải cách", en: "A reform proposal" },
};

/** Only a general proposal may be anonymous: a complaint needs someone to answer to. */
export const anonymousCategories: readonly FeedbackCategory[] = ["REFORM_PROPOSAL"];
export const mayBeAnonymous = (category: FeedbackCategory): boolean => anonymousCategories.includes(category);

export const feedbackStatuses = ["RECEIVED", "IN_PROGRESS", "ANSWERED", "DISMISSED"] as const;
export const FeedbackStatus = z.enum(feedbackStatuses);
export type FeedbackStatus = z.infer<typeof FeedbackStatus>;

export const feedbackStatusLabel: Record<FeedbackStatus, { vi: string; en: string }> = {
  RECEIVED: { vi: "Đã tiếp nhận", en: "Received" },
  IN_PROGRESS: { vi: "Đang xử lý", en: "Being handled" },
  ANSWERED: { vi: "Đã trả lời", en: "Answered" },
  DISMISSED: { vi: "Không xử lý", en: "Not taken up" },
};

export const openFeedbackStatuses: readonly FeedbackStatus[] = ["RECEIVED", "IN_PROGRESS"];

export const FEEDBACK_TEXT_MIN = 20;
export const FEEDBACK_TEXT_MAX = 2000;
export const FEEDBACK_ANSWER_MAX = 4000;
export const FEEDBACK_MAX_PHOTOS = 5;
/**
 * Working days to answer, counted from the day after receipt. domain.md §5 says provinces handle
 * feedback in "about a week"; one working week is the default, and the BFF takes another if told.
 */
export const FEEDBACK_DUE_WORKING_DAYS = 5;

const code = z.string().trim().min(1).max(40);

export const SubmitFeedbackRequest = z
  .strictObject({
    category: FeedbackCategory,
    agencyCode: code.optional(),
    procedureCode: code.optional(),
    text: multiLine(FEEDBACK_TEXT_MAX, FEEDBACK_TEXT_MIN),
    /** Upload ids from POST /uploads: photos only, each used once. */
    photoIds: z.array(z.uuid()).max(FEEDBACK_MAX_PHOTOS, { message: `Tối đa ${FEEDBACK_MAX_PHOTOS} ảnh` }).default([]),
    anonymous: z.boolean().default(false),
    /** A number to call back on; never with anonymous feedback. */
    contactPhone: PhoneNumber.optional(),
    /** Consent to publish the question and answer once personal data is removed. */
    publishConsent: z.boolean().default(false),
  })
  .superRefine((body, ctx) => {
    if (body.anonymous && !mayBeAnonymous(body.category)) {
      ctx.addIssue({
        code: "custom",
        path: ["anonymous"],
        message: "Chỉ kiến nghị, đề xuất chung mới được gửi ẩn danh; phản ánh cần trả lời phải có người gửi",
        params: { en: "Only general proposals may be anonymous; a complaint needs a sender to answer" },
      });
    }
    if (body.anonymous && body.contactPhone) {
      ctx.addIssue({
        code: "custom",
        path: ["contactPhone"],
        message: "Góp ý ẩn danh không kèm số điện thoại",
        params: { en: "Anonymous feedback carries no phone number" },
      });
    }
    if (new Set(body.photoIds).size !== body.photoIds.length) {
      ctx.addIssue({ code: "custom", path: ["photoIds"], message: "Một ảnh được gửi hai lần", params: { en: "A photo is listed twice" } });
    }
  });
export type SubmitFeedbackRequest = z.infer<typeof SubmitFeedbackRequest>;

const Ref = z.object({ code: z.string(), name: z.string() });

export const FeedbackCreated = z.object({
  id: z.uuid(),
  /** What the citizen quotes, e.g. `PA-7K3P-9QX2`. */
  code: z.string(),
  status: FeedbackStatus,
  createdAt: z.string(),
  /** The end of the last working day the answer is due on. */
  dueAt: z.string(),
});
export type FeedbackCreated = z.infer<typeof FeedbackCreated>;

export const FeedbackSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  category: FeedbackCategory,
  status: FeedbackStatus,
  /** The first words of the text, for lists. */
  excerpt: z.string(),
  /** Who handles it now. */
  agency: Ref,
  createdAt: z.string(),
  dueAt: z.string(),
  answeredAt: z.string().nullable(),
  /** The first words of the answer, once there is one. */
  answerExcerpt: z.string().nullable(),
});
export type FeedbackSummary = z.infer<typeof FeedbackSummary>;

export const FeedbackPhoto = z.object({
  uploadId: z.uuid(),
  displayName: z.string(),
  kind: z.string(),
  size: z.number().int(),
});
export type FeedbackPhoto = z.infer<typeof FeedbackPhoto>;

export const FeedbackAnswer = z.object({
  text: z.string(),
  answeredAt: z.string(),
  agency: Ref,
});

export const FeedbackDetail = FeedbackSummary.extend({
  text: z.string(),
  procedure: Ref.nullable(),
  photos: z.array(FeedbackPhoto),
  anonymous: z.boolean(),
  contactPhone: z.string().nullable(),
  publishConsent: z.boolean(),
  published: z.boolean(),
  answer: FeedbackAnswer.nullable(),
  /** Why it was not taken up (spam, duplicate, outside the province's remit). */
  dismissReason: z.string().nullable(),
});
export type FeedbackDetail = z.infer<typeof FeedbackDetail>;

export const FeedbackList = z.object({ items: z.array(FeedbackSummary) });
export type FeedbackList = z.infer<typeof FeedbackList>;

/** A tracking code as typed: letters, digits, dashes and spaces only. */
export const FeedbackCodeParam = z.object({ code: z.string().trim().min(4).max(40).regex(/^[0-9A-Za-z -]+$/) });

/** What anyone may read: the question and the answer as the manager published them, nobody's name. */
export const PublishedFeedback = z.object({
  code: z.string(),
  category: FeedbackCategory,
  agency: Ref.nullable(),
  procedure: Ref.nullable(),
  question: z.string(),
  answer: z.string(),
  answeredAt: z.string(),
  publishedAt: z.string(),
});
export type PublishedFeedback = z.infer<typeof PublishedFeedback>;

export const PublishedFeedbackQuery = z.strictObject({
  category: FeedbackCategory.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});
export type PublishedFeedbackQuery = z.infer<typeof PublishedFeedbackQuery>;

export const PublishedFeedbackList = z.object({
  items: z.array(PublishedFeedback),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PublishedFeedbackList = z.infer<typeof PublishedFeedbackList>;

// ---- The managers' side ----

export const DeskFeedbackQuery = z.strictObject({
  status: FeedbackStatus.optional(),
  category: FeedbackCategory.optional(),
  overdue: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  /** A tracking code, or words of the text. */
  q: singleLine(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type DeskFeedbackQuery = z.infer<typeof DeskFeedbackQuery>;

export const DeskFeedbackSummary = FeedbackSummary.extend({
  overdue: z.boolean(),
  anonymous: z.boolean(),
  published: z.boolean(),
});
export type DeskFeedbackSummary = z.infer<typeof DeskFeedbackSummary>;

export const DeskFeedbackList = z.object({
  items: z.array(DeskFeedbackSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type DeskFeedbackList = z.infer<typeof DeskFeedbackList>;

export const feedbackActions = ["triage", "assign", "answer", "dismiss", "publish", "unpublish"] as const;
export const FeedbackAction = z.enum(feedbackActions);
export type FeedbackAction = z.infer<typeof FeedbackAction>;

export const FeedbackTimelineEntry = z.object({
  at: z.string(),
  action: z.string(),
  actorType: z.enum(["citizen", "officer", "system"]),
  status: FeedbackStatus,
  agency: Ref,
  note: z.string().nullable(),
});

export const DeskFeedbackDetail = DeskFeedbackSummary.extend({
  text: z.string(),
  procedure: Ref.nullable(),
  photos: z.array(FeedbackPhoto),
  /** Null for anonymous feedback: the managers never learn who sent it. */
  sender: z.object({ name: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  contactPhone: z.string().nullable(),
  publishConsent: z.boolean(),
  answer: FeedbackAnswer.nullable(),
  dismissReason: z.string().nullable(),
  publication: z.object({ question: z.string(), answer: z.string(), publishedAt: z.string() }).nullable(),
  timeline: z.array(FeedbackTimelineEntry),
  allowedActions: z.array(FeedbackAction),
});
export type DeskFeedbackDetail = z.infer<typeof DeskFeedbackDetail>;

const note = multiLine(1000, 0).optional();

export const TriageFeedbackRequest = z.strictObject({ category: FeedbackCategory.optional(), note });
export type TriageFeedbackRequest = z.infer<typeof TriageFeedbackRequest>;
export const AssignFeedbackRequest = z.strictObject({ agencyCode: code, note });
export type AssignFeedbackRequest = z.infer<typeof AssignFeedbackRequest>;
export const AnswerFeedbackRequest = z.strictObject({ answer: multiLine(FEEDBACK_ANSWER_MAX, 10) });
export type AnswerFeedbackRequest = z.infer<typeof AnswerFeedbackRequest>;
export const DismissFeedbackRequest = z.strictObject({ reason: multiLine(1000, 5) });
export type DismissFeedbackRequest = z.infer<typeof DismissFeedbackRequest>;
/** The public wording, edited by the manager to leave out names, numbers and addresses. */
export const PublishFeedbackRequest = z.strictObject({
  question: multiLine(FEEDBACK_TEXT_MAX, 10),
  answer: multiLine(FEEDBACK_ANSWER_MAX, 10).optional(),
});
export type PublishFeedbackRequest = z.infer<typeof PublishFeedbackRequest>;

export const FeedbackStatsQuery = z
  .strictObject({ from: z.iso.date(), to: z.iso.date() })
  .refine((q) => q.from <= q.to, { path: ["to"], message: "Ngày kết thúc phải sau ngày bắt đầu" });
export type FeedbackStatsQuery = z.infer<typeof FeedbackStatsQuery>;

/** The on-time rate of feedback handling, part of the satisfaction points of Decision 766/QĐ-TTg. */
export const FeedbackStats = z.object({
  from: z.string(),
  to: z.string(),
  received: z.number().int(),
  answeredOnTime: z.number().int(),
  answeredLate: z.number().int(),
  dismissed: z.number().int(),
  open: z.number().int(),
  openOverdue: z.number().int(),
  /** On time / answered; null when nothing was answered. */
  onTimeRate: z.number().min(0).max(1).nullable(),
});
export type FeedbackStats = z.infer<typeof FeedbackStats>;
