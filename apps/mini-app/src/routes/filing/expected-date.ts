import { createCalendar, type Calendar } from "@motcua/calendar";
import type { ChannelInfo, ProcedureDetail } from "@motcua/contracts";

let calendar: Calendar | undefined;

/** The processing time of the channel a dossier was filed through (the quickest online one otherwise). */
export function channelOf(procedure: Pick<ProcedureDetail, "channels">, channel: string): ChannelInfo | undefined {
  return procedure.channels.find((c) => c.channel === channel) ?? procedure.channels.find((c) => c.channel === "ONLINE") ?? procedure.channels[0];
}

/**
 * The likely date of the result if the dossier is accepted as filed: the submission answer carries
 * no date yet (the official one is fixed when an officer accepts it), so the receipt computes it
 * with the same working-day calendar the server uses, and says it is an estimate.
 */
export function expectedResultDate(submittedAt: string, info: ChannelInfo | undefined): Date | null {
  if (!info) return null;
  calendar ??= createCalendar();
  return calendar.dueAt(submittedAt, info.processingTime).dueAt;
}
