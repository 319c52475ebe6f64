import { randomUUID } from "node:crypto";
import type { Calendar } from "@motcua/calendar";
import type { DossierCreated, DossierDetail, DossierSummary, Procedure, SubmitDossierRequest, SupplementSubmission, TrackResult } from "@motcua/contracts";
import { fieldAad, type FieldCrypto } from "../../crypto/field-crypto.ts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import type { CatalogService } from "../catalog/catalog.service.ts";
import { findReplay, keyExpiry, requestHash, runIdempotent, type StoredResponse } from "../idempotency/idempotency.ts";
import { hashLookupSecret, lookupSecretMatches, newLookupSecret, newReference, normalizeReference } from "./dossier-codes.ts";
import { sealAnswerIds } from "./answer-ids.ts";
import { statusView, toDetail, toSummary, toTrackResult } from "./dossier-view.ts";
import {
  attachUploads,
  dossierDocuments,
  dossierEvents,
  findCitizenDossier,
  findDossierByCode,
  listCitizenDossiers,
  uploadFacts,
} from "./dossiers.repo.ts";
import { checkDocuments, checkSubmission } from "./submission-checks.ts";
import { insertSubmission, isClaimedKeyViolation, type SubmissionRows } from "./submission.repo.ts";
import { applyTransition, statusNotice, type DossierRow } from "./transition.repo.ts";

export interface DossiersDeps {
  db: Db;
  catalog: CatalogService;
  adminUnits: { isWardOf(wardCode: string, provinceCode: string): boolean };
  crypto: Pick<FieldCrypto, "seal" | "blindIndex">;
  calendar: Calendar;
  now?: () => Date;
}

export function createDossiersService(deps: DossiersDeps) {
  const { db, catalog } = deps;
  const now = deps.now ?? (() => new Date());

  const names = catalog.names;

  const procedureOf = (tx: Db, row: DossierRow) => catalog.procedureVersion(tx, row.procedureCode, row.procedureVersion);

  async function ownDossier(citizenId: string, id: string): Promise<DossierRow> {
    const row = await findCitizenDossier(db, citizenId, id);
    if (!row) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
    return row;
  }

  function procedureFor(code: string): Procedure {
    const procedure = catalog.snapshot().byCode.get(code)?.procedure;
    if (!procedure || procedure.code !== code) {
      throw new AppError("VALIDATION_FAILED", undefined, {
        errors: [{ field: "procedureCode", code: "UNKNOWN_PROCEDURE", message: "Không có thủ tục với mã này", messageEn: "Unknown procedure" }],
      });
    }
    return procedure;
  }

  /**
   * Files a dossier once per Idempotency-Key. The common case, no attachments, is one statement; with
   * attachments the statement and the guarded attach share a transaction. A replay is recognised
   * when the key is already claimed, or when validation fails because the first attempt already
   * used the uploads.
   */
  async function submit(citizenId: string, key: string, body: SubmitDossierRequest): Promise<StoredResponse> {
    const at = now();
    const scope = `citizen:${citizenId}:POST /dossiers`;
    const hash = requestHash(body);
    const procedure = procedureFor(body.procedureCode);
    const snapshot = catalog.snapshot();
    const uploads = await uploadFacts(db, citizenId, body.documents.flatMap((d) => d.uploadIds));
    const checked = checkSubmission(body, { procedure, agencies: snapshot.agencies, isWardOf: deps.adminUnits.isWardOf, uploads, now: at });
    if (checked.errors.length || !checked.agencyCode) {
      const earlier = await findReplay(db, scope, key, hash);
      if (earlier) return earlier;
      throw new AppError("VALIDATION_FAILED", "Hồ sơ chưa hợp lệ, xem chi tiết từng trường.", { errors: checked.errors });
    }

    const id = randomUUID();
    const reference = newReference();
    const lookupSecret = newLookupSecret();
    const { idNumber, ...applicant } = body.applicant;
    const created: DossierCreated = {
      id,
      reference,
      lookupSecret,
      ...statusView("SUBMITTED"),
      procedure: { code: procedure.code, name: procedure.name, version: procedure.version.number },
      agency: { code: checked.agencyCode, name: names.agencyName(checked.agencyCode) },
      submittedAt: at.toISOString(),
    };
    const rows: SubmissionRows = {
      dossier: {
        id,
        reference,
        lookupSecretHash: hashLookupSecret(reference, lookupSecret),
        procedureCode: procedure.code,
        procedureVersion: procedure.version.number,
        agencyCode: checked.agencyCode,
        citizenId,
        channel: body.channel,
        status: "SUBMITTED",
        applicant,
        idNumberSealed: deps.crypto.seal(idNumber, fieldAad("dossier", id, "id_number")),
        idNumberHash: deps.crypto.blindIndex(idNumber),
        idNumberLast4: idNumber.slice(-4),
        answers: sealAnswerIds(checked.answers, procedure.form.fields, id, deps.crypto),
        delivery: body.delivery,
        pickup: body.pickup ?? null,
        submittedAt: at,
        createdAt: at,
        updatedAt: at,
      },
      event: { dossierId: id, at, actorType: "citizen", actorId: citizenId, action: "submit", toStatus: "SUBMITTED" },
      notice: statusNotice({ id, citizenId, status: "SUBMITTED", reference, officialCode: null, version: 1 }, "submit", at),
      idempotency: { scope, key, requestHash: hash, responseStatus: 201, responseBody: created, createdAt: at, expiresAt: keyExpiry(at) },
    };
    try {
      if (body.documents.length === 0) {
        await insertSubmission(db, rows);
      } else {
        await db.transaction(async (tx) => {
          await insertSubmission(tx, rows);
          if (!(await attachUploads(tx, citizenId, id, body.documents, at))) {
            throw new AppError("CONFLICT", "Một tệp đính kèm vừa được dùng cho hồ sơ khác; hãy tải lại tệp.");
          }
        });
      }
    } catch (err) {
      if (!isClaimedKeyViolation(err)) throw err;
      const earlier = await findReplay(db, scope, key, hash);
      if (!earlier) throw new AppError("IN_PROGRESS", undefined, { headers: { "Retry-After": "1" } });
      return earlier;
    }
    return { status: 201, body: created };
  }

  async function detail(citizenId: string, id: string): Promise<DossierDetail> {
    return detailOf(db, await ownDossier(citizenId, id));
  }

  /** The citizen answers a supplement request: new documents attach, and the clock restarts. */
  async function supplement(citizenId: string, id: string, key: string | undefined, body: SupplementSubmission): Promise<StoredResponse> {
    const at = now();
    return runIdempotent(db, { scope: `citizen:${citizenId}:POST /dossiers/${id}/supplement`, key, body, now: at }, async (tx) => {
      const row = await findCitizenDossier(tx, citizenId, id);
      if (!row) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
      if (row.status !== "AWAITING_SUPPLEMENT") throw new AppError("ILLEGAL_TRANSITION", "Hồ sơ không ở trạng thái chờ bổ sung.");
      const procedure = await procedureOf(tx, row);
      const uploads = await uploadFacts(tx, citizenId, body.documents.flatMap((d) => d.uploadIds));
      const errors = checkDocuments(body.documents, { procedure, uploads, now: at }, false);
      if (errors.length) throw new AppError("VALIDATION_FAILED", "Giấy tờ bổ sung chưa hợp lệ.", { errors });
      if (!(await attachUploads(tx, citizenId, id, body.documents, at))) {
        throw new AppError("CONFLICT", "Một tệp đính kèm vừa được dùng cho hồ sơ khác; hãy tải lại tệp.");
      }
      const resumesClock = row.resumeStatus === "RECEIVED" || row.resumeStatus === "IN_PROGRESS";
      const channel = procedure.channels.find((c) => c.channel === row.channel) ?? procedure.channels[0]!;
      const updated = await applyTransition(tx, {
        dossierId: id,
        action: "supplement",
        actor: { type: "citizen", id: citizenId },
        scope: { citizenId },
        note: body.note ?? null,
        data: { documents: body.documents },
        patch: resumesClock ? { dueAt: deps.calendar.dueAt(at, channel.processingTime).dueAt } : {},
        now: at,
      });
      return { status: 200, body: await detailOf(tx, updated) };
    });
  }

  async function detailOf(tx: Db, row: DossierRow): Promise<DossierDetail> {
    const [events, documents] = await Promise.all([dossierEvents(tx, row.id), dossierDocuments(tx, row.id)]);
    return toDetail(row, names, { events, documents: documents.map((d) => ({ ...d, requirementId: d.requirementId ?? "" })) }, now());
  }

  async function withdraw(citizenId: string, id: string, key: string | undefined, reason: string | undefined): Promise<StoredResponse> {
    const at = now();
    return runIdempotent(db, { scope: `citizen:${citizenId}:POST /dossiers/${id}/withdraw`, key, body: { reason }, now: at }, async (tx) => {
      const row = await applyTransition(tx, {
        dossierId: id,
        action: "withdraw",
        actor: { type: "citizen", id: citizenId },
        scope: { citizenId },
        note: reason ?? null,
        patch: { finishedAt: at },
        now: at,
      });
      return { status: 200, body: await detailOf(tx, row) };
    });
  }

  return {
    submit,
    detail,
    supplement,
    withdraw,
    async list(citizenId: string): Promise<DossierSummary[]> {
      const at = now();
      return (await listCitizenDossiers(db, citizenId, 200)).map((row) => toSummary(row, names, at));
    },
    /** Public status lookup: a wrong secret looks exactly like an unknown code. */
    async track(code: string, secret: string): Promise<TrackResult> {
      const row = await findDossierByCode(db, normalizeReference(code));
      if (!row || !lookupSecretMatches(row.reference, secret, row.lookupSecretHash)) {
        throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ với mã và mã tra cứu này.");
      }
      return toTrackResult(row, names);
    },
  };
}

export type DossiersService = ReturnType<typeof createDossiersService>;
