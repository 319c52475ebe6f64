import {
  consultingTopicLabel,
  serviceRequestEventLabel,
  translationLanguageLabel,
  type OfficerServiceAction,
  type ServiceRequestStatus,
  type ServiceRequestSummary,
} from "@motcua/contracts";

/** Who has the ball: new (the center), the citizen (a quote to accept), at work, or closed. */
export const serviceTone: Record<ServiceRequestStatus, string> = {
  SUBMITTED: "new",
  QUOTED: "citizen",
  ACCEPTED: "desk",
  SCHEDULED: "work",
  IN_PROGRESS: "work",
  COMPLETED: "done",
  CANCELLED: "closed",
  REJECTED: "closed",
};

export const serviceActionLabel: Record<OfficerServiceAction, string> = {
  quote: "Báo giá",
  schedule: "Hẹn lịch tư vấn",
  start: "Bắt đầu dịch",
  complete: "Hoàn thành, trả kết quả",
  reject: "Không thực hiện",
};

export const eventName = (action: string): string => serviceRequestEventLabel[action]?.vi ?? action;

/** What a request is about, in a few words: the topic, or the language pair. */
export function subjectOf(item: Pick<ServiceRequestSummary, "topic" | "sourceLanguage" | "targetLanguage">): string {
  if (item.topic) return consultingTopicLabel[item.topic].vi;
  if (item.sourceLanguage && item.targetLanguage) return `${translationLanguageLabel[item.sourceLanguage].vi} → ${translationLanguageLabel[item.targetLanguage].vi}`;
  return "";
}
