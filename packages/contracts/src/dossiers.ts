import { z } from "zod";
import { Address } from "./address.ts";
import { Channel, ProcedureCode } from "./catalog.ts";
import { DossierStatus } from "./dossier-status.ts";
import { IdNumber, PhoneNumber } from "./fields.ts";
import { idNumberMatchesBirthDate, isIdNumberFormat } from "./id-number.ts";
import { multiLine, singleLine } from "./text.ts";

const pastDate = z.iso.date({ message: "Ngày không hợp lệ (YYYY-MM-DD)" }).refine((d) => d >= "1900-01-01" && d <= new Date().toISOString().slice(0, 10), {
  message: "Ngày sinh phải trong quá khứ",
  params: { en: "The birth date must be in the past" },
});

export const Applicant = z
  .strictObject({
    fullName: singleLine(100, 2),
    idNumber: IdNumber,
    dateOfBirth: pastDate,
    gender: z.enum(["MALE", "FEMALE"]).optional(),
    phone: PhoneNumber,
    email: z.email({ message: "Thư điện tử không hợp lệ" }).max(200).optional(),
    address: Address,
  })
  .superRefine((a, ctx) => {
    if (isIdNumberFormat(a.idNumber) && !idNumberMatchesBirthDate(a.idNumber, a.dateOfBirth)) {
      ctx.addIssue({
        code: "custom",
        path: ["idNumber"],
        message: "Số CCCD không khớp với năm sinh",
        params: { en: "The citizen ID does not match the birth year" },
      });
    }
  });
export type Applicant = z.infer<typeof Applicant>;

export const PostalAddress = Address.extend({
  recipient: singleLine(100, 2),
  phone: PhoneNumber,
});
export type PostalAddress = z.infer<typeof PostalAddress>;

/** How the result comes back: at the desk, or by post (Decision 45/2016, chosen independently of pick-up). */
export const Delivery = z.discriminatedUnion("method", [
  z.strictObject({ method: z.literal("counter") }),
  z.strictObject({ method: z.literal("post"), address: PostalAddress }),
]);
export type Delivery = z.infer<typeof Delivery>;

/** Optional: a postal worker collects the paper originals from this address. */
export const Pickup = z.strictObject({ address: PostalAddress, note: multiLine(500, 0).optional() });
export type Pickup = z.infer<typeof Pickup>;

const UploadId = z.uuid({ message: "Mã tệp không hợp lệ" });

export const DocumentAttachment = z.strictObject({
  requirementId: z.string().min(1).max(64),
  uploadIds: z.array(UploadId).min(1).max(20),
});

export const SubmitDossierRequest = z.strictObject({
  procedureCode: ProcedureCode,
  channel: Channel.extract(["ONLINE", "POSTAL"]),
  /** The receiving commune for commune-level procedures; defaults to the applicant's own. */
  agencyCode: z.string().min(1).max(40).optional(),
  applicant: Applicant,
  answers: z.record(z.string().max(64), z.unknown()),
  documents: z.array(DocumentAttachment).max(50),
  delivery: Delivery,
  pickup: Pickup.optional(),
});
export type SubmitDossierRequest = z.infer<typeof SubmitDossierRequest>;

export const SupplementRequest = z.object({
  items: z.array(z.object({ requirementId: z.string().nullable(), note: z.string() })),
  note: z.string().nullable(),
  requestedAt: z.string(),
});
export type SupplementRequest = z.infer<typeof SupplementRequest>;

export const FeesDue = z.object({
  amount: z.number().int().min(0),
  note: z.string().nullable(),
  paidAt: z.string().nullable(),
});
export type FeesDue = z.infer<typeof FeesDue>;

export const StatusView = z.object({
  status: DossierStatus,
  statusCode: z.number().int(),
  statusLabel: z.string(),
  statusLabelEn: z.string(),
});

export const DossierCreated = StatusView.extend({
  id: z.uuid(),
  reference: z.string(),
  /** Shown once, printed on the receipt: with the reference it lets anyone check the status. */
  lookupSecret: z.string(),
  procedure: z.object({ code: z.string(), name: z.string(), version: z.number().int() }),
  agency: z.object({ code: z.string(), name: z.string() }),
  submittedAt: z.string(),
});
export type DossierCreated = z.infer<typeof DossierCreated>;

export const TimelineEntry = z.object({
  at: z.string(),
  action: z.string(),
  status: DossierStatus,
  label: z.string(),
  labelEn: z.string(),
  note: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const DossierSummary = StatusView.extend({
  id: z.uuid(),
  reference: z.string(),
  officialCode: z.string().nullable(),
  procedure: z.object({ code: z.string(), name: z.string() }),
  agency: z.object({ code: z.string(), name: z.string() }),
  submittedAt: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  actionNeeded: z.boolean(),
});
export type DossierSummary = z.infer<typeof DossierSummary>;

export const DossierDocument = z.object({
  requirementId: z.string(),
  uploadId: z.uuid(),
  displayName: z.string(),
  kind: z.string(),
  size: z.number().int(),
});

export const DossierDetail = DossierSummary.extend({
  version: z.number().int(),
  channel: z.string(),
  applicant: z.object({
    fullName: z.string(),
    idNumberMasked: z.string(),
    dateOfBirth: z.string(),
    phone: z.string(),
    email: z.string().optional(),
    address: Address,
  }),
  /** As filed, except `id_number` answers: masked like `applicant.idNumberMasked`. */
  answers: z.record(z.string(), z.unknown()),
  documents: z.array(DossierDocument),
  delivery: Delivery,
  pickup: Pickup.nullable(),
  receivedAt: z.string().nullable(),
  supplementRequest: SupplementRequest.nullable(),
  feesDue: FeesDue.nullable(),
  timeline: z.array(TimelineEntry),
  canWithdraw: z.boolean(),
  canSupplement: z.boolean(),
});
export type DossierDetail = z.infer<typeof DossierDetail>;

export const DossierList = z.object({ items: z.array(DossierSummary) });

export const SupplementSubmission = z.strictObject({
  documents: z.array(DocumentAttachment).min(1).max(50),
  note: multiLine(1000, 0).optional(),
});
export type SupplementSubmission = z.infer<typeof SupplementSubmission>;

export const WithdrawRequest = z.strictObject({ reason: multiLine(1000, 0).optional() });

export const TrackQuery = z.strictObject({
  code: z.string().trim().min(4).max(40),
  secret: z.string().trim().min(4).max(20),
});

/** The public lookup: status and dates only, nothing that identifies the applicant. */
export const TrackResult = StatusView.extend({
  reference: z.string(),
  officialCode: z.string().nullable(),
  procedureName: z.string(),
  agencyName: z.string(),
  submittedAt: z.string(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  resultReady: z.boolean(),
});
export type TrackResult = z.infer<typeof TrackResult>;
