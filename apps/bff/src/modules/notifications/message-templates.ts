import { toVnLocal } from "@motcua/calendar";
import { DossierStatus, feedbackStatusLabel, ServiceRequestKind, serviceRequestKindLabel, serviceRequestStatusLabel, statusLabel } from "@motcua/contracts";
import { z } from "zod";

/** What `statusNotice` writes; checked because a jsonb column promises nothing. */
export const StatusNoticePayload = z.object({
  action: z.string().min(1),
  status: DossierStatus,
  reference: z.string().min(1),
  officialCode: z.string().nullable(),
  version: z.number().int(),
});
export type StatusNoticePayload = z.infer<typeof StatusNoticePayload>;

/** The fields of Zalo's Mini App template 01 ("tình trạng đơn hàng"). */
export interface MiniAppNoticeData extends Record<string, string> {
  title: string;
  contentTitle: string;
  contentDescription: string;
  buttonText: string;
  buttonUrl: string;
}

/** Parameters the registered ZNS template must declare, under these names. */
export interface ZnsNoticeData extends Record<string, string> {
  reference: string;
  status: string;
  detail: string;
}

/** Template 01 allows at most 32 characters of title. */
const TITLE = "Dịch vụ công Đồng Nai";

type Describe = (reference: string, dueDate: string | null) => string;

/**
 * By action rather than status: "resume" moves land on whatever state was paused, and an
 * extension stays IN_PROGRESS, yet each means something different to the citizen.
 */
const descriptions: Record<string, Describe> = {
  submit: (ref) => `Hồ sơ ${ref} đã được nộp thành công và đang chờ cơ quan tiếp nhận.`,
  accept: (ref, due) => `Hồ sơ ${ref} đã được tiếp nhận${due ? `, hẹn trả ngày ${due}` : ""}.`,
  refuse: (ref) => `Hồ sơ ${ref} không được tiếp nhận. Xem lý do trong ứng dụng.`,
  request_supplement: (ref) => `Hồ sơ ${ref} cần bổ sung giấy tờ. Xem yêu cầu và bổ sung trong ứng dụng.`,
  supplement: (ref) => `Đã nhận giấy tờ bổ sung của hồ sơ ${ref}; hồ sơ tiếp tục được xử lý.`,
  start_processing: (ref) => `Hồ sơ ${ref} đang được xử lý.`,
  request_payment: (ref) => `Hồ sơ ${ref} cần nộp phí, lệ phí để tiếp tục được xử lý.`,
  confirm_payment: (ref) => `Đã xác nhận nộp phí, lệ phí cho hồ sơ ${ref}; hồ sơ tiếp tục được xử lý.`,
  extend: (ref, due) => `Hồ sơ ${ref} được hẹn lại ngày trả kết quả${due ? ` là ${due}` : ""}. Cơ quan xin lỗi vì sự chậm trễ.`,
  result_ready: (ref) => `Hồ sơ ${ref} đã có kết quả.`,
  dispatch: (ref) => `Kết quả của hồ sơ ${ref} đã được gửi qua bưu chính.`,
  deliver: (ref) => `Hồ sơ ${ref} đã được trả kết quả.`,
  stop: (ref) => `Hồ sơ ${ref} đã bị dừng xử lý. Xem lý do trong ứng dụng.`,
  withdraw: (ref) => `Hồ sơ ${ref} đã được rút theo yêu cầu của bạn.`,
};

/** dd/mm/yyyy on Vietnam's calendar, whatever the server's time zone. */
export function vnDate(instant: Date): string {
  const [year, month, day] = toVnLocal(instant).date.split("-");
  return `${day}/${month}/${year}`;
}

export function dossierDeepLink(miniAppId: string, dossierId: string): string {
  return `https://zalo.me/s/${encodeURIComponent(miniAppId)}/dossiers/${encodeURIComponent(dossierId)}`;
}

export function renderStatusNotice(input: {
  payload: StatusNoticePayload;
  dossierId: string;
  /** Read when sending, so a delayed message shows the date that holds now. */
  dueAt: Date | null;
  miniAppId: string;
}): { miniApp: MiniAppNoticeData; zns: ZnsNoticeData } {
  const { payload } = input;
  const status = statusLabel[payload.status].vi;
  const describe = descriptions[payload.action];
  const detail = describe ? describe(payload.reference, input.dueAt ? vnDate(input.dueAt) : null) : `Hồ sơ ${payload.reference}: ${status}.`;
  return {
    miniApp: {
      title: TITLE,
      contentTitle: status,
      contentDescription: detail,
      buttonText: "Xem hồ sơ",
      buttonUrl: dossierDeepLink(input.miniAppId, input.dossierId),
    },
    zns: { reference: payload.reference, status, detail },
  };
}

/** What `feedbackNotice` writes when a manager answers or dismisses a citizen's feedback. */
export const FeedbackNoticePayload = z.object({
  action: z.enum(["answer", "dismiss"]),
  code: z.string().min(1),
});
export type FeedbackNoticePayload = z.infer<typeof FeedbackNoticePayload>;

export function feedbackDeepLink(miniAppId: string, code: string): string {
  return `https://zalo.me/s/${encodeURIComponent(miniAppId)}/feedback/${encodeURIComponent(code)}`;
}

export function renderFeedbackNotice(input: { payload: FeedbackNoticePayload; miniAppId: string }): { miniApp: MiniAppNoticeData; zns: ZnsNoticeData } {
  const { action, code } = input.payload;
  const status = feedbackStatusLabel[action === "answer" ? "ANSWERED" : "DISMISSED"].vi;
  const detail =
    action === "answer"
      ? `Phản ánh, kiến nghị ${code} của bạn đã có câu trả lời. Bấm để xem.`
      : `Phản ánh, kiến nghị ${code} của bạn không được xử lý. Xem lý do trong ứng dụng.`;
  return {
    miniApp: {
      title: TITLE,
      contentTitle: status,
      contentDescription: detail,
      buttonText: action === "answer" ? "Xem trả lời" : "Xem lý do",
      buttonUrl: feedbackDeepLink(input.miniAppId, code),
    },
    zns: { reference: code, status, detail },
  };
}

/** What the service-requests module writes when the center quotes, schedules, completes or declines a request. */
export const ServiceRequestNoticePayload = z.object({
  action: z.enum(["quote", "schedule", "complete", "reject"]),
  code: z.string().min(1),
  kind: ServiceRequestKind,
});
export type ServiceRequestNoticePayload = z.infer<typeof ServiceRequestNoticePayload>;

export function serviceRequestDeepLink(miniAppId: string, code: string): string {
  return `https://zalo.me/s/${encodeURIComponent(miniAppId)}/services/${encodeURIComponent(code)}`;
}

const serviceNotice = {
  quote: { status: "QUOTED", button: "Xem báo giá", detail: (what: string, code: string) => `Yêu cầu ${what} ${code} đã có báo giá. Bấm để xem và đồng ý.` },
  schedule: { status: "SCHEDULED", button: "Xem lịch hẹn", detail: (what: string, code: string) => `Yêu cầu ${what} ${code} đã được hẹn lịch. Bấm để xem thời gian, địa điểm.` },
  complete: { status: "COMPLETED", button: "Xem kết quả", detail: (what: string, code: string) => `Yêu cầu ${what} ${code} đã hoàn thành. Bấm để xem kết quả.` },
  reject: { status: "REJECTED", button: "Xem lý do", detail: (what: string, code: string) => `Trung tâm không thực hiện được yêu cầu ${what} ${code}. Xem lý do trong ứng dụng.` },
} as const;

export function renderServiceRequestNotice(input: { payload: ServiceRequestNoticePayload; miniAppId: string }): { miniApp: MiniAppNoticeData; zns: ZnsNoticeData } {
  const { action, code, kind } = input.payload;
  const notice = serviceNotice[action];
  const status = serviceRequestStatusLabel[notice.status].vi;
  const detail = notice.detail(serviceRequestKindLabel[kind].vi.toLowerCase(), code);
  return {
    miniApp: { title: TITLE, contentTitle: status, contentDescription: detail, buttonText: notice.button, buttonUrl: serviceRequestDeepLink(input.miniAppId, code) },
    zns: { reference: code, status, detail },
  };
}
