import { randomUUID } from "node:crypto";
import type { Calendar } from "@motcua/calendar";
import {
  type AcceptServiceQuoteRequest,
  type CancelServiceRequest,
  type FieldError,
  type ServiceRequestCreated,
  type ServiceRequestDetail,
  type ServiceRequestKind,
  type ServiceRequestSummary,
  type SubmitConsultingRequest,
  type SubmitTranslationRequest,
} from "@motcua/contracts";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { serviceRequest } from "../../db/schema/index.ts";
import { AGENCY } from "../../db/seed/catalog/agencies.ts";
import { AppError } from "../../http/app-error.ts";
import type { ObjectStorage } from "../../integrations/storage/storage.ts";
import { newPublicCode } from "../../lib/public-code.ts";
import { findReplay, requestHash, runIdempotent, type StoredResponse } from "../idempotency/idempotency.ts";
import type { UploadsService } from "../uploads/uploads.service.ts";
import { documentErrors, invalid, preferredDateErrors } from "./service-request-checks.ts";
import { citizenDetailOf, normalizeCode, notFound, serviceSteps, SERVICE_REQUEST_CODE_PREFIX, type Step } from "./service-request-steps.ts";
import { toSummary } from "./service-request-view.ts";
import { attachFiles, findCitizenRequest, insertRequest, listCitizenRequests, type ServiceRequestRow } from "./service-requests.repo.ts";
import { deskServiceRequests } from "./service-requests.desk.ts";

const CITIZEN_LIST_LIMIT = 200;

export interface ServiceRequestsDeps {
  db: Db;
  calendar: Calendar;
  storage: ObjectStorage;
  /** Officers' result files arrive through the same checks as citizens' uploads. */
  uploads: UploadsService;
  /** Who provides these services: the public administration service center. */
  agencyCode?: string;
  now?: () => Date;
}

/**
 * Business consulting and document translation (issue 6): the citizen asks in the mini app and
 * follows the request by code; the center quotes a translation, the citizen accepts the price, the
 * center returns the translated files; a consultation is scheduled or answered in writing.
 * Every change is one guarded update, an event and, where the citizen must act or learn of it, a
 * notice, in one transaction.
 */
export function createServiceRequestsService(deps: ServiceRequestsDeps) {
  const { db, calendar } = deps;
  const now = deps.now ?? (() => new Date());
  const agencyCode = deps.agencyCode ?? AGENCY.TTPVHCC;
  const steps = serviceSteps(db, now);

  type Submitted = Omit<typeof serviceRequest.$inferInsert, "id" | "code" | "citizenId" | "kind" | "agencyCode" | "status" | "createdAt" | "updatedAt">;

  interface Submission {
    kind: ServiceRequestKind;
    /** As sent, for the idempotency key's hash. */
    body: SubmitConsultingRequest | SubmitTranslationRequest;
    fields: Submitted;
    documentIds: readonly string[];
    errors: FieldError[];
    /** Whether a document is held by something, perhaps this request's first attempt. */
    taken: boolean;
  }

  /** Files once per Idempotency-Key; a retry after a lost answer gets the first answer. */
  async function submit(citizenId: string, key: string | undefined, { kind, body, fields, documentIds, errors, taken }: Submission): Promise<StoredResponse> {
    const at = now();
    const scope = `citizen:${citizenId}:POST /service-requests/${kind.toLowerCase()}`;
    if (errors.length) {
      const earlier = key && taken ? await findReplay(db, scope, key, requestHash(body)) : undefined;
      if (earlier) return earlier;
      throw invalid(errors);
    }
    const id = randomUUID();
    const code = newPublicCode(SERVICE_REQUEST_CODE_PREFIX);
    const created: ServiceRequestCreated = { id, code, kind, status: "SUBMITTED", createdAt: at.toISOString() };
    return runIdempotent(db, { scope, key, body, now: at }, async (tx) => {
      await insertRequest(
        tx,
        { ...fields, id, code, citizenId, kind, agencyCode, status: "SUBMITTED", createdAt: at, updatedAt: at },
        { requestId: id, at, actorType: "citizen", actorId: citizenId, action: "submit", toStatus: "SUBMITTED", data: documentIds.length ? { documents: documentIds.length } : null },
      );
      if (!(await attachFiles(tx, { citizenId, requestId: id, uploadIds: documentIds, role: "DOCUMENT", addedBy: null, firstPosition: 0 }, at))) {
        throw new AppError("CONFLICT", "Một tệp vừa được gửi kèm ở nơi khác; hãy tải lại tệp.");
      }
      return { status: 201, body: created };
    });
  }

  const contactOf = (body: SubmitConsultingRequest | SubmitTranslationRequest) => ({
    contactName: body.contact.name,
    contactPhone: body.contact.phone,
    contactEmail: body.contact.email ?? null,
  });

  async function submitConsulting(citizenId: string, key: string | undefined, body: SubmitConsultingRequest): Promise<StoredResponse> {
    const fields: Submitted = {
      ...contactOf(body),
      topic: body.topic,
      topicOther: body.topicOther ?? null,
      question: body.question,
      preferredDate: body.preferredDate,
      preferredPeriod: body.preferredPeriod,
    };
    return submit(citizenId, key, { kind: "CONSULTING", body, fields, documentIds: [], errors: preferredDateErrors(calendar, body.preferredDate, now()), taken: false });
  }

  async function submitTranslation(citizenId: string, key: string | undefined, body: SubmitTranslationRequest): Promise<StoredResponse> {
    const documents = await documentErrors(db, citizenId, body.documentIds, now());
    const fields: Submitted = {
      ...contactOf(body),
      sourceLanguage: body.sourceLanguage,
      targetLanguage: body.targetLanguage,
      declaredPages: body.pages,
      notarised: body.notarised,
      note: body.note || null,
    };
    return submit(citizenId, key, { kind: "TRANSLATION", body, fields, documentIds: body.documentIds, ...documents });
  }

  async function ownRequest(citizenId: string, code: string): Promise<ServiceRequestRow> {
    const row = await findCitizenRequest(db, citizenId, normalizeCode(code));
    if (!row) throw notFound();
    return row;
  }

  const citizenStep = async (citizenId: string, code: string, action: "accept" | "cancel", plan: (row: ServiceRequestRow) => Step, refusalBody?: { totalVnd?: number }) =>
    steps.run({ type: "citizen", id: citizenId }, await ownRequest(citizenId, code), action, plan, citizenDetailOf, refusalBody);

  return {
    submitConsulting,
    submitTranslation,

    async listOwn(citizenId: string): Promise<ServiceRequestSummary[]> {
      return (await listCitizenRequests(db, citizenId, CITIZEN_LIST_LIMIT)).map(toSummary);
    },

    async detailOwn(citizenId: string, code: string): Promise<ServiceRequestDetail> {
      return citizenDetailOf(db, await ownRequest(citizenId, code));
    },

    accept: (citizenId: string, code: string, body: AcceptServiceQuoteRequest) =>
      citizenStep(citizenId, code, "accept", () => ({ also: eq(serviceRequest.quoteTotal, body.totalVnd), data: { totalVnd: body.totalVnd } }), body),

    cancel: (citizenId: string, code: string, body: CancelServiceRequest) => citizenStep(citizenId, code, "cancel", () => ({ note: body.reason || null })),
    ...deskServiceRequests({ db, calendar, storage: deps.storage, uploads: deps.uploads, agencyCode, steps }),
  };
}

export type ServiceRequestsService = ReturnType<typeof createServiceRequestsService>;
