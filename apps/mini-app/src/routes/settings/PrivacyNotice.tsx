import { TitledSection } from "../../components/TitledSection.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { messages, type SettingsKey } from "./messages.ts";

const parts: ReadonlyArray<{ title: SettingsKey; items: SettingsKey[] }> = [
  { title: "privacyWhatTitle", items: ["privacyWhatZalo", "privacyWhatName", "privacyWhatPhone", "privacyWhatId", "privacyWhatDossier"] },
  { title: "privacyWhyTitle", items: ["privacyWhy"] },
  { title: "privacyHowLongTitle", items: ["privacyHowLongDraft", "privacyHowLongUpload", "privacyHowLongDossier"] },
  { title: "privacyLawTitle", items: ["privacyLaw"] },
  { title: "privacyRightsTitle", items: ["privacyRights"] },
];

/** The personal-data notice (Law 91/2025/QH15): what, why, how long, on what basis, and the citizen's rights. */
export function PrivacyNotice() {
  const t = useMessages(messages);
  return (
    <TitledSection id="settings-privacy-title" title={t("privacy")} className="card settings-group" titleClassName="settings-group__legend">
      <p>{t("privacySummary")}</p>
      <details className="settings-privacy">
        <summary className="settings-privacy__summary">{t("privacyNotice")}</summary>
        {parts.map((part) => (
          <div key={part.title}>
            <h3 className="settings-privacy__title">{t(part.title)}</h3>
            {part.items.length === 1 ? (
              <p>{t(part.items[0]!)}</p>
            ) : (
              <ul>
                {part.items.map((item) => (
                  <li key={item}>{t(item)}</li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </details>
    </TitledSection>
  );
}
