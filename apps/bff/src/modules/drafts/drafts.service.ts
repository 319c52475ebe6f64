import { randomUUID } from "node:crypto";
import { DRAFTS_PER_CITIZEN, DRAFT_MAX_BYTES, draftDataBytes, type Draft, type DraftCreateRequest } from "@motcua/contracts";
import type { FieldCrypto } from "../../crypto/field-crypto.ts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { deleteDraft, findDraft, insertDraftWithinQuota, listDrafts, updateDraftData, type DraftRow } from "./drafts.repo.ts";
import { openDraftData, sealDraftData } from "./sealed-draft.ts";

export interface DraftsService {
  create(citizenId: string, input: DraftCreateRequest): Promise<Draft>;
  list(citizenId: string): Promise<Draft[]>;
  get(citizenId: string, id: string): Promise<Draft>;
  /** `versions` from If-Match; undefined means last write wins (the mini app autosaves). */
  update(citizenId: string, id: string, data: Record<string, unknown>, versions?: readonly number[]): Promise<Draft>;
  remove(citizenId: string, id: string): Promise<void>;
}

export const draftEtag = (version: number) => `"v${version}"`;

// Someone else's draft gets exactly this too, so ids cannot be probed.
const notFound = () => new AppError("NOT_FOUND", "Không tìm thấy bản nháp.");

function toDraft(row: DraftRow, crypto: Pick<FieldCrypto, "open">): Draft {
  return {
    id: row.id,
    procedureCode: row.procedureCode,
    data: openDraftData(row.data, row.id, crypto),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}

function assertSize(data: Record<string, unknown>) {
  const bytes = draftDataBytes(data);
  if (bytes > DRAFT_MAX_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `Bản nháp tối đa ${DRAFT_MAX_BYTES / 1024} KB, nhận ${Math.ceil(bytes / 1024)} KB.`);
  }
}

/** Server-side drafts, sealed at rest: kept `ttlDays` after the last save, then swept. */
export function createDraftsService(deps: { db: Db; crypto: Pick<FieldCrypto, "seal" | "open">; ttlDays: number; now?: () => Date }): DraftsService {
  const { db, crypto } = deps;
  const now = deps.now ?? (() => new Date());
  const expiryFrom = (at: Date) => new Date(at.getTime() + deps.ttlDays * 86_400_000);

  return {
    async create(citizenId, { procedureCode, data }) {
      assertSize(data);
      const at = now();
      // The id is chosen here because the seal is bound to it.
      const id = randomUUID();
      const sealed = sealDraftData(data, id, crypto);
      const row = await insertDraftWithinQuota(db, { id, citizenId, procedureCode, data: sealed, now: at, expiresAt: expiryFrom(at) }, DRAFTS_PER_CITIZEN);
      if (!row) {
        throw new AppError("QUOTA_EXCEEDED", `Tối đa ${DRAFTS_PER_CITIZEN} bản nháp; hãy xóa bớt bản nháp cũ.`);
      }
      return toDraft(row, crypto);
    },
    async list(citizenId) {
      return (await listDrafts(db, citizenId, now())).map((row) => toDraft(row, crypto));
    },
    async get(citizenId, id) {
      const row = await findDraft(db, citizenId, id, now());
      if (!row) throw notFound();
      return toDraft(row, crypto);
    },
    async update(citizenId, id, data, versions) {
      assertSize(data);
      const at = now();
      const sealed = sealDraftData(data, id, crypto);
      const row = await updateDraftData(db, { citizenId, id, data: sealed, now: at, expiresAt: expiryFrom(at), ...(versions ? { versions } : {}) });
      if (row) return toDraft(row, crypto);
      const current = versions && (await findDraft(db, citizenId, id, at));
      if (!current) throw notFound();
      throw new AppError("PRECONDITION_FAILED", "Bản nháp đã được lưu từ nơi khác; hãy tải lại trước khi lưu.", {
        headers: { ETag: draftEtag(current.version) },
      });
    },
    async remove(citizenId, id) {
      if (!(await deleteDraft(db, citizenId, id, now()))) throw notFound();
    },
  };
}
