import { useMessages } from "../../i18n/i18n.tsx";
import { textScales, useSettings, type TextScale } from "../../settings/settings.tsx";
import { messages, type SettingsKey } from "./messages.ts";

const labels: Record<TextScale, SettingsKey> = { 1: "textSize1", 1.25: "textSize125", 1.5: "textSize15", 2: "textSize2" };

export function TextSizeSetting() {
  const t = useMessages(messages);
  const { textScale, update } = useSettings();
  return (
    <fieldset className="card settings-group" aria-describedby="settings-text-preview">
      <legend className="settings-group__legend">{t("textSize")}</legend>
      {textScales.map((scale) => (
        <label key={scale} className="settings-choice">
          <input type="radio" name="text-size" value={scale} checked={textScale === scale} onChange={() => update({ textScale: scale })} />
          <span>{t(labels[scale])}</span>
        </label>
      ))}
      <p id="settings-text-preview" className="settings-preview">
        {t("textSizePreview")}
      </p>
    </fieldset>
  );
}
