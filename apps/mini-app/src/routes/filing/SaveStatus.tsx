import { ApiError } from "@motcua/contracts";
import { useMessages } from "../../i18n/i18n.tsx";
import { filingMessages } from "./filing-messages.ts";
import type { SaveState } from "./useDraftAutosave.ts";

/** One quiet line: where the draft is kept right now. */
export function SaveStatus({ save }: { save: SaveState }) {
  const t = useMessages(filingMessages);
  const text =
    save.state === "idle"
      ? t("saveIdle")
      : save.state === "saving"
        ? t("saveSaving")
        : save.state === "saved"
          ? t("saveSaved")
          : save.state === "offline"
            ? t("saveOffline")
            : t("saveLocal", { reason: save.error instanceof ApiError ? (save.error.detail ?? save.error.title) : "" });
  // Announced only when it matters: "saving… saved" after every pause in typing would be noise.
  const worthSaying = save.state === "offline" || save.state === "local";
  return (
    <p className={`save-status save-status--${save.state}`} {...(worthSaying ? { role: "status" } : {})}>
      {text}
    </p>
  );
}
