import type { FeedbackStatus } from "@motcua/contracts";

/** Who has the ball: just in (the manager), being handled, answered, or closed without an answer. */
export const feedbackTone: Record<FeedbackStatus, string> = {
  RECEIVED: "received",
  IN_PROGRESS: "handling",
  ANSWERED: "answered",
  DISMISSED: "dismissed",
};

export const feedbackActionLabel = {
  triage: "Tiếp nhận xử lý",
  assign: "Chuyển cơ quan khác",
  answer: "Trả lời",
  dismiss: "Không xử lý",
  publish: "Công khai",
  unpublish: "Thôi công khai",
  submit: "Công dân gửi phản ánh",
} as const;

export const actionName = (action: string): string => (feedbackActionLabel as Record<string, string>)[action] ?? action;
