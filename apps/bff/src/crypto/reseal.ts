import { and, asc, eq, gt, notLike } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { dossier } from "../db/schema/index.ts";
import { fieldAad, type FieldCrypto } from "./field-crypto.ts";

/** Kids may contain `_`, which LIKE would read as "any character". */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * Rewrites every citizen ID still sealed with an older key under the active one; the step between
 * adding a new key and retiring the old. Walks the table by id so each row is read once per run
 * and a row that cannot be opened stops the job instead of looping on it. The update is guarded by
 * the old envelope: a value rewritten meanwhile by the application is left alone.
 */
export async function resealDossierIdNumbers(deps: { db: Db; crypto: FieldCrypto; batchSize: number }): Promise<number> {
  const { db, crypto, batchSize } = deps;
  const current = `v1.${likeLiteral(crypto.activeKid)}.%`;
  let resealed = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await db
      .select({ id: dossier.id, sealed: dossier.idNumberSealed })
      .from(dossier)
      .where(and(notLike(dossier.idNumberSealed, current), after === undefined ? undefined : gt(dossier.id, after)))
      .orderBy(asc(dossier.id))
      .limit(batchSize);
    if (batch.length === 0) return resealed;
    after = batch.at(-1)!.id;

    const updates = batch.map(({ id, sealed }) => {
      const aad = fieldAad("dossier", id, "id_number");
      try {
        return { id, sealed, next: crypto.seal(crypto.open(sealed, aad), aad) };
      } catch (err) {
        throw new Error(`dossier ${id}: cannot re-seal the citizen ID`, { cause: err });
      }
    });
    await db.transaction(async (tx) => {
      for (const { id, sealed, next } of updates) {
        const done = await tx
          .update(dossier)
          .set({ idNumberSealed: next })
          .where(and(eq(dossier.id, id), eq(dossier.idNumberSealed, sealed)))
          .returning({ id: dossier.id });
        resealed += done.length;
      }
    });
  }
}
