import type { DossierCreated } from "@motcua/contracts";
import { useEffect, useRef, useState } from "react";
import { useNavigate } from "zmp-ui";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { shareText } from "../../platform/zalo.ts";
import { paths } from "../paths.ts";
import { receiptMessages } from "./receipt-messages.ts";
import { NotifyOffer } from "./NotifyOffer.tsx";

export function Receipt({
  created,
  fromEarlierAttempt,
  expectedAt,
  delivery,
  pickup,
}: {
  created: DossierCreated;
  fromEarlierAttempt: boolean;
  expectedAt: Date | null;
  delivery: "counter" | "post";
  pickup: boolean;
}) {
  const t = useMessages(receiptMessages);
  const language = useLanguage();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => heading.current?.focus(), []);

  const codes = t("shareText", { procedure: created.procedure.name, reference: created.reference, secret: created.lookupSecret });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes);
      setNotice(t("copied"));
    } catch {
      setNotice(t("copyFailed"));
    }
  };
  const share = async () => {
    const result = await shareText(codes);
    setNotice(result === "shared" ? t("shared") : result === "copied" ? t("copied") : t("copyFailed"));
  };
  const dateText = expectedAt?.toLocaleDateString(language === "vi" ? "vi-VN" : "en-GB", { timeZone: "Asia/Ho_Chi_Minh", weekday: "long", day: "2-digit", month: "2-digit", year: "numeric" });

  return (
    <div className="receipt">
      <div className="receipt__banner">
        <span className="receipt__tick" aria-hidden="true">
          ✓
        </span>
        <h2 ref={heading} tabIndex={-1}>
          {t("title")}
        </h2>
        <p>{t("lead", { procedure: created.procedure.name, agency: created.agency.name })}</p>
      </div>
      {fromEarlierAttempt && <p className="filing-note">{t("earlier")}</p>}

      <section className="card receipt__codes">
        <dl>
          <div>
            <dt>{t("reference")}</dt>
            <dd className="receipt__code" data-testid="receipt-reference">
              {created.reference}
            </dd>
          </div>
          <div>
            <dt>{t("secret")}</dt>
            <dd className="receipt__code" data-testid="receipt-secret">
              {created.lookupSecret}
            </dd>
          </div>
        </dl>
        <p className="receipt__once">{t("secretOnce")}</p>
        <div className="receipt__actions">
          <button type="button" className="button button--primary" onClick={() => void copy()}>
            {t("copy")}
          </button>
          <button type="button" className="button" onClick={() => void share()}>
            {t("share")}
          </button>
        </div>
        <p role="status" aria-live="polite" className="receipt__notice">
          {notice}
        </p>
      </section>

      {dateText && (
        <section className="card">
          <h3>{t("expected")}</h3>
          <p className="receipt__date">{dateText}</p>
          <p className="muted">{t("expectedNote")}</p>
        </section>
      )}

      <NotifyOffer />

      <section className="card">
        <h3>{t("next")}</h3>
        <ol className="receipt__next">
          <li>{t("next1")}</li>
          <li>{t("next2")}</li>
          {pickup && <li>{t("nextPickup")}</li>}
          <li>{delivery === "post" ? t("nextPost") : t("nextCounter")}</li>
        </ol>
      </section>

      <div className="filing-actions">
        <button type="button" className="button button--primary" onClick={() => navigate(paths.dossier(created.id), { replace: true })}>
          {t("view")}
        </button>
        <button type="button" className="button" onClick={() => navigate(paths.home, { replace: true })}>
          {t("home")}
        </button>
      </div>
    </div>
  );
}
