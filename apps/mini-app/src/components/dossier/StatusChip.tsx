import "./dossier.css";
import { statusLabel, type DossierStatus } from "@motcua/contracts";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { dossierMessages } from "./messages.ts";
import { toneColours, toneOfStatus } from "./status-tone.ts";

/** A dossier's status in the citizen's words; the colour repeats the words, it never replaces them. */
export function StatusChip({ status }: { status: DossierStatus }) {
  const language = useLanguage();
  const t = useMessages(dossierMessages);
  const tone = toneOfStatus[status];
  const { text, background } = toneColours[tone];
  return (
    <span className={`status-chip status-chip--${tone}`} style={{ color: text, background }} data-status={status}>
      <span className="visually-hidden">{t("statusPrefix")} </span>
      {statusLabel[status][language]}
    </span>
  );
}
