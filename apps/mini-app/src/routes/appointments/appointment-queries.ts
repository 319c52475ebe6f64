import type { AppointmentTicket } from "@motcua/contracts";
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { api, json } from "../../api/api.ts";
import { authed } from "../../api/session.ts";

export const appointmentKeys = {
  mine: ["me", "appointments", "list"] as const,
  ticket: (id: string) => ["me", "appointments", "ticket", id] as const,
  availability: (agencyCode: string, procedureCode: string) => ["appointments", "availability", agencyCode, procedureCode] as const,
};

export const myAppointmentsQuery = queryOptions({
  queryKey: appointmentKeys.mine,
  queryFn: ({ signal }) => authed((auth) => api.api.v1.me.appointments.$get(undefined, { ...auth, init: { signal } })),
  staleTime: 0,
});

export const ticketQuery = (id: string) =>
  queryOptions({
    queryKey: appointmentKeys.ticket(id),
    queryFn: ({ signal }) => authed((auth) => api.api.v1.me.appointments[":id"].$get({ param: { id } }, { ...auth, init: { signal } })),
    staleTime: 0,
  });

/** Places go fast: always asked afresh. */
export const availabilityQuery = (agencyCode: string, procedureCode: string) =>
  queryOptions({
    queryKey: appointmentKeys.availability(agencyCode, procedureCode),
    queryFn: ({ signal }) =>
      json(() =>
        api.api.v1.appointments.availability.$get({ query: { agencyCode, ...(procedureCode ? { procedureCode } : {}) } }, { init: { signal } }),
      ),
    staleTime: 0,
  });

export interface BookBody {
  agencyCode: string;
  procedureCode?: string;
  date: string;
  start: string;
  note?: string;
}

export const bookAppointment = (body: BookBody, key: string) =>
  authed((auth) => api.api.v1.me.appointments.$post({ json: body, header: { "idempotency-key": key } }, auth));

export const cancelAppointment = (id: string) => authed((auth) => api.api.v1.me.appointments[":id"].cancel.$post({ param: { id } }, auth));

/** A new or changed ticket: show it at once, and let the list refresh behind. */
export function applyTicket(client: QueryClient, ticket: AppointmentTicket): void {
  client.setQueryData(appointmentKeys.ticket(ticket.id), ticket);
  void client.invalidateQueries({ queryKey: appointmentKeys.mine });
}
