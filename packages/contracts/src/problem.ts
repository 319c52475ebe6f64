import { z } from "zod";

/** Stable machine-readable error codes. Clients branch on these, never on `title` or `detail`. */
export const errorCodes = [
  "BAD_REQUEST",
  "MALFORMED_JSON",
  "MALFORMED_URL",
  "VALIDATION_FAILED",
  "UNKNOWN_FIELD",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "METHOD_NOT_ALLOWED",
  "CONFLICT",
  "ILLEGAL_TRANSITION",
  "PRECONDITION_FAILED",
  "PRECONDITION_REQUIRED",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "UNSUPPORTED_FILE_TYPE",
  "IMAGE_TOO_LARGE",
  "MALWARE_DETECTED",
  "PDF_ACTIVE_CONTENT",
  "QUOTA_EXCEEDED",
  "IDEMPOTENCY_KEY_REQUIRED",
  "IDEMPOTENCY_KEY_REUSED",
  "IN_PROGRESS",
  "RATE_LIMITED",
  "UPSTREAM_UNAVAILABLE",
  "SERVICE_UNAVAILABLE",
  "INTERNAL",
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldError = z.object({
  field: z.string(),
  code: z.string(),
  message: z.string().optional(),
  messageEn: z.string().optional(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, as every non-2xx response carries it. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: ErrorCode,
  detail: z.string().optional(),
  requestId: z.string(),
  errors: z.array(FieldError).optional(),
});
export type Problem = z.infer<typeof Problem>;
