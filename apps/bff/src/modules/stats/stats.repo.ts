import { sql, type SQL } from "drizzle-orm";
import type { StatsGroupBy } from "@motcua/contracts";
import { queryRows, type Db } from "../../db/client.ts";

export interface StatsFilter {
  /** Reception instants in [receivedFrom, receivedBefore). */
  receivedFrom: Date;
  receivedBefore: Date;
  agency?: string;
  groupBy: StatsGroupBy;
  now: Date;
}

export interface CountsRow {
  key: string;
  received: number;
  finishedEarly: number;
  finishedOnTime: number;
  finishedLate: number;
  inProgress: number;
  overdueNow: number;
}

export interface DurationRow {
  key: string;
  /** Vietnam-local days, "YYYY-MM-DD". */
  receivedDay: string;
  finishedDay: string;
  pauses: Array<{ from: string; to: string }>;
}

const localDay = (instant: SQL) => sql`to_char(${instant} at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`;
const FINISHED = sql`('RESULT_READY', 'IN_DELIVERY', 'DELIVERED')`;

/**
 * One row per dossier received in the period, with what scoring needs:
 * - `done_at`: the first `result_ready` event, else `finished_at` (withdrawals set `finished_at` too,
 *   so "finished" is decided by status, never by that column).
 * - `baseline_due`: the due date to score against. The clock (re)starts at `accept` and again when a
 *   supplement resumes processing, where the dossier module recomputes `due_at`; an `extend` then
 *   moves `due_at` but must not rescue a late dossier. So the baseline is, in order: the `data.dueAt`
 *   the desk records on `accept`, when that is the latest clock start; the `data.previousDueAt` of the
 *   first `extend` after the latest start; `due_at` when nothing was extended since. An extended
 *   dossier with none of these recorded stays null and scores late: the apology admits the delay.
 */
function cohort(f: StatsFilter): SQL {
  const key = f.groupBy === "agency" ? sql`d.agency_code` : sql`d.procedure_code`;
  return sql`
    select d.id, ${key} as key, d.status, d.received_at, d.due_at,
      coalesce(rr.at, d.finished_at) as done_at,
      d.status in ${FINISHED} as finished,
      coalesce((ck.data ->> 'dueAt')::timestamptz, case when ext.found then ext.previous_due else d.due_at end) as baseline_due
    from dossier d
    left join lateral (
      select min(e.at) as at from dossier_event e where e.dossier_id = d.id and e.action = 'result_ready'
    ) rr on true
    left join lateral (
      select e.at, e.data from dossier_event e
      where e.dossier_id = d.id
        and (e.action = 'accept' or (e.action = 'supplement' and e.to_status in ('RECEIVED', 'IN_PROGRESS')))
      order by e.at desc, e.id desc limit 1
    ) ck on true
    left join lateral (
      select true as found, (e.data ->> 'previousDueAt')::timestamptz as previous_due from dossier_event e
      where e.dossier_id = d.id and e.action = 'extend' and e.at >= coalesce(ck.at, d.received_at)
      order by e.at, e.id limit 1
    ) ext on true
    where d.received_at >= ${f.receivedFrom} and d.received_at < ${f.receivedBefore}
      ${f.agency ? sql`and d.agency_code = ${f.agency}` : sql``}`;
}

export async function countStats(db: Db, f: StatsFilter): Promise<CountsRow[]> {
  const done = localDay(sql`done_at`);
  const due = localDay(sql`baseline_due`);
  const finishedKnown = sql`finished and done_at is not null`;
  return queryRows<CountsRow>(
    db,
    sql`
      with c as (${cohort(f)})
      select key,
        count(*)::int as "received",
        count(*) filter (where ${finishedKnown} and ${done} < ${due})::int as "finishedEarly",
        count(*) filter (where ${finishedKnown} and ${done} = ${due})::int as "finishedOnTime",
        count(*) filter (where ${finishedKnown} and (baseline_due is null or ${done} > ${due}))::int as "finishedLate",
        count(*) filter (where status in ('RECEIVED', 'IN_PROGRESS', 'AWAITING_SUPPLEMENT', 'AWAITING_PAYMENT'))::int as "inProgress",
        -- A paused dossier is off the clock (its due date is recomputed when it resumes).
        count(*) filter (where status in ('RECEIVED', 'IN_PROGRESS') and due_at < ${f.now})::int as "overdueNow"
      from c group by key order by key`,
  );
}

/**
 * Finished dossiers with their pause intervals: each `request_supplement`/`request_payment` paired
 * with the event right after it among pause events, when that one resumes. Pauses before reception
 * (a supplement asked for at the desk) are not part of the processing time.
 */
export async function durationFacts(db: Db, f: StatsFilter): Promise<DurationRow[]> {
  return queryRows<DurationRow>(
    db,
    sql`
      with c as (${cohort(f)}),
      f as (select * from c where finished and done_at is not null),
      paired as (
        select e.dossier_id, e.action, e.at,
          lead(e.action) over w as next_action,
          lead(e.at) over w as next_at
        from dossier_event e join f on f.id = e.dossier_id
        where e.action in ('request_supplement', 'supplement', 'request_payment', 'confirm_payment')
        window w as (partition by e.dossier_id order by e.at, e.id)
      ),
      pauses as (
        select p.dossier_id, p.at as paused_at, p.next_at as resumed_at
        from paired p join f on f.id = p.dossier_id
        where p.at >= f.received_at
          and ((p.action = 'request_supplement' and p.next_action = 'supplement')
            or (p.action = 'request_payment' and p.next_action = 'confirm_payment'))
      )
      select f.key,
        ${localDay(sql`f.received_at`)} as "receivedDay",
        ${localDay(sql`f.done_at`)} as "finishedDay",
        coalesce(
          (select json_agg(json_build_object('from', ${localDay(sql`p.paused_at`)}, 'to', ${localDay(sql`p.resumed_at`)}) order by p.paused_at)
           from pauses p where p.dossier_id = f.id),
          '[]'::json
        ) as pauses
      from f`,
  );
}
