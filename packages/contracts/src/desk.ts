import { z } from "zod";
import { DossierStatus } from "./dossier-status.ts";
import { DossierDetail, DossierSummary, TimelineEntry } from "./dossiers.ts";
import { multiLine, singleLine } from "./text.ts";

/** desk: receive and return; processor: work the file; manager: statistics, catalog, holidays; admin: everything. */
export const officerRoles = ["desk", "processor", "manager", "admin"] as const;
export const OfficerRole = z.enum(officerRoles);
export type OfficerRole = z.infer<typeof OfficerRole>;

export const OfficerSignInRequest = z.strictObject({
  username: z.string().trim().min(1).max(64),
  // Not trimmed: spaces can be part of a password.
  password: z.string().min(1).max(256),
});
export type OfficerSignInRequest = z.infer<typeof OfficerSignInRequest>;

export const OfficerProfile = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  agency: z.object({ code: z.string(), name: z.string() }),
  roles: z.array(OfficerRole),
});
export type OfficerProfile = z.infer<typeof OfficerProfile>;

export const OfficerSessionGrant = z.object({
  /** Opaque bearer token for `Authorization: Bearer …`. */
  token: z.string(),
  expiresAt: z.iso.datetime(),
  officer: OfficerProfile,
});
export type OfficerSessionGrant = z.infer<typeof OfficerSessionGrant>;

export const DeskDossierQuery = z.strictObject({
  status: DossierStatus.optional(),
  /** Reference, official code, applicant name (with or without diacritics), phone or full citizen ID. */
  q: singleLine(100).optional(),
  overdue: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type DeskDossierQuery = z.infer<typeof DeskDossierQuery>;

export const DeskDossierSummary = DossierSummary.extend({
  applicantName: z.string(),
  applicantPhone: z.string(),
  idNumberMasked: z.string(),
});
export type DeskDossierSummary = z.infer<typeof DeskDossierSummary>;

export const DeskDossierList = z.object({
  items: z.array(DeskDossierSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type DeskDossierList = z.infer<typeof DeskDossierList>;

export const deskActions = [
  "accept",
  "refuse",
  "request_supplement",
  "start_processing",
  "transfer",
  "request_payment",
  "confirm_payment",
  "extend",
  "result_ready",
  "dispatch",
  "deliver",
  "stop",
] as const;
export const DeskAction = z.enum(deskActions);
export type DeskAction = z.infer<typeof DeskAction>;

export const DeskTimelineEntry = TimelineEntry.extend({
  actorType: z.enum(["citizen", "officer", "system"]),
  data: z.record(z.string(), z.unknown()).nullable(),
});

export const DeskDossierDetail = DossierDetail.extend({
  finishedAt: z.string().nullable(),
  timeline: z.array(DeskTimelineEntry),
  /** What this officer may do now, given the dossier's state and the officer's roles. */
  allowedActions: z.array(DeskAction),
});
export type DeskDossierDetail = z.infer<typeof DeskDossierDetail>;

export const RevealIdRequest = z.strictObject({
  reason: multiLine(500, 5),
  /** A form answer of type `id_number` (its key); without it, the applicant's own ID. */
  field: z.string().min(1).max(64).optional(),
});
export const RevealIdResult = z.object({ idNumber: z.string() });
export type RevealIdResult = z.infer<typeof RevealIdResult>;

const note = multiLine(1000, 0).optional();
const reason = multiLine(1000, 5);

/** UPU S10, the format of VNPost item numbers, e.g. `EB123456789VN`; spaces and case are forgiven. */
const VnPostTrackingNumber = z
  .string()
  .max(40)
  .transform((v) => v.replace(/\s+/g, "").toUpperCase())
  .refine((v) => /^[A-Z]{2}\d{9}VN$/.test(v), { message: "Mã bưu gửi VNPost gồm 2 chữ cái, 9 chữ số và đuôi VN", params: { en: "A VNPost item number is 2 letters, 9 digits and VN" } });

const SupplementItem = z.strictObject({
  requirementId: z.string().min(1).max(64).optional(),
  note: singleLine(500, 2),
});

const ResultDocument = z.strictObject({
  name: singleLine(300, 2),
  number: singleLine(100).optional(),
  issuedAt: z.iso.date().optional(),
});

/** The body each action takes; the action itself is the last path segment. */
export const deskActionBodies = {
  accept: z.strictObject({ note }),
  refuse: z.strictObject({ reason }),
  request_supplement: z.strictObject({ items: z.array(SupplementItem).min(1).max(20), note }),
  start_processing: z.strictObject({ note }),
  transfer: z.strictObject({ agencyCode: z.string().trim().min(1).max(40), reason }),
  request_payment: z.strictObject({ amount: z.number().int().min(1).max(10_000_000_000), note }),
  confirm_payment: z.strictObject({ note }),
  extend: z.strictObject({ dueAt: z.iso.datetime({ offset: true }), reason }),
  result_ready: z.strictObject({ documents: z.array(ResultDocument).min(1).max(20), note }),
  dispatch: z.strictObject({ trackingNumber: VnPostTrackingNumber, note }),
  deliver: z.strictObject({ recipient: singleLine(100, 2).optional(), note }),
  stop: z.strictObject({ reason }),
} as const satisfies Record<DeskAction, z.ZodType>;

/** A whole officer command, as the console builds it before sending `action` in the path and the rest as the body. */
export const DeskActionCommand = z.discriminatedUnion("action", [
  deskActionBodies.accept.extend({ action: z.literal("accept") }),
  deskActionBodies.refuse.extend({ action: z.literal("refuse") }),
  deskActionBodies.request_supplement.extend({ action: z.literal("request_supplement") }),
  deskActionBodies.start_processing.extend({ action: z.literal("start_processing") }),
  deskActionBodies.transfer.extend({ action: z.literal("transfer") }),
  deskActionBodies.request_payment.extend({ action: z.literal("request_payment") }),
  deskActionBodies.confirm_payment.extend({ action: z.literal("confirm_payment") }),
  deskActionBodies.extend.extend({ action: z.literal("extend") }),
  deskActionBodies.result_ready.extend({ action: z.literal("result_ready") }),
  deskActionBodies.dispatch.extend({ action: z.literal("dispatch") }),
  deskActionBodies.deliver.extend({ action: z.literal("deliver") }),
  deskActionBodies.stop.extend({ action: z.literal("stop") }),
]);
export type DeskActionCommand = z.infer<typeof DeskActionCommand>;
