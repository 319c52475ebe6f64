import type { ErrorCode, FieldError } from "./problem.ts";

/** Our own codes for failures that never reached a problem+json answer. */
export type ClientErrorCode = "NETWORK" | "BAD_RESPONSE";

/** A refused or failed API call, carrying the problem+json fields the screens branch on. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldError[],
    /** Seconds, from `Retry-After` (account lockout, rate limits). */
    readonly retryAfter: number | undefined,
  ) {
    super(detail ?? title);
    this.name = "ApiError";
  }

  /** The message for a given field, e.g. `reason` or `items.0.note`. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function retryAfterOf(res: Response): number | undefined {
  const value = Number(res.headers.get("retry-after"));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Reads a non-2xx answer into an ApiError, whether or not it is the problem+json the BFF promises. */
export async function toApiError(res: Response): Promise<ApiError> {
  const retryAfter = retryAfterOf(res);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  if (isRecord(body) && typeof body.code === "string" && typeof body.title === "string") {
    const errors = Array.isArray(body.errors) ? (body.errors.filter(isRecord) as FieldError[]) : [];
    const detail = typeof body.detail === "string" ? body.detail : undefined;
    return new ApiError(res.status, body.code as ErrorCode, body.title, detail, errors, retryAfter);
  }
  return new ApiError(res.status, "BAD_RESPONSE", `Máy chủ trả lời không như mong đợi (HTTP ${res.status}).`, undefined, [], retryAfter);
}

