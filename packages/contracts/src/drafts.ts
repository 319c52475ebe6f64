import { z } from "zod";

/** Limits the server enforces, exported so the mini app can warn before it autosaves. */
export const DRAFT_MAX_BYTES = 64 * 1024;
export const DRAFT_MAX_DEPTH = 10;
export const DRAFTS_PER_CITIZEN = 20;

/** UTF-8 bytes of the JSON the server stores; works in the browser and in Node. */
export function draftDataBytes(data: unknown): number {
  return new TextEncoder().encode(JSON.stringify(data)).length;
}

/**
 * Whether objects and arrays nest deeper than `limit` (the root counts as 1). Iterative and stops
 * at the first too-deep container, so a hostile body costs no more than its own size.
 */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    if (typeof node !== "object" || node === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

// PostgreSQL jsonb cannot hold U+0000 or a lone surrogate: refused here as 422, not a failed insert.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether any key or string value, at any depth, contains text jsonb refuses. */
export function hasUnstorableText(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === "string") {
      if (UNSTORABLE.test(node)) return true;
    } else if (typeof node === "object" && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (UNSTORABLE.test(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/** Whatever the form holds so far: otherwise unvalidated on purpose, since a draft may be half filled. */
export const DraftData = z
  .record(z.string(), z.unknown())
  .refine((data) => !jsonDepthExceeds(data, DRAFT_MAX_DEPTH), { message: `Dữ liệu lồng nhau tối đa ${DRAFT_MAX_DEPTH} cấp` })
  .refine((data) => !hasUnstorableText(data), { message: "Dữ liệu chứa ký tự không hợp lệ (U+0000 hoặc UTF-16 hỏng)" });
export type DraftData = z.infer<typeof DraftData>;

export const DraftProcedureCode = z.string().regex(/^\d\.\d{6}$/, "Mã thủ tục có dạng 1.001234");

/** Strict: the server owns id, version and the timestamps. */
export const DraftCreateRequest = z.strictObject({ procedureCode: DraftProcedureCode, data: DraftData });
export type DraftCreateRequest = z.infer<typeof DraftCreateRequest>;

export const DraftUpdateRequest = z.strictObject({ data: DraftData });
export type DraftUpdateRequest = z.infer<typeof DraftUpdateRequest>;

export const Draft = z.object({
  id: z.uuid(),
  procedureCode: z.string(),
  data: z.record(z.string(), z.unknown()),
  /** Also sent as `ETag: "v<version>"`; echo it in `If-Match` to refuse overwriting a newer save. */
  version: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Deleted after this instant; every save pushes it forward. */
  expiresAt: z.iso.datetime(),
});
export type Draft = z.infer<typeof Draft>;

export const DraftList = z.object({ items: z.array(Draft) });
export type DraftList = z.infer<typeof DraftList>;
