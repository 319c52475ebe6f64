import type { DossierStatus } from "@motcua/contracts";

export type ActorType = "citizen" | "officer" | "system";

/** `RESUME`: back to the state the dossier was paused from (supplement, payment). */
export type Target = DossierStatus | "RESUME" | "SAME";

export interface TransitionRule {
  from: readonly DossierStatus[];
  to: Target;
  actors: readonly ActorType[];
  /** Pauses record where to resume. */
  pauses?: boolean;
  /** Citizen-visible: writes an outbox row for a notification. */
  notify: boolean;
}

/**
 * Every legal move of a dossier (design.md "Dossier states"; domain.md §3.4). Anything not here is
 * refused with ILLEGAL_TRANSITION, and the rule's `from` list is enforced inside the UPDATE itself.
 */
export const transitions = {
  accept: { from: ["SUBMITTED"], to: "RECEIVED", actors: ["officer"], notify: true },
  refuse: { from: ["SUBMITTED"], to: "REFUSED", actors: ["officer"], notify: true },
  request_supplement: {
    from: ["SUBMITTED", "RECEIVED", "IN_PROGRESS"],
    to: "AWAITING_SUPPLEMENT",
    actors: ["officer"],
    pauses: true,
    notify: true,
  },
  supplement: { from: ["AWAITING_SUPPLEMENT"], to: "RESUME", actors: ["citizen"], notify: true },
  start_processing: { from: ["RECEIVED"], to: "IN_PROGRESS", actors: ["officer"], notify: true },
  transfer: { from: ["RECEIVED", "IN_PROGRESS"], to: "SAME", actors: ["officer"], notify: false },
  request_payment: { from: ["IN_PROGRESS"], to: "AWAITING_PAYMENT", actors: ["officer"], pauses: true, notify: true },
  confirm_payment: { from: ["AWAITING_PAYMENT"], to: "RESUME", actors: ["officer"], notify: true },
  extend: { from: ["IN_PROGRESS"], to: "IN_PROGRESS", actors: ["officer"], notify: true },
  result_ready: { from: ["IN_PROGRESS"], to: "RESULT_READY", actors: ["officer"], notify: true },
  dispatch: { from: ["RESULT_READY"], to: "IN_DELIVERY", actors: ["officer"], notify: true },
  deliver: { from: ["RESULT_READY", "IN_DELIVERY"], to: "DELIVERED", actors: ["officer"], notify: true },
  stop: { from: ["RECEIVED", "IN_PROGRESS"], to: "STOPPED", actors: ["officer"], notify: true },
  withdraw: {
    from: ["SUBMITTED", "RECEIVED", "IN_PROGRESS", "AWAITING_SUPPLEMENT", "AWAITING_PAYMENT"],
    to: "WITHDRAWN",
    actors: ["citizen"],
    notify: true,
  },
} as const satisfies Record<string, TransitionRule>;

export type TransitionAction = keyof typeof transitions;

export function ruleOf(action: TransitionAction): TransitionRule {
  return transitions[action];
}

export function canApply(action: TransitionAction, status: DossierStatus, actor: ActorType): boolean {
  const rule: TransitionRule = transitions[action];
  return rule.actors.includes(actor) && rule.from.includes(status);
}

/** Human names of the actions, as the timeline shows them. */
export const actionLabel: Record<TransitionAction | "submit" | "rate", { vi: string; en: string }> = {
  submit: { vi: "Nộp hồ sơ trực tuyến", en: "Filed online" },
  accept: { vi: "Tiếp nhận hồ sơ", en: "Accepted" },
  refuse: { vi: "Từ chối tiếp nhận", en: "Refused" },
  request_supplement: { vi: "Yêu cầu bổ sung giấy tờ", en: "Supplement requested" },
  supplement: { vi: "Công dân bổ sung giấy tờ", en: "Supplement provided" },
  start_processing: { vi: "Chuyển xử lý", en: "Processing started" },
  transfer: { vi: "Chuyển cơ quan xử lý", en: "Transferred" },
  request_payment: { vi: "Thông báo nộp phí, lệ phí", en: "Fees due" },
  confirm_payment: { vi: "Xác nhận đã nộp phí", en: "Payment confirmed" },
  extend: { vi: "Xin lỗi và hẹn lại ngày trả", en: "Apology and new date" },
  result_ready: { vi: "Có kết quả", en: "Result ready" },
  dispatch: { vi: "Gửi kết quả qua bưu chính", en: "Result posted" },
  deliver: { vi: "Trả kết quả", en: "Result delivered" },
  stop: { vi: "Dừng xử lý hồ sơ", en: "Processing stopped" },
  withdraw: { vi: "Công dân rút hồ sơ", en: "Withdrawn by the applicant" },
  /** Not a transition: the ratings module records the citizen's satisfaction rating as an event. */
  rate: { vi: "Công dân đánh giá mức độ hài lòng", en: "Satisfaction rated by the applicant" },
};
