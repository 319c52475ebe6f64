import { and, asc, eq, gt, notLike, or, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { dossier, draft } from "../db/schema/index.ts";
import { resealAnswerIds } from "../modules/dossiers/answer-ids.ts";
import { draftDataAad, type SealedDraftData } from "../modules/drafts/sealed-draft.ts";
import { fieldAad, type FieldCrypto } from "./field-crypto.ts";

type ResealDeps = { db: Db; crypto: FieldCrypto; batchSize: number };

/** Kids may contain `_`, which LIKE would read as "any character". */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
const currentPattern = (crypto: FieldCrypto) => `v1.${likeLiteral(crypto.activeKid)}.%`;

const resealed = (crypto: FieldCrypto, envelope: string, aad: string) => crypto.seal(crypto.open(envelope, aad), aad);

/**
 * Rewrites every value still sealed with an older key under the active one; the step between adding
 * a new key and retiring the old: each dossier's citizen ID and `id_number` answers, and every draft.
 * Walks each table by id so a row is read once per run, and a row that cannot be opened stops the
 * job instead of looping on it. Each update is guarded by the old values: a row rewritten meanwhile
 * (by the application or another run) is left alone. Versions and timestamps do not move, since
 * what the row says is unchanged.
 */
export async function resealPersonalData(deps: ResealDeps): Promise<{ dossiers: number; drafts: number }> {
  return { dossiers: await resealDossiers(deps), drafts: await resealDrafts(deps) };
}

async function resealDossiers({ db, crypto, batchSize }: ResealDeps): Promise<number> {
  const current = currentPattern(crypto);
  const staleAnswer = sql`exists (select 1 from jsonb_each(${dossier.answers}) a where a.value->>'sealed' not like ${current})`;
  let count = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await db
      .select({ id: dossier.id, sealed: dossier.idNumberSealed, answers: dossier.answers })
      .from(dossier)
      .where(and(or(notLike(dossier.idNumberSealed, current), staleAnswer), after === undefined ? undefined : gt(dossier.id, after)))
      .orderBy(asc(dossier.id))
      .limit(batchSize);
    if (batch.length === 0) return count;
    after = batch.at(-1)!.id;

    const updates = batch.map((row) => {
      try {
        const aad = fieldAad("dossier", row.id, "id_number");
        const sealed = crypto.needsReseal(row.sealed) ? resealed(crypto, row.sealed, aad) : row.sealed;
        return { row, next: { idNumberSealed: sealed, answers: resealAnswerIds(row.answers, row.id, crypto) } };
      } catch (err) {
        throw new Error(`dossier ${row.id}: cannot re-seal its citizen IDs`, { cause: err });
      }
    });
    await db.transaction(async (tx) => {
      for (const { row, next } of updates) {
        const done = await tx
          .update(dossier)
          .set(next)
          .where(and(eq(dossier.id, row.id), eq(dossier.idNumberSealed, row.sealed), eq(dossier.answers, row.answers)))
          .returning({ id: dossier.id });
        count += done.length;
      }
    });
  }
}

async function resealDrafts({ db, crypto, batchSize }: ResealDeps): Promise<number> {
  const sealedData = sql<string>`${draft.data}->>'sealed'`;
  let count = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await db
      .select({ id: draft.id, sealed: sealedData })
      .from(draft)
      // Only the sealed shape: a draft saved before sealing is plain, and stays so until it expires.
      .where(and(sql`${draft.data} - 'sealed' = '{}'::jsonb`, sql`${sealedData} not like ${currentPattern(crypto)}`, after === undefined ? undefined : gt(draft.id, after)))
      .orderBy(asc(draft.id))
      .limit(batchSize);
    if (batch.length === 0) return count;
    after = batch.at(-1)!.id;

    const updates = batch.map(({ id, sealed }) => {
      try {
        return { id, sealed, next: { sealed: resealed(crypto, sealed, draftDataAad(id)) } satisfies SealedDraftData };
      } catch (err) {
        throw new Error(`draft ${id}: cannot re-seal its data`, { cause: err });
      }
    });
    await db.transaction(async (tx) => {
      for (const { id, sealed, next } of updates) {
        const done = await tx
          .update(draft)
          .set({ data: next })
          .where(and(eq(draft.id, id), sql`${sealedData} = ${sealed}`))
          .returning({ id: draft.id });
        count += done.length;
      }
    });
  }
}
