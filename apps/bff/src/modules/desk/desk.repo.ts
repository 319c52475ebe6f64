import { and, asc, count, eq, getTableColumns, ilike, isNotNull, isNull, lt, not, notInArray, or, sql, type SQL } from "drizzle-orm";
import { closedStatuses, type DossierStatus } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { dailySequence, dossier, idReveal, upload } from "../../db/schema/index.ts";
import type { DossierRow } from "../dossiers/transition.repo.ts";
import type { UploadRow } from "../uploads/uploads.repo.ts";

export async function findAgencyDossier(db: Db, agencyCode: string, id: string): Promise<DossierRow | undefined> {
  const [row] = await db.select().from(dossier).where(and(eq(dossier.id, id), eq(dossier.agencyCode, agencyCode)));
  return row;
}

export interface DossierFilter {
  agencyCode: string;
  status?: DossierStatus;
  q?: string;
  /** Blind index of `q` when it is a full citizen ID. */
  idNumberHash?: string;
  overdue?: boolean;
  now: Date;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** What a clerk types into one search box: a reference or code, a name without accents, a phone or an ID. */
function matches(q: string, idNumberHash: string | undefined): SQL {
  const pattern = `%${escapeLike(q)}%`;
  const alternatives = [
    ilike(dossier.reference, pattern),
    ilike(dossier.officialCode, pattern),
    sql`f_unaccent(lower(${dossier.applicant}->>'fullName')) like f_unaccent(lower(${pattern}))`,
  ];
  const digits = q.replace(/[\s.\-()]/g, "");
  if (/^\+?\d{6,15}$/.test(digits)) {
    // Phones are stored as E.164 (+84…): match on what follows the trunk or country prefix.
    const national = digits.replace(/^(\+?84|0)/, "");
    alternatives.push(sql`${dossier.applicant}->>'phone' like ${`%${national}%`}`);
  }
  if (idNumberHash) alternatives.push(eq(dossier.idNumberHash, idNumberHash));
  return or(...alternatives)!;
}

function conditions(filter: DossierFilter): SQL {
  // isNotNull first: `null < now` is NULL, and NOT NULL would drop dossiers with no due date from "not overdue".
  const overdue = and(isNotNull(dossier.dueAt), lt(dossier.dueAt, filter.now), isNull(dossier.finishedAt), notInArray(dossier.status, [...closedStatuses]))!;
  return and(
    eq(dossier.agencyCode, filter.agencyCode),
    filter.status ? eq(dossier.status, filter.status) : undefined,
    filter.q ? matches(filter.q, filter.idNumberHash) : undefined,
    filter.overdue === undefined ? undefined : filter.overdue ? overdue : not(overdue),
  )!;
}

/** New filings first (they wait for reception), then the nearest due date. */
export async function listAgencyDossiers(db: Db, filter: DossierFilter, page: { offset: number; limit: number }) {
  const where = conditions(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(dossier)
      .where(where)
      .orderBy(sql`case when ${dossier.status} = 'SUBMITTED' then 0 else 1 end`, sql`${dossier.dueAt} asc nulls last`, asc(dossier.submittedAt), asc(dossier.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(dossier).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/**
 * The next official-code number for an agency and day. The upsert locks the counter row until the
 * transaction ends, so concurrent receptions queue here, and a rolled-back one leaves no gap.
 */
export async function nextDailySequence(tx: Db, agencyCode: string, day: string): Promise<number> {
  const [row] = await tx
    .insert(dailySequence)
    .values({ agencyCode, day, last: 1 })
    .onConflictDoUpdate({ target: [dailySequence.agencyCode, dailySequence.day], set: { last: sql`${dailySequence.last} + 1` } })
    .returning({ last: dailySequence.last });
  return row!.last;
}

export async function insertIdReveal(db: Db, values: typeof idReveal.$inferInsert): Promise<void> {
  await db.insert(idReveal).values(values);
}

/** An attachment of one of the agency's dossiers; anything else looks missing. */
export async function findAgencyUpload(db: Db, agencyCode: string, uploadId: string): Promise<UploadRow | undefined> {
  const [row] = await db
    .select(getTableColumns(upload))
    .from(upload)
    .innerJoin(dossier, eq(upload.dossierId, dossier.id))
    .where(and(eq(upload.id, uploadId), eq(dossier.agencyCode, agencyCode)));
  return row;
}
