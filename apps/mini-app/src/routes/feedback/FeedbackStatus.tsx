import { feedbackStatusLabel, type FeedbackStatus as Status } from "@motcua/contracts";
import { useLanguage } from "../../i18n/i18n.tsx";

/** The status in words; the colour only repeats them. */
export function FeedbackStatus({ status }: { status: Status }) {
  const language = useLanguage();
  const tone = status === "ANSWERED" ? " voice-status--answered" : status === "DISMISSED" ? " voice-status--dismissed" : "";
  return <span className={`voice-status${tone}`}>{feedbackStatusLabel[status][language]}</span>;
}
