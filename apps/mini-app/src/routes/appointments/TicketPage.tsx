import "../../components/dossier/dossier.css";
import "../feedback/feedback.css";
import "./appointments.css";
import type { AppointmentTicket } from "@motcua/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Modal, useParams } from "zmp-ui";
import { AppPage } from "../../components/AppPage.tsx";
import { AppLink } from "../../components/catalog/AppLink.tsx";
import { formatDayTime } from "../../components/dossier/format.ts";
import { ErrorState } from "../../components/ErrorState.tsx";
import { PageLoading } from "../../components/PageLoading.tsx";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { paths } from "../paths.ts";
import { applyTicket, cancelAppointment, ticketQuery } from "./appointment-queries.ts";
import { dayLabel } from "./day-label.ts";
import { appointmentMessages } from "./messages.ts";
import { AppointmentStatus } from "./AppointmentStatus.tsx";

function CancelDialog({ ticket, onClose }: { ticket: AppointmentTicket; onClose(): void }) {
  const t = useMessages(appointmentMessages);
  const queryClient = useQueryClient();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function confirm() {
    setFailure(null);
    setSending(true);
    try {
      applyTicket(queryClient, await cancelAppointment(ticket.id));
      onClose();
    } catch (err) {
      setFailure(err);
    } finally {
      setSending(false);
    }
  }

  return (
    <Modal visible title={t("cancelTitle")} onClose={sending ? undefined : onClose} maskClosable={!sending}>
      <div className="dossier-screen">
        <p>{t("cancelExplain")}</p>
        {failure !== null && <ErrorState error={failure} onRetry={() => void confirm()} />}
        <div className="dossier-actions">
          <button type="button" className="dossier-button dossier-button--danger" disabled={sending} aria-busy={sending} onClick={() => void confirm()}>
            {sending ? t("cancelling") : t("cancelConfirm")}
          </button>
          <button type="button" className="dossier-button" disabled={sending} onClick={onClose}>
            {t("cancelKeep")}
          </button>
        </div>
      </div>
    </Modal>
  );
}

/** The ticket to show at the counter: its QR code (drawn by the BFF), the code in words, where and when. */
export default function TicketPage() {
  const t = useMessages(appointmentMessages);
  const language = useLanguage();
  const { id = "" } = useParams();
  const query = useQuery(ticketQuery(id));
  const [cancelling, setCancelling] = useState(false);
  const ticket = query.data;

  return (
    <AppPage title={t("ticketTitle")} className="dossier-screen voice-screen">
      {query.isPending ? (
        <PageLoading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : ticket ? (
        <>
          <section className="card appt-ticket" aria-labelledby="ticket-code-label">
            <AppointmentStatus item={ticket} />
            {ticket.status === "BOOKED" && !ticket.past && (
              <>
                <img className="appt-ticket__qr" src={ticket.qr} alt={t("ticketQr", { code: ticket.code })} width={256} height={256} />
                <p>{t("ticketShow")}</p>
              </>
            )}
            <p id="ticket-code-label" className="muted">
              {t("ticketCode")}
            </p>
            <strong className="appt-ticket__code">{ticket.code}</strong>
            <dl className="facts">
              <div className="facts__row">
                <dt>{t("ticketDay")}</dt>
                <dd>{dayLabel(ticket.date, language)}</dd>
              </div>
              <div className="facts__row">
                <dt>{t("ticketTime")}</dt>
                <dd>
                  {ticket.start}–{ticket.end}
                </dd>
              </div>
              <div className="facts__row">
                <dt>{t("ticketAgency")}</dt>
                <dd>{ticket.agency.name}</dd>
              </div>
              {ticket.agency.address && (
                <div className="facts__row">
                  <dt>{t("ticketAddress")}</dt>
                  <dd>{ticket.agency.address}</dd>
                </div>
              )}
              {ticket.procedure && (
                <div className="facts__row">
                  <dt>{t("ticketProcedure")}</dt>
                  <dd>{ticket.procedure.name}</dd>
                </div>
              )}
              {ticket.note && (
                <div className="facts__row">
                  <dt>{t("ticketNote")}</dt>
                  <dd>{ticket.note}</dd>
                </div>
              )}
            </dl>
            {ticket.status === "CHECKED_IN" && ticket.checkedInAt && <p className="notice notice--success">{t("ticketCheckedIn", { time: formatDayTime(ticket.checkedInAt, language) })}</p>}
            {ticket.status === "CANCELLED" && <p className="notice notice--info">{t("ticketCancelled")}</p>}
            {ticket.status === "BOOKED" && ticket.past && <p className="notice notice--warning">{t("ticketMissed")}</p>}
          </section>
          <div className="dossier-actions">
            {ticket.cancellable && (
              <button type="button" className="dossier-button dossier-button--danger-outline" onClick={() => setCancelling(true)}>
                {t("cancel")}
              </button>
            )}
            <AppLink className="dossier-button" to={paths.appointments}>
              {t("ticketAll")}
            </AppLink>
          </div>
          {cancelling && <CancelDialog ticket={ticket} onClose={() => setCancelling(false)} />}
        </>
      ) : null}
    </AppPage>
  );
}
