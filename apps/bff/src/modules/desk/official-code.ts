import { toVnLocal } from "@motcua/calendar";
import type { Db } from "../../db/client.ts";
import { nextDailySequence } from "./desk.repo.ts";

/**
 * `<agency code>-<yymmdd>-<4-digit daily sequence>` (domain.md §3.2), e.g. `000.00.32.H19-210708-0032`.
 * The day is Vietnam's, whatever the server's time zone; a 10,000th reception in a day would widen
 * the number rather than refuse the citizen.
 */
export function formatOfficialCode(agencyCode: string, vnDate: string, sequence: number): string {
  const yymmdd = vnDate.slice(2).replaceAll("-", "");
  return `${agencyCode}-${yymmdd}-${String(sequence).padStart(4, "0")}`;
}

/** Draws the next number inside the caller's reception transaction. */
export async function issueOfficialCode(tx: Db, agencyCode: string, at: Date): Promise<string> {
  const day = toVnLocal(at).date;
  return formatOfficialCode(agencyCode, day, await nextDailySequence(tx, agencyCode, day));
}
