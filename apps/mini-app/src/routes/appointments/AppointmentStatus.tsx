import { appointmentStatusLabel, type AppointmentSummary } from "@motcua/contracts";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { appointmentMessages } from "./messages.ts";

/** The status in words; a booking whose time has passed unused reads as missed. */
export function AppointmentStatus({ item }: { item: AppointmentSummary }) {
  const t = useMessages(appointmentMessages);
  const language = useLanguage();
  const missed = item.status === "BOOKED" && item.past;
  const tone = item.status === "CHECKED_IN" ? " voice-status--answered" : item.status === "CANCELLED" || missed ? " voice-status--cancelled" : "";
  return <span className={`voice-status${tone}`}>{missed ? t("listMissed") : appointmentStatusLabel[item.status][language]}</span>;
}
