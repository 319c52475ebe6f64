import { ApiError, type DossierCreated, type FieldError, type ProcedureDetail } from "@motcua/contracts";
import { api } from "../../api/api.ts";
import { sendAuthed } from "../../api/session.ts";
import { uploadIds } from "../../uploads/upload-item.ts";
import type { FilingData, StepId } from "./filing-data.ts";
import { stepIds } from "./filing-data.ts";
import { answersValue, applicantValue, byPath, deliveryValue, pickupValue, stepOfField, type FieldErrors } from "./validation.ts";

export type SubmitBody = Parameters<typeof api.api.v1.dossiers.$post>[0]["json"];

/** Online unless a postal worker collects the paper dossier, as far as the procedure offers each. */
function channelFor(procedure: Pick<ProcedureDetail, "channels">, pickup: boolean): "ONLINE" | "POSTAL" {
  const offers = (channel: string) => procedure.channels.some((c) => c.channel === channel);
  if (pickup && offers("POSTAL")) return "POSTAL";
  return offers("ONLINE") || !offers("POSTAL") ? "ONLINE" : "POSTAL";
}

/** The request for what the citizen entered; the server checks it again with the same schemas. */
export function buildSubmitBody(procedure: ProcedureDetail, data: FilingData): SubmitBody {
  const pickup = pickupValue(data);
  return {
    procedureCode: procedure.code,
    channel: channelFor(procedure, pickup !== undefined),
    ...(procedure.level === "COMMUNE" && data.agencyCode ? { agencyCode: data.agencyCode } : {}),
    applicant: applicantValue(data.applicant),
    answers: answersValue(procedure.form.fields, data.answers),
    documents: procedure.requirements
      .filter((r) => !r.presentOnly)
      .map((r) => ({ requirementId: r.id, uploadIds: uploadIds(data.documents[r.id] ?? []) }))
      .filter((d) => d.uploadIds.length > 0),
    delivery: deliveryValue(data),
    ...(pickup ? { pickup } : {}),
  };
}

/** One attempt. The same key with the same body returns the first answer, never a second dossier. */
export async function sendSubmission(body: SubmitBody, idempotencyKey: string): Promise<DossierCreated> {
  const res = await sendAuthed((auth) => api.api.v1.dossiers.$post({ json: body, header: { "idempotency-key": idempotencyKey } }, auth));
  return (await res.json()) as DossierCreated;
}

/** Worth repeating as it is: no answer, a busy server, or the first attempt still being recorded. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.status === 409) return error.code === "IN_PROGRESS";
  return error.status === 0 || error.status === 429 || error.status === 502 || error.status === 503 || error.status === 504;
}

/** Whether the server definitely did not file this body (so it need not be replayed later). */
const definitelyRefused = (error: unknown) => error instanceof ApiError && error.status >= 400 && error.status < 500 && !isTransient(error);

export interface SubmitOptions {
  /** Tries in all, the first included, before giving up to the "Thử lại" button. */
  attempts?: number;
  wait?: (ms: number) => Promise<void>;
  /** Called before each automatic retry, for "Đang thử lại…". */
  onRetry?: (attempt: number) => void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const BACKOFF_MS = [1_000, 3_000, 6_000];

/** Sends with a few automatic retries on transient failures, always with the same key and body. */
export async function submitWithRetry(body: SubmitBody, idempotencyKey: string, options: SubmitOptions = {}): Promise<DossierCreated> {
  const attempts = options.attempts ?? 3;
  const wait = options.wait ?? sleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendSubmission(body, idempotencyKey);
    } catch (err) {
      if (!isTransient(err) || attempt >= attempts) throw err;
      const retryAfter = err instanceof ApiError && err.retryAfter ? Math.min(err.retryAfter, 10) * 1000 : undefined;
      options.onRetry?.(attempt);
      await wait(retryAfter ?? BACKOFF_MS[Math.min(attempt - 1, BACKOFF_MS.length - 1)]!);
    }
  }
}

const sameBody = (a: SubmitBody, b: SubmitBody) => JSON.stringify(a) === JSON.stringify(b);

export interface FileOutcome {
  created: DossierCreated;
  /** True when an earlier attempt (whose answer was lost) had filed it, with different answers than now. */
  fromEarlierAttempt: boolean;
}

/**
 * Files the draft. Each body sent is remembered (`remember`, saved with the draft) until the server
 * answers it definitively. If the answer was lost and the citizen then changed something, the key
 * comes back as "already used for another request": the earlier body is sent again, which returns
 * the dossier it filed (and its receipt) instead of a second one.
 */
export async function fileDossier(
  body: SubmitBody,
  data: Pick<FilingData, "idempotencyKey" | "unconfirmed">,
  remember: (unconfirmed: SubmitBody[]) => void,
  options: SubmitOptions = {},
): Promise<FileOutcome> {
  const earlier = data.unconfirmed.filter((other) => !sameBody(other, body));
  remember([body, ...earlier].slice(0, 3));
  try {
    return { created: await submitWithRetry(body, data.idempotencyKey, options), fromEarlierAttempt: false };
  } catch (err) {
    if (err instanceof ApiError && err.code === "IDEMPOTENCY_KEY_REUSED") {
      for (const other of earlier) {
        try {
          return { created: await sendSubmission(other, data.idempotencyKey), fromEarlierAttempt: true };
        } catch {
          // Not that one; try the next.
        }
      }
    }
    if (definitelyRefused(err)) remember(earlier);
    throw err;
  }
}

/**
 * The server's field errors keyed like the wizard's own ("documents.3.uploadIds.0" becomes
 * "documents.<requirement id>"), and the earliest step holding one.
 */
export function placeServerErrors(errors: readonly FieldError[], body: SubmitBody): { errors: FieldErrors; step: StepId } {
  const placed = errors.map((error) => {
    const match = /^documents\.(\d+)(?:\.|$)/.exec(error.field);
    const requirementId = match ? body.documents[Number(match[1])]?.requirementId : undefined;
    return requirementId ? { ...error, field: `documents.${requirementId}` } : error;
  });
  const steps = placed.map((error) => stepOfField(error.field));
  const step = stepIds.find((id) => steps.includes(id)) ?? "review";
  return { errors: byPath(placed), step };
}
