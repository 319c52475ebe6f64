import type { Language } from "../../i18n/i18n.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { useSettings } from "../../settings/settings.tsx";
import { messages } from "./messages.ts";

const languages: ReadonlyArray<{ value: Language; label: "languageVi" | "languageEn"; lang: string }> = [
  { value: "vi", label: "languageVi", lang: "vi" },
  { value: "en", label: "languageEn", lang: "en" },
];

export function LanguageSetting() {
  const t = useMessages(messages);
  const { language, update } = useSettings();
  return (
    <fieldset className="card settings-group">
      <legend className="settings-group__legend">{t("language")}</legend>
      {languages.map((option) => (
        <label key={option.value} className="settings-choice">
          <input type="radio" name="language" value={option.value} checked={language === option.value} onChange={() => update({ language: option.value })} />
          {/* Each language's name is written in that language, so a reader of either can find theirs. */}
          <span lang={option.lang}>{t(option.label)}</span>
        </label>
      ))}
    </fieldset>
  );
}
