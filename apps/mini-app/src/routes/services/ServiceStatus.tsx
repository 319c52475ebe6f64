import { serviceRequestStatusLabel, type ServiceRequestStatus } from "@motcua/contracts";
import { useLanguage } from "../../i18n/i18n.tsx";

/** The status in words; the colour only repeats them. */
export function ServiceStatus({ status }: { status: ServiceRequestStatus }) {
  const language = useLanguage();
  const tone =
    status === "COMPLETED" ? " voice-status--answered" : status === "CANCELLED" || status === "REJECTED" ? " voice-status--cancelled" : status === "QUOTED" ? " service-status--action" : "";
  return <span className={`voice-status${tone}`}>{serviceRequestStatusLabel[status][language]}</span>;
}
