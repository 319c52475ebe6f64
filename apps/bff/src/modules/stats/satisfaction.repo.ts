import { sql, type SQL } from "drizzle-orm";
import { openFeedbackStatuses, type StatsGroupBy } from "@motcua/contracts";
import { queryRows, type Db } from "../../db/client.ts";

export interface PeriodFilter {
  /** Instants in [from, before). */
  from: Date;
  before: Date;
  agency?: string;
}

export interface RatingCountsRow {
  key: string;
  delivered: number;
  rated: number;
  verySatisfied: number;
  satisfied: number;
  dissatisfied: number;
  criteriaRated: number;
  /** Sum over `criteriaRated` ratings of each one's score out of 18. */
  criteriaScoreSum: number;
}

export interface FeedbackCountsRow {
  key: string;
  received: number;
  answered: number;
  answeredOnTime: number;
  dismissed: number;
  open: number;
  openOverdue: number;
}

const agencyFilter = (column: SQL, agency: string | undefined) => (agency ? sql`and ${column} = ${agency}` : sql``);

/**
 * The dossiers delivered in the period (status DELIVERED; `finished_at` is when it was handed over),
 * each with its rating if it has one. A rating is one row per dossier, replaced in place while it may
 * change, so a changed rating counts once, at its latest level. A rating's criteria score: each answer
 * worth 2, 1 or 0 points (Rất hài lòng, Hài lòng, Không hài lòng), scaled from the criteria answered
 * to the nine criteria's 18 points.
 */
export async function ratingCounts(db: Db, f: PeriodFilter & { groupBy: StatsGroupBy }): Promise<RatingCountsRow[]> {
  const key = f.groupBy === "agency" ? sql.raw("d.agency_code") : sql.raw("d.procedure_code");
  return queryRows<RatingCountsRow>(
    db,
    sql`
      with r as (
        select ${key} as key, dr.level, c.answered, c.points
        from dossier d
        left join dossier_rating dr on dr.dossier_id = d.id
        left join lateral (
          select count(*)::int as answered,
            coalesce(sum(case e.value when 'VERY_SATISFIED' then 2 when 'SATISFIED' then 1 else 0 end), 0)::int as points
          from jsonb_each_text(dr.criteria) e
        ) c on true
        where d.status = 'DELIVERED' and d.finished_at >= ${f.from} and d.finished_at < ${f.before}
          ${agencyFilter(sql.raw("d.agency_code"), f.agency)}
      )
      select key,
        count(*)::int as "delivered",
        count(level)::int as "rated",
        count(*) filter (where level = 'VERY_SATISFIED')::int as "verySatisfied",
        count(*) filter (where level = 'SATISFIED')::int as "satisfied",
        count(*) filter (where level = 'DISSATISFIED')::int as "dissatisfied",
        count(*) filter (where answered > 0)::int as "criteriaRated",
        coalesce(sum(18.0 * points / (2 * answered)) filter (where answered > 0), 0)::float8 as "criteriaScoreSum"
      from r group by key order by key`,
  );
}

/**
 * Feedback received in the period by the agency handling it now, as the feedback desk counts it:
 * on time is answered by the deadline frozen at receipt; overdue is still open past it.
 */
export async function feedbackCounts(db: Db, f: PeriodFilter & { now: Date }): Promise<FeedbackCountsRow[]> {
  const open = sql.join(
    openFeedbackStatuses.map((s) => sql`${s}`),
    sql`, `,
  );
  return queryRows<FeedbackCountsRow>(
    db,
    sql`
      select agency_code as key,
        count(*)::int as "received",
        count(*) filter (where status = 'ANSWERED')::int as "answered",
        count(*) filter (where status = 'ANSWERED' and answered_at <= due_at)::int as "answeredOnTime",
        count(*) filter (where status = 'DISMISSED')::int as "dismissed",
        count(*) filter (where status in (${open}))::int as "open",
        count(*) filter (where status in (${open}) and due_at < ${f.now})::int as "openOverdue"
      from feedback
      where created_at >= ${f.from} and created_at < ${f.before}
        ${agencyFilter(sql.raw("agency_code"), f.agency)}
      group by agency_code order by agency_code`,
  );
}
