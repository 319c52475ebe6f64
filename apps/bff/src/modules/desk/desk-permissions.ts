import { deskActions, type DeskAction, type DossierStatus, type OfficerRole } from "@motcua/contracts";
import { canApply } from "../dossiers/state-machine.ts";

/**
 * Who may do what (issue: desk receives and returns, processors work the file; managers and admins
 * can stand in for either). The state machine still decides whether the move is legal now.
 */
const actionsOfRole: Record<OfficerRole, readonly DeskAction[]> = {
  desk: ["accept", "refuse", "request_supplement", "dispatch", "deliver"],
  processor: ["start_processing", "request_supplement", "request_payment", "confirm_payment", "extend", "result_ready", "stop", "transfer"],
  manager: deskActions,
  admin: deskActions,
};

export function mayPerform(roles: readonly OfficerRole[], action: DeskAction): boolean {
  return roles.some((role) => actionsOfRole[role].includes(action));
}

export function allowedActions(roles: readonly OfficerRole[], status: DossierStatus): DeskAction[] {
  return deskActions.filter((action) => mayPerform(roles, action) && canApply(action, status, "officer"));
}
