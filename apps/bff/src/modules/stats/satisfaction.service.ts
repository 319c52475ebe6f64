import type {
  FeedbackHandlingFigures,
  FeedbackHandlingQuery,
  FeedbackHandlingResponse,
  SatisfactionFigures,
  SatisfactionResponse,
  StatsQuery,
} from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import type { CatalogService } from "../catalog/catalog.service.ts";
import { periodBounds, rowName } from "./report-scope.ts";
import { feedbackCounts, ratingCounts, type FeedbackCountsRow, type RatingCountsRow } from "./satisfaction.repo.ts";

export interface SatisfactionDeps {
  db: Db;
  catalog: Pick<CatalogService, "snapshot">;
  now?: () => Date;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const rate = (part: number, whole: number) => (whole === 0 ? null : round(part / whole, 4));

type RatingCounts = Omit<RatingCountsRow, "key">;
type FeedbackCounts = Omit<FeedbackCountsRow, "key">;

/** Adds up the rows' counts, so the period's rates weigh every row by its size. */
function sum<K extends string>(rows: readonly Record<K, number>[], zero: Record<K, number>): Record<K, number> {
  const total = { ...zero };
  for (const row of rows) for (const k of Object.keys(zero) as K[]) total[k] += row[k];
  return total;
}

function satisfactionFigures({ criteriaScoreSum, ...c }: RatingCounts): SatisfactionFigures {
  return {
    ...c,
    coverage: rate(c.rated, c.delivered),
    satisfactionRate: rate(c.verySatisfied + c.satisfied, c.rated),
    averageCriteriaScore: c.criteriaRated === 0 ? null : round(criteriaScoreSum / c.criteriaRated, 2),
    indexRate: rate(c.delivered - c.dissatisfied, c.delivered),
  };
}

function feedbackFigures(c: FeedbackCounts): FeedbackHandlingFigures {
  return {
    ...c,
    onTimeRate: rate(c.answeredOnTime, c.answered),
    indexOnTimeRate: rate(c.answeredOnTime, c.answered + c.openOverdue),
  };
}

const noRatings: RatingCounts = { delivered: 0, rated: 0, verySatisfied: 0, satisfied: 0, dissatisfied: 0, criteriaRated: 0, criteriaScoreSum: 0 };
const noFeedback: FeedbackCounts = { received: 0, answered: 0, answeredOnTime: 0, dismissed: 0, open: 0, openOverdue: 0 };

/**
 * The figures behind the 18 satisfaction points of Decision 766/QĐ-TTg (domain.md §5): citizens'
 * ratings of delivered dossiers per agency or procedure, and feedback answered on time per agency.
 * The index's formulas are as public summaries of the decision give them (e.g. lamdong.dcs.vn,
 * 6/7/2022; see the contracts). Rates only, no points: one summary puts the TTHC rate at 6 of the
 * 18 points, scored against Resolution 76/NQ-CP's targets, but no source we have says how the other
 * rates are weighted or how a rate below target scores. The index's satisfaction with feedback
 * handling needs the citizen's verdict on an answer, which is not collected, so it is left out.
 */
export function createSatisfactionService({ db, catalog, now = () => new Date() }: SatisfactionDeps) {
  return {
    async satisfaction(query: StatsQuery): Promise<SatisfactionResponse> {
      const rows = await ratingCounts(db, { ...periodBounds(query), groupBy: query.groupBy, ...(query.agency ? { agency: query.agency } : {}) });
      return {
        from: query.from,
        to: query.to,
        groupBy: query.groupBy,
        items: rows.map(({ key, ...counts }) => ({ key, name: rowName(catalog, query.groupBy, key), ...satisfactionFigures(counts) })),
        total: satisfactionFigures(sum<keyof RatingCounts>(rows, noRatings)),
      };
    },

    async feedbackHandling(query: FeedbackHandlingQuery): Promise<FeedbackHandlingResponse> {
      const rows = await feedbackCounts(db, { ...periodBounds(query), now: now(), ...(query.agency ? { agency: query.agency } : {}) });
      return {
        from: query.from,
        to: query.to,
        items: rows.map(({ key, ...counts }) => ({ key, name: rowName(catalog, "agency", key), ...feedbackFigures(counts) })),
        total: feedbackFigures(sum<keyof FeedbackCounts>(rows, noFeedback)),
      };
    },
  };
}

export type SatisfactionService = ReturnType<typeof createSatisfactionService>;
