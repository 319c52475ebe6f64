import "../../components/dossier/dossier.css";
import "../feedback/feedback.css";
import "./appointments.css";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useParams } from "zmp-ui";
import { AppPage } from "../../components/AppPage.tsx";
import { AppLink } from "../../components/catalog/AppLink.tsx";
import { CancelDialog } from "../../components/dossier/CancelDialog.tsx";
import { FactRow } from "../../components/dossier/FactRow.tsx";
import { formatDayTime } from "../../components/dossier/format.ts";
import { QueryGate } from "../../components/QueryGate.tsx";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { paths } from "../paths.ts";
import { applyTicket, cancelAppointment, ticketQuery } from "./appointment-queries.ts";
import { dayLabel } from "./day-label.ts";
import { appointmentMessages } from "./messages.ts";
import { AppointmentStatus } from "./AppointmentStatus.tsx";

/** The ticket to show at the counter: its QR code (drawn by the BFF), the code in words, where and when. */
export default function TicketPage() {
  const t = useMessages(appointmentMessages);
  const language = useLanguage();
  const { id = "" } = useParams();
  const query = useQuery(ticketQuery(id));
  const queryClient = useQueryClient();
  const [cancelling, setCancelling] = useState(false);

  return (
    <AppPage title={t("ticketTitle")} className="dossier-screen voice-screen">
      <QueryGate query={query}>
        {(ticket) => (
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
                <FactRow label={t("ticketDay")}>{dayLabel(ticket.date, language)}</FactRow>
                <FactRow label={t("ticketTime")}>
                  {ticket.start}–{ticket.end}
                </FactRow>
                <FactRow label={t("ticketAgency")}>{ticket.agency.name}</FactRow>
                {ticket.agency.address && <FactRow label={t("ticketAddress")}>{ticket.agency.address}</FactRow>}
                {ticket.procedure && <FactRow label={t("ticketProcedure")}>{ticket.procedure.name}</FactRow>}
                {ticket.note && <FactRow label={t("ticketNote")}>{ticket.note}</FactRow>}
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
            {cancelling && <CancelDialog t={t} onCancel={async () => applyTicket(queryClient, await cancelAppointment(ticket.id))} onClose={() => setCancelling(false)} />}
          </>
        )}
      </QueryGate>
    </AppPage>
  );
}
