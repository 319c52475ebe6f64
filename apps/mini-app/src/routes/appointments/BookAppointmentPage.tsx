import "../../components/dossier/dossier.css";
import "../feedback/feedback.css";
import "./appointments.css";
import { ApiError } from "@motcua/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useNavigate } from "zmp-ui";
import { AppPage } from "../../components/AppPage.tsx";
import { useIdempotencyKey } from "../../components/dossier/idempotency-key.ts";
import { ErrorState } from "../../components/ErrorState.tsx";
import { PageLoading } from "../../components/PageLoading.tsx";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { AgencySelect } from "../feedback/AgencySelect.tsx";
import { ProcedurePicker, type ChosenProcedure } from "../feedback/ProcedurePicker.tsx";
import { paths } from "../paths.ts";
import { applyTicket, availabilityQuery, bookAppointment, type BookBody } from "./appointment-queries.ts";
import { dayLabel } from "./day-label.ts";
import { appointmentMessages } from "./messages.ts";

const NOTE_MAX = 300;

/**
 * Booking in one screen, top to bottom: where (an agency, or a procedure that names it), which
 * working day, which time with places left, then one button. A slot taken meanwhile refreshes the
 * times and says so; nothing chosen is lost.
 */
export default function BookAppointmentPage() {
  const t = useMessages(appointmentMessages);
  const language = useLanguage();
  const ids = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const keyFor = useIdempotencyKey();
  const [agencyCode, setAgencyCode] = useState("");
  const [procedure, setProcedure] = useState<ChosenProcedure | null>(null);
  const [date, setDate] = useState<string | null>(null);
  const [start, setStart] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);

  const offer = useQuery({ ...availabilityQuery(agencyCode, procedure?.code ?? ""), enabled: agencyCode !== "" });
  const days = offer.data?.days ?? [];
  const day = days.find((d) => d.date === date);
  const slot = day?.slots.find((s) => s.start === start);

  const chooseAgency = (code: string) => {
    setAgencyCode(code);
    setDate(null);
    setStart(null);
  };
  const chooseProcedure = (next: ChosenProcedure | null) => {
    setProcedure(next);
    if (next?.agencyCode) chooseAgency(next.agencyCode);
  };

  async function confirm() {
    setNotice(null);
    setFailure(null);
    if (!agencyCode || !day || !slot) {
      setNotice(t("chooseAll"));
      return;
    }
    if (note.trim().length > NOTE_MAX) {
      setNotice(t("noteTooLong", { max: NOTE_MAX }));
      return;
    }
    const body: BookBody = {
      agencyCode,
      date: day.date,
      start: slot.start,
      ...(procedure ? { procedureCode: procedure.code } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    setSending(true);
    try {
      const ticket = await bookAppointment(body, keyFor(body));
      applyTicket(queryClient, ticket);
      navigate(paths.appointment(ticket.id), { replace: true });
    } catch (err) {
      if (err instanceof ApiError && (err.status === 409 || err.status === 422)) {
        setNotice(err.code === "CONFLICT" || err.errors.length ? t("taken", { detail: err.detail ?? err.title }) : (err.detail ?? err.title));
        setStart(null);
        void offer.refetch();
      } else {
        setFailure(err);
      }
    } finally {
      setSending(false);
    }
  }

  const placesIn = (d: (typeof days)[number]) => d.slots.reduce((sum, s) => sum + s.remaining, 0);

  return (
    <AppPage title={t("bookTitle")} className="dossier-screen voice-screen">
      <section className="card">
        <AgencySelect id={`${ids}-agency`} label={t("agencyLabel")} emptyLabel={t("agencyPrompt")} value={agencyCode} onChange={chooseAgency} />
        <p className="muted dossier-field__hint">{t("procedureHint")}</p>
        <ProcedurePicker id={`${ids}-procedure`} value={procedure} onChange={chooseProcedure} />
        {procedure && procedure.agencyCode === null && !agencyCode && <p className="notice notice--info">{t("communeNeeded")}</p>}
      </section>

      {agencyCode !== "" &&
        (offer.isPending ? (
          <PageLoading />
        ) : offer.isError ? (
          <ErrorState error={offer.error} onRetry={() => void offer.refetch()} />
        ) : days.length === 0 ? (
          <p className="card">{t("noDays")}</p>
        ) : (
          <section className="card">
            <fieldset className="appt-choices">
              <legend>{t("dayLegend")}</legend>
              <div className="appt-grid">
                {days.map((d) => {
                  const places = placesIn(d);
                  return (
                    <button
                      key={d.date}
                      type="button"
                      className="appt-choice"
                      aria-pressed={d.date === date}
                      disabled={places === 0}
                      onClick={() => {
                        setDate(d.date);
                        setStart(null);
                      }}
                    >
                      <span className="appt-choice__main">{dayLabel(d.date, language, false)}</span>
                      <span className="appt-choice__places">{places === 0 ? t("dayFull") : t("dayPlaces", { count: places })}</span>
                    </button>
                  );
                })}
              </div>
            </fieldset>

            {day && (
              <fieldset className="appt-choices">
                <legend>{t("slotLegend")}</legend>
                <div className="appt-grid">
                  {day.slots.map((s) => (
                    <button key={s.start} type="button" className="appt-choice" aria-pressed={s.start === start} disabled={s.remaining === 0} onClick={() => setStart(s.start)}>
                      <span className="appt-choice__main">
                        {s.start}–{s.end}
                      </span>
                      <span className="appt-choice__places">{s.remaining === 0 ? t("slotFull") : t("slotPlaces", { count: s.remaining })}</span>
                    </button>
                  ))}
                </div>
              </fieldset>
            )}

            <div className="dossier-field">
              <label htmlFor={`${ids}-note`} className="dossier-field__label">
                {t("noteLabel")}
              </label>
              <textarea id={`${ids}-note`} className="dossier-field__control" rows={2} maxLength={NOTE_MAX + 50} value={note} onChange={(e) => setNote(e.target.value)} />
            </div>

            {day && slot && offer.data && (
              <p className="appt-summary">{t("summary", { day: dayLabel(day.date, language), start: slot.start, end: slot.end, agency: offer.data.agency.name })}</p>
            )}
            {notice && (
              <p className="notice notice--warning" role="alert">
                {notice}
              </p>
            )}
            {failure !== null && <ErrorState error={failure} onRetry={() => void confirm()} />}
            <button type="button" className="dossier-button dossier-button--primary" disabled={sending} aria-busy={sending} onClick={() => void confirm()}>
              {sending ? t("confirming") : t("confirm")}
            </button>
          </section>
        ))}
    </AppPage>
  );
}
