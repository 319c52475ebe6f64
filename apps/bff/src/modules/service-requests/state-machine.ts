import type { CitizenServiceAction, OfficerServiceAction, ServiceRequestKind, ServiceRequestStatus } from "@motcua/contracts";

export type ServiceAction = CitizenServiceAction | OfficerServiceAction | "attach_result" | "detach_result";

export interface ServiceRule {
  /** The states each kind may take this step from; a kind left out never takes it. */
  from: Partial<Record<ServiceRequestKind, readonly ServiceRequestStatus[]>>;
  to: ServiceRequestStatus;
  actor: "citizen" | "officer";
  /** Citizen-visible: writes an outbox row so the citizen learns of it. */
  notify: boolean;
}

/**
 * Every legal move of a service request. Translation: quoted, accepted by the citizen, worked on,
 * returned with result files. Consulting: scheduled (or answered at once in writing), completed.
 * The citizen may cancel until work starts; the center may decline with a reason until it is done.
 * Anything not here is refused, and `from` is enforced inside the UPDATE itself.
 */
export const serviceTransitions = {
  quote: { from: { TRANSLATION: ["SUBMITTED", "QUOTED"] }, to: "QUOTED", actor: "officer", notify: true },
  accept: { from: { TRANSLATION: ["QUOTED"] }, to: "ACCEPTED", actor: "citizen", notify: false },
  start: { from: { TRANSLATION: ["ACCEPTED"] }, to: "IN_PROGRESS", actor: "officer", notify: false },
  attach_result: { from: { TRANSLATION: ["IN_PROGRESS"] }, to: "IN_PROGRESS", actor: "officer", notify: false },
  detach_result: { from: { TRANSLATION: ["IN_PROGRESS"] }, to: "IN_PROGRESS", actor: "officer", notify: false },
  // A time set or moved is something the citizen must hear about, like a quote.
  schedule: { from: { CONSULTING: ["SUBMITTED", "SCHEDULED"] }, to: "SCHEDULED", actor: "officer", notify: true },
  complete: { from: { CONSULTING: ["SUBMITTED", "SCHEDULED"], TRANSLATION: ["IN_PROGRESS"] }, to: "COMPLETED", actor: "officer", notify: true },
  reject: {
    from: { CONSULTING: ["SUBMITTED", "SCHEDULED"], TRANSLATION: ["SUBMITTED", "QUOTED", "ACCEPTED", "IN_PROGRESS"] },
    to: "REJECTED",
    actor: "officer",
    notify: true,
  },
  cancel: { from: { CONSULTING: ["SUBMITTED", "SCHEDULED"], TRANSLATION: ["SUBMITTED", "QUOTED", "ACCEPTED"] }, to: "CANCELLED", actor: "citizen", notify: false },
} as const satisfies Record<ServiceAction, ServiceRule>;

export function fromStates(action: ServiceAction, kind: ServiceRequestKind): readonly ServiceRequestStatus[] {
  const rule: ServiceRule = serviceTransitions[action];
  return rule.from[kind] ?? [];
}

export const canTake = (action: ServiceAction, row: { kind: ServiceRequestKind; status: ServiceRequestStatus }): boolean =>
  fromStates(action, row.kind).includes(row.status);
