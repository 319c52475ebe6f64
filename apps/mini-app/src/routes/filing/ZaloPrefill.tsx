import { useState } from "react";
import { api } from "../../api/api.ts";
import { authed, updateCitizen } from "../../api/session.ts";
import { useMessages } from "../../i18n/i18n.tsx";
import { getAccessToken, getPhoneNumberToken, getUserProfile } from "../../platform/zalo.ts";
import { filingMessages } from "./filing-messages.ts";

/** "+84912345678" → "0912345678", the way people read their own number. */
export const nationalPhone = (e164: string): string => (e164.startsWith("+84") ? `0${e164.slice(3)}` : e164);

/**
 * The phone number from Zalo, asked for only when the citizen taps the button: first why we want it,
 * then Zalo's own consent prompt, then the BFF exchanges the one-time token (never the phone itself).
 */
export function ZaloPhoneButton({ onPhone }: { onPhone: (phone: string) => void }) {
  const t = useMessages(filingMessages);
  const [stage, setStage] = useState<"idle" | "explain" | "working" | "done" | "unavailable" | "failed">("idle");

  const fetchPhone = async () => {
    setStage("working");
    const [phoneToken, accessToken] = await Promise.all([getPhoneNumberToken(), getAccessToken()]);
    if (!phoneToken || !accessToken) return setStage("unavailable");
    try {
      const citizen = await authed((auth) => api.api.v1.auth.phone.$post({ json: { accessToken, phoneToken } }, auth));
      updateCitizen(citizen);
      if (!citizen.phone) return setStage("failed");
      onPhone(nationalPhone(citizen.phone));
      setStage("done");
    } catch {
      setStage("failed");
    }
  };

  return (
    <div className="zalo-prefill">
      {stage === "explain" ? (
        <div className="zalo-prefill__explain" role="region" aria-label={t("useZaloPhone")}>
          <p>{t("zaloPhoneWhy")}</p>
          <div className="zalo-prefill__actions">
            <button type="button" className="button button--primary" onClick={() => void fetchPhone()}>
              {t("zaloPhoneAgree")}
            </button>
            <button type="button" className="button" onClick={() => setStage("idle")}>
              {t("zaloPhoneDecline")}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--link" disabled={stage === "working"} onClick={() => setStage("explain")}>
          {t("useZaloPhone")}
        </button>
      )}
      <p className="zalo-prefill__status" role="status" aria-live="polite">
        {stage === "working" && t("zaloPhoneWorking")}
        {stage === "done" && t("zaloPhoneDone")}
        {stage === "unavailable" && t("zaloPhoneUnavailable")}
        {stage === "failed" && t("zaloPhoneFailed")}
      </p>
    </div>
  );
}

/** The name from the Zalo profile, after Zalo's consent prompt, for the citizen to correct. */
export function ZaloNameButton({ onName }: { onName: (name: string) => void }) {
  const t = useMessages(filingMessages);
  const [stage, setStage] = useState<"idle" | "working" | "unavailable">("idle");
  const fetchName = async () => {
    setStage("working");
    const profile = await getUserProfile();
    if (!profile?.name) return setStage("unavailable");
    onName(profile.name);
    setStage("idle");
  };
  return (
    <div className="zalo-prefill">
      <button type="button" className="button button--link" disabled={stage === "working"} onClick={() => void fetchName()} aria-describedby="zalo-name-why">
        {t("useZaloName")}
      </button>
      <p id="zalo-name-why" className="field__hint">
        {t("zaloNameWhy")}
      </p>
      <p className="zalo-prefill__status" role="status" aria-live="polite">
        {stage === "unavailable" && t("zaloNameUnavailable")}
      </p>
    </div>
  );
}
