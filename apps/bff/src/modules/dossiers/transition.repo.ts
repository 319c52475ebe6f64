import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { DossierStatus } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { dossier, dossierEvent, outbox } from "../../db/schema/index.ts";
import { AppError } from "../../http/app-error.ts";
import { ruleOf, type ActorType, type TransitionAction } from "./state-machine.ts";

export type DossierRow = typeof dossier.$inferSelect;
export type DossierPatch = Partial<Omit<typeof dossier.$inferInsert, "id" | "status" | "version" | "previousStatus" | "resumeStatus">>;

export type DossierScope = { citizenId: string } | { agencyCode: string };

export interface TransitionInput {
  dossierId: string;
  action: TransitionAction;
  actor: { type: ActorType; id: string | null };
  scope: DossierScope;
  /** From If-Match; absent for citizen actions, where the state guard is enough. */
  expectedVersion?: number;
  patch?: DossierPatch;
  note?: string | null;
  data?: Record<string, unknown>;
  now: Date;
}

export function scopeCondition(scope: DossierScope): SQL {
  return "citizenId" in scope ? eq(dossier.citizenId, scope.citizenId) : eq(dossier.agencyCode, scope.agencyCode);
}

/**
 * One guarded UPDATE decides the transition: the row changes only if it is in reach, in an allowed
 * state and (when given) at the expected version. Its event and outbox row are written in the same
 * transaction, so a lost race leaves no trace and a won one always notifies exactly once.
 */
export async function applyTransition(tx: Db, input: TransitionInput): Promise<DossierRow> {
  const rule = ruleOf(input.action);
  if (!rule.actors.includes(input.actor.type)) throw new AppError("FORBIDDEN");

  const nextStatus: SQL<DossierStatus> =
    rule.to === "RESUME"
      ? sql<DossierStatus>`coalesce(${dossier.resumeStatus}, 'RECEIVED')`
      : rule.to === "SAME"
        ? sql<DossierStatus>`${dossier.status}`
        : sql<DossierStatus>`${rule.to}`;

  const conditions = [eq(dossier.id, input.dossierId), inArray(dossier.status, [...rule.from]), scopeCondition(input.scope)];
  if (input.expectedVersion !== undefined) conditions.push(eq(dossier.version, input.expectedVersion));

  const [row] = await tx
    .update(dossier)
    .set({
      ...input.patch,
      // SET expressions read the row as it was, so these capture the state being left.
      previousStatus: sql<DossierStatus>`${dossier.status}`,
      status: nextStatus,
      ...(rule.pauses ? { resumeStatus: sql<DossierStatus>`${dossier.status}` } : {}),
      ...(rule.to === "RESUME" ? { resumeStatus: null } : {}),
      version: sql<number>`${dossier.version} + 1`,
      updatedAt: input.now,
    })
    .where(and(...conditions))
    .returning();

  if (!row) throw await explainRefusal(tx, input);

  await tx.insert(dossierEvent).values({
    dossierId: row.id,
    at: input.now,
    actorType: input.actor.type,
    actorId: input.actor.id,
    action: input.action,
    fromStatus: row.previousStatus,
    toStatus: row.status,
    note: input.note ?? null,
    data: input.data ?? null,
  });
  if (rule.notify) await tx.insert(outbox).values(statusNotice(row, input.action, input.now));
  return row;
}

type NoticeFacts = Pick<DossierRow, "id" | "citizenId" | "status" | "reference" | "officialCode" | "version">;

/** The outbox row telling the citizen about a change; written in the change's own transaction. */
export function statusNotice(row: NoticeFacts, action: string, now: Date): typeof outbox.$inferInsert {
  return {
    topic: "dossier.status_changed",
    dossierId: row.id,
    citizenId: row.citizenId,
    payload: { action, status: row.status, reference: row.reference, officialCode: row.officialCode, version: row.version },
    createdAt: now,
    nextAttemptAt: now,
  };
}

/** Why nothing changed: absent or out of reach (404), someone else moved first (412), or not allowed now (409). */
async function explainRefusal(tx: Db, input: TransitionInput): Promise<AppError> {
  const [current] = await tx
    .select({ status: dossier.status, version: dossier.version })
    .from(dossier)
    .where(and(eq(dossier.id, input.dossierId), scopeCondition(input.scope)));
  if (!current) return new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
  if (input.expectedVersion !== undefined && current.version !== input.expectedVersion) {
    return new AppError("PRECONDITION_FAILED", "Hồ sơ vừa được người khác cập nhật; hãy tải lại rồi thử lại.");
  }
  return new AppError("ILLEGAL_TRANSITION", `Không thể thực hiện thao tác này khi hồ sơ đang ở trạng thái ${current.status}.`);
}
