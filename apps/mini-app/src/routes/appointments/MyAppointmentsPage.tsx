import "../../components/dossier/dossier.css";
import "../feedback/feedback.css";
import "./appointments.css";
import type { AppointmentSummary } from "@motcua/contracts";
import { useQuery } from "@tanstack/react-query";
import { AppPage } from "../../components/AppPage.tsx";
import { AppLink } from "../../components/catalog/AppLink.tsx";
import { ErrorState } from "../../components/ErrorState.tsx";
import { PageLoading } from "../../components/PageLoading.tsx";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { paths } from "../paths.ts";
import { myAppointmentsQuery } from "./appointment-queries.ts";
import { dayLabel } from "./day-label.ts";
import { AppointmentStatus } from "./AppointmentStatus.tsx";
import { appointmentMessages } from "./messages.ts";

function Row({ item }: { item: AppointmentSummary }) {
  const language = useLanguage();
  return (
    <li className="voice-row">
      <AppLink className="voice-row__link" to={paths.appointment(item.id)}>
        <AppointmentStatus item={item} />
        <span className="voice-row__excerpt">
          {dayLabel(item.date, language)} · {item.start}–{item.end}
        </span>
        <span className="voice-row__meta">{item.agency.name}</span>
        <span className="voice-row__meta voice-code">{item.code}</span>
      </AppLink>
    </li>
  );
}

/** The citizen's bookings: the coming ones first, soonest first; then the rest. */
export default function MyAppointmentsPage() {
  const t = useMessages(appointmentMessages);
  const query = useQuery(myAppointmentsQuery);
  const items = query.data?.items ?? [];
  const upcoming = items.filter((a) => a.status === "BOOKED" && !a.past).reverse();
  const earlier = items.filter((a) => !(a.status === "BOOKED" && !a.past));

  return (
    <AppPage title={t("listTitle")} className="dossier-screen voice-screen">
      <section className="card">
        <p className="voice-intro">{t("listIntro")}</p>
        <AppLink className="dossier-button dossier-button--primary" to={paths.bookAppointment}>
          {t("listBook")}
        </AppLink>
      </section>
      {query.isPending ? (
        <PageLoading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <p className="card">{t("listEmpty")}</p>
      ) : (
        <>
          {upcoming.length > 0 && (
            <section aria-labelledby="appointments-upcoming">
              <h2 id="appointments-upcoming" className="voice-heading">
                {t("listUpcoming")}
              </h2>
              <ul className="voice-list">
                {upcoming.map((item) => (
                  <Row key={item.id} item={item} />
                ))}
              </ul>
            </section>
          )}
          {earlier.length > 0 && (
            <section aria-labelledby="appointments-earlier">
              <h2 id="appointments-earlier" className="voice-heading">
                {t("listEarlier")}
              </h2>
              <ul className="voice-list">
                {earlier.map((item) => (
                  <Row key={item.id} item={item} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </AppPage>
  );
}
