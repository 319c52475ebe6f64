import { and, asc, desc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { dossier, dossierEvent, upload } from "../../db/schema/index.ts";
import { KEPT_UNTIL } from "../uploads/upload-hold.ts";
import type { UploadFacts } from "./submission-checks.ts";
import type { DossierRow } from "./transition.repo.ts";

export type EventRow = typeof dossierEvent.$inferSelect;

export async function uploadFacts(db: Db, citizenId: string, ids: string[]): Promise<Map<string, UploadFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: upload.id, kind: upload.kind, size: upload.size, dossierId: upload.dossierId, expiresAt: upload.expiresAt })
    .from(upload)
    .where(and(eq(upload.citizenId, citizenId), inArray(upload.id, ids)));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Binds uploads to a dossier, each only if it is still the citizen's and still free (not in another
 * dossier, nor held by feedback or a service request); returns false
 * when any was taken meanwhile, so the caller can roll the whole filing back.
 */
export async function attachUploads(
  tx: Db,
  citizenId: string,
  dossierId: string,
  documents: ReadonlyArray<{ requirementId: string; uploadIds: readonly string[] }>,
  now: Date,
): Promise<boolean> {
  for (const doc of documents) {
    const updated = await tx
      .update(upload)
      .set({ dossierId, requirementId: doc.requirementId })
      // Unexpired too: the sweeper may be deleting an expired object at this very moment.
      .where(and(inArray(upload.id, [...doc.uploadIds]), eq(upload.citizenId, citizenId), isNull(upload.dossierId), gt(upload.expiresAt, now), lt(upload.expiresAt, KEPT_UNTIL)))
      .returning({ id: upload.id });
    if (updated.length !== doc.uploadIds.length) return false;
  }
  return true;
}

export async function listCitizenDossiers(db: Db, citizenId: string, limit: number): Promise<DossierRow[]> {
  return db.select().from(dossier).where(eq(dossier.citizenId, citizenId)).orderBy(desc(dossier.submittedAt)).limit(limit);
}

export async function findCitizenDossier(db: Db, citizenId: string, id: string): Promise<DossierRow | undefined> {
  const [row] = await db.select().from(dossier).where(and(eq(dossier.id, id), eq(dossier.citizenId, citizenId)));
  return row;
}

/** What the public lookup needs, and nothing that identifies the applicant. */
export const trackColumns = {
  reference: dossier.reference,
  officialCode: dossier.officialCode,
  lookupSecretHash: dossier.lookupSecretHash,
  status: dossier.status,
  procedureCode: dossier.procedureCode,
  agencyCode: dossier.agencyCode,
  submittedAt: dossier.submittedAt,
  receivedAt: dossier.receivedAt,
  dueAt: dossier.dueAt,
};
export type TrackRow = { [K in keyof typeof trackColumns]: DossierRow[K] };

function prepareTrackLookup(db: Db) {
  const code = sql.placeholder("code");
  return db
    .select(trackColumns)
    .from(dossier)
    .where(or(eq(dossier.reference, code), eq(dossier.officialCode, code)))
    .limit(1)
    .prepare("track_lookup");
}

const trackLookups = new WeakMap<Db, ReturnType<typeof prepareTrackLookup>>();

/**
 * The public lookup is the hottest query a citizen can send without signing in; as a named
 * prepared statement the database parses and plans it once per connection.
 */
export async function findDossierByCode(db: Db, code: string): Promise<TrackRow | undefined> {
  let lookup = trackLookups.get(db);
  if (!lookup) {
    lookup = prepareTrackLookup(db);
    trackLookups.set(db, lookup);
  }
  const [row] = await lookup.execute({ code });
  return row;
}

export async function dossierEvents(db: Db, dossierId: string): Promise<EventRow[]> {
  return db.select().from(dossierEvent).where(eq(dossierEvent.dossierId, dossierId)).orderBy(asc(dossierEvent.id));
}

export async function dossierDocuments(db: Db, dossierId: string) {
  return db
    .select({ requirementId: upload.requirementId, uploadId: upload.id, displayName: upload.displayName, kind: upload.kind, size: upload.size })
    .from(upload)
    .where(eq(upload.dossierId, dossierId))
    .orderBy(asc(upload.createdAt));
}
