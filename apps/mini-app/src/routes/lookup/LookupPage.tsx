import "../../components/dossier/dossier.css";
import "./lookup.css";
import { ApiError, TrackQuery } from "@motcua/contracts";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent, type RefObject } from "react";
import { useSearchParams } from "zmp-ui";
import { api, json } from "../../api/api.ts";
import { AppPage } from "../../components/AppPage.tsx";
import { AppLink } from "../../components/catalog/AppLink.tsx";
import { DossierField } from "../../components/dossier/DossierField.tsx";
import { ErrorState } from "../../components/ErrorState.tsx";
import { fieldAria } from "../../components/field-aria.ts";
import { TitledSection } from "../../components/TitledSection.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { isInsideZalo, scanQrCode } from "../../platform/zalo.ts";
import { paths } from "../paths.ts";
import { lookupCodesFromQuery, parseLookupLink, type LookupCodes } from "./lookup-link.ts";
import { LookupResult } from "./LookupResult.tsx";
import { lookupMessages, type LookupKey } from "./messages.ts";
import { decodeQrImage } from "./qr-image.ts";

type FieldErrors = Partial<Record<"code" | "secret", LookupKey>>;
type QrNotice = "qrUnreadable" | "qrNotOurs" | "qrCodeOnly" | null;

/** The lookup's own rules (TrackQuery), worded for the citizen. */
function check(code: string, secret: string): { query: { code: string; secret: string } } | { errors: FieldErrors } {
  const parsed = TrackQuery.safeParse({ code, secret });
  if (parsed.success) return { query: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    if (issue.path[0] === "code") errors.code = "codeError";
    if (issue.path[0] === "secret") errors.secret = "secretError";
  }
  return { errors };
}

/** One of the receipt's two codes, typed as printed: capitals, no autocorrect. */
function CodeField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  maxLength,
  inputRef,
}: {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  inputRef?: RefObject<HTMLInputElement>;
}) {
  return (
    <DossierField id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        ref={inputRef}
        className="dossier-field__control lookup-code-input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        maxLength={maxLength}
        {...fieldAria(id, true, error)}
      />
    </DossierField>
  );
}

/**
 * Public status lookup by the codes on the receipt: typed, scanned with Zalo's camera, or read from a
 * photo of the QR code. Opened from the receipt's QR link (/tra-cuu → /lookup?code=…&secret=…) it
 * looks the dossier up at once. Needs no sign-in and shows no personal data.
 */
export default function LookupPage() {
  const t = useMessages(lookupMessages);
  const [params] = useSearchParams();
  const fromLink = useRef(lookupCodesFromQuery(params));
  const [code, setCode] = useState(fromLink.current?.code ?? "");
  const [secret, setSecret] = useState(fromLink.current?.secret ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [qrNotice, setQrNotice] = useState<QrNotice>(null);
  const [readingPhoto, setReadingPhoto] = useState(false);
  const secretInput = useRef<HTMLInputElement>(null);
  const resultBox = useRef<HTMLDivElement>(null);

  const lookup = useMutation({
    mutationFn: (query: { code: string; secret: string }) => json(() => api.api.v1.track.$get({ query })),
  });

  function run(nextCode: string, nextSecret: string) {
    const checked = check(nextCode, nextSecret);
    if ("errors" in checked) {
      setErrors(checked.errors);
      lookup.reset();
      return;
    }
    setErrors({});
    lookup.mutate(checked.query);
  }

  /** A scanned or photographed QR: fill the form, and look up when both codes are there. */
  function applyCodes(codes: LookupCodes | null) {
    if (!codes) {
      setQrNotice("qrNotOurs");
      return;
    }
    setCode(codes.code);
    if (codes.secret) {
      setSecret(codes.secret);
      setQrNotice(null);
      run(codes.code, codes.secret);
    } else {
      setSecret("");
      setQrNotice("qrCodeOnly");
      lookup.reset();
      secretInput.current?.focus();
    }
  }

  useEffect(() => {
    const linked = fromLink.current;
    if (linked?.secret) run(linked.code, linked.secret);
    else if (linked) secretInput.current?.focus();
    // Once, for the address the page was opened with.
  }, []);

  // The answer lands below the form, out of sight on a small screen: bring it into view.
  useEffect(() => {
    if (lookup.data) resultBox.current?.scrollIntoView?.({ behavior: "smooth", block: "start" });
  }, [lookup.data]);

  async function scan() {
    const text = await scanQrCode();
    if (text !== null) applyCodes(parseLookupLink(text));
  }

  async function readPhoto(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setReadingPhoto(true);
    setQrNotice(null);
    try {
      const text = await decodeQrImage(file);
      if (text === null) setQrNotice("qrUnreadable");
      else applyCodes(parseLookupLink(text));
    } catch {
      setQrNotice("qrUnreadable");
    } finally {
      setReadingPhoto(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setQrNotice(null);
    run(code, secret);
  }

  const failure = lookup.error;
  const notFound = failure instanceof ApiError && (failure.status === 404 || failure.status === 400);

  return (
    <AppPage title={t("title")} root className="dossier-screen">
      <p className="lookup-intro">{t("intro")}</p>

      <TitledSection id="lookup-qr-title" title={t("qrTitle")} className="card" titleClassName="dossier-section-title">
        <p className="muted">{t("qrExplain")}</p>
        <div className="dossier-actions">
          {isInsideZalo() && (
            <button type="button" className="dossier-button dossier-button--primary" onClick={() => void scan()}>
              {t("scanQr")}
            </button>
          )}
          <input id="lookup-qr-photo" className="visually-hidden" type="file" accept="image/*" onChange={(e) => void readPhoto(e)} />
          <label htmlFor="lookup-qr-photo" className={`dossier-button ${isInsideZalo() ? "" : "dossier-button--primary"}`} aria-busy={readingPhoto}>
            {readingPhoto ? t("readingQr") : t("pickQrPhoto")}
          </label>
        </div>
        {qrNotice && (
          <p className={`notice ${qrNotice === "qrCodeOnly" ? "notice--info" : "notice--warning"}`} role={qrNotice === "qrCodeOnly" ? "status" : "alert"}>
            {t(qrNotice)}
          </p>
        )}
      </TitledSection>

      <TitledSection id="lookup-form-title" title={t("formTitle")} className="card" titleClassName="dossier-section-title">
        <form onSubmit={submit} noValidate>
          <CodeField id="lookup-code" label={t("code")} hint={t("codeHint")} error={errors.code && t(errors.code)} value={code} onChange={setCode} maxLength={40} />
          <CodeField
            id="lookup-secret"
            label={t("secret")}
            hint={t("secretHint")}
            error={errors.secret && t(errors.secret)}
            value={secret}
            onChange={setSecret}
            maxLength={20}
            inputRef={secretInput}
          />
          <button type="submit" className="dossier-button dossier-button--primary" disabled={lookup.isPending} aria-busy={lookup.isPending}>
            {lookup.isPending ? t("searching") : t("submit")}
          </button>
        </form>
      </TitledSection>

      {notFound && (
        <p className="notice notice--warning" role="alert">
          {t("notFound")}
        </p>
      )}
      {failure && !notFound && <ErrorState error={failure} onRetry={() => run(code, secret)} />}
      <div ref={resultBox} className="lookup-result-box">
        {lookup.data && !lookup.isPending && <LookupResult result={lookup.data} />}
      </div>

      <p className="muted lookup-mine">
        <AppLink className="dossier-link" to={paths.myDossiers}>
          {t("mine")}
        </AppLink>
      </p>
    </AppPage>
  );
}
