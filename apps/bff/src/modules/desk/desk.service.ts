import type { Readable } from "node:stream";
import type { Calendar } from "@motcua/calendar";
import {
  statusLabel,
  type DeskActionCommand,
  type DeskDossierDetail,
  type DeskDossierList,
  type DeskDossierQuery,
  type OfficerProfile,
} from "@motcua/contracts";
import { fieldAad, type FieldCrypto } from "../../crypto/field-crypto.ts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import type { ObjectStorage } from "../../integrations/storage/storage.ts";
import { openUpload } from "../uploads/open-upload.ts";
import type { CatalogService } from "../catalog/catalog.service.ts";
import { openAnswerId } from "../dossiers/answer-ids.ts";
import { dossierDocuments, dossierEvents } from "../dossiers/dossiers.repo.ts";
import { actionLabel, canApply } from "../dossiers/state-machine.ts";
import { applyTransition, type DossierRow } from "../dossiers/transition.repo.ts";
import { runIdempotent, type StoredResponse } from "../idempotency/idempotency.ts";
import type { UploadRow } from "../uploads/uploads.repo.ts";
import { planAction } from "./desk-actions.ts";
import { allowedActions, mayPerform } from "./desk-permissions.ts";
import { toDeskDetail, toDeskSummary } from "./desk-view.ts";
import { findAgencyDossier, findAgencyUpload, insertIdReveal, listAgencyDossiers } from "./desk.repo.ts";
import type { Officer } from "./officer-auth.service.ts";
import { issueOfficialCode } from "./official-code.ts";

export interface DeskDeps {
  db: Db;
  crypto: Pick<FieldCrypto, "open" | "blindIndex">;
  calendar: Calendar;
  catalog: CatalogService;
  storage: ObjectStorage;
  now?: () => Date;
}

const notFound = () => new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");

export function createDeskService(deps: DeskDeps) {
  const { db, catalog } = deps;
  const now = deps.now ?? (() => new Date());
  const names = catalog.names;

  const procedureOf = (tx: Db, row: DossierRow) => catalog.procedureVersion(tx, row.procedureCode, row.procedureVersion);

  async function ownDossier(tx: Db, officer: Officer, id: string): Promise<DossierRow> {
    const row = await findAgencyDossier(tx, officer.agencyCode, id);
    if (!row) throw notFound();
    return row;
  }

  async function detailOf(tx: Db, row: DossierRow, officer: Officer): Promise<DeskDossierDetail> {
    const [events, documents] = await Promise.all([dossierEvents(tx, row.id), dossierDocuments(tx, row.id)]);
    // After a transfer the dossier is out of this officer's reach, so nothing more is offered.
    const allowed = row.agencyCode === officer.agencyCode ? allowedActions(officer.roles, row.status) : [];
    const docs = documents.map((d) => ({ ...d, requirementId: d.requirementId ?? "" }));
    return toDeskDetail(row, names, { events, documents: docs, allowedActions: allowed }, now());
  }

  /**
   * One officer action as one transaction: read the dossier at the version the officer saw, plan
   * the change, and let the guarded UPDATE in applyTransition settle any race.
   */
  async function act(officer: Officer, id: string, command: DeskActionCommand, expectedVersion: number, key: string | undefined): Promise<StoredResponse> {
    if (!mayPerform(officer.roles, command.action)) throw new AppError("FORBIDDEN", "Vai trò của bạn không được thực hiện thao tác này.");
    const at = now();
    const scope = `officer:${officer.id}:${command.action}:${id}`;
    return runIdempotent(db, { scope, key, body: { command, expectedVersion }, now: at }, async (tx) => {
      const row = await ownDossier(tx, officer, id);
      if (row.version !== expectedVersion) throw new AppError("PRECONDITION_FAILED", "Hồ sơ vừa được người khác cập nhật; hãy tải lại rồi thử lại.");
      if (!canApply(command.action, row.status, "officer")) {
        throw new AppError("ILLEGAL_TRANSITION", `Không thể "${actionLabel[command.action].vi}" khi hồ sơ đang ở trạng thái "${statusLabel[row.status].vi}".`);
      }
      const plan = await planAction(command, {
        row,
        now: at,
        agencyExists: (code) => catalog.snapshot().agencies.has(code),
        receive: async () => {
          const procedure = await procedureOf(tx, row);
          const channel = procedure.channels.find((c) => c.channel === row.channel) ?? procedure.channels[0]!;
          const { dueAt } = deps.calendar.dueAt(at, channel.processingTime);
          return { officialCode: await issueOfficialCode(tx, row.agencyCode, at), dueAt };
        },
      });
      const updated = await applyTransition(tx, {
        dossierId: id,
        action: command.action,
        actor: { type: "officer", id: officer.id },
        scope: { agencyCode: officer.agencyCode },
        expectedVersion,
        ...plan,
        now: at,
      });
      return { status: 200, body: await detailOf(tx, updated, officer) };
    });
  }

  return {
    act,

    profile(officer: Officer): OfficerProfile {
      const { id, username, fullName, agencyCode, roles } = officer;
      return { id, username, fullName, roles, agency: { code: agencyCode, name: names.agencyName(agencyCode) } };
    },

    async list(officer: Officer, query: DeskDossierQuery): Promise<DeskDossierList> {
      const at = now();
      const { q, page, pageSize } = query;
      const filter = {
        agencyCode: officer.agencyCode,
        now: at,
        ...(query.status ? { status: query.status } : {}),
        ...(query.overdue === undefined ? {} : { overdue: query.overdue }),
        ...(q ? { q, ...(/^\d{12}$/.test(q) ? { idNumberHash: deps.crypto.blindIndex(q) } : {}) } : {}),
      };
      const { rows, total } = await listAgencyDossiers(db, filter, { offset: (page - 1) * pageSize, limit: pageSize });
      return { items: rows.map((row) => toDeskSummary(row, names, at)), total, page, pageSize };
    },

    async detail(officer: Officer, id: string): Promise<DeskDossierDetail> {
      return detailOf(db, await ownDossier(db, officer, id), officer);
    },

    /**
     * A full citizen ID, the applicant's or, with `field`, one given in the form, written to the
     * audit table in the same transaction that opens it.
     */
    async revealId(officer: Officer, id: string, reason: string, field?: string): Promise<{ idNumber: string }> {
      return db.transaction(async (tx) => {
        const row = await ownDossier(tx, officer, id);
        const idNumber =
          field === undefined ? deps.crypto.open(row.idNumberSealed, fieldAad("dossier", id, "id_number")) : openAnswerId(row.answers, field, id, deps.crypto);
        if (idNumber === undefined) throw new AppError("NOT_FOUND", "Hồ sơ không có số định danh ở trường này.");
        await insertIdReveal(tx, { officerId: officer.id, dossierId: id, at: now(), reason, field: field ?? null });
        return { idNumber };
      });
    },

    async openUpload(officer: Officer, uploadId: string): Promise<{ upload: UploadRow; body: Readable }> {
      return openUpload(deps.storage, await findAgencyUpload(db, officer.agencyCode, uploadId), () => new AppError("NOT_FOUND", "Không tìm thấy tệp."));
    },
  };
}

export type DeskService = ReturnType<typeof createDeskService>;
