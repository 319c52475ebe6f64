import { z } from "zod";

export const AgencyLevel = z.enum(["PROVINCE", "COMMUNE"]);
export type AgencyLevel = z.infer<typeof AgencyLevel>;

export const Agency = z.object({
  /** Agency identification code under QCVN 102:2016/BTTTT, e.g. `000.00.00.H19`. */
  code: z.string().min(1).max(40),
  name: z.string().min(1).max(300),
  shortName: z.string().max(120).nullable(),
  level: AgencyLevel,
  /** For commune-level agencies: the ward/commune they serve (NSO code). */
  wardCode: z.string().max(10).nullable(),
  address: z.string().max(400).nullable(),
  phone: z.string().max(40).nullable(),
  email: z.string().max(200).nullable(),
  hours: z.string().max(300).nullable(),
});
export type Agency = z.infer<typeof Agency>;

export const Sector = z.object({
  code: z.string().min(1).max(40),
  name: z.string().min(1).max(300),
});
export type Sector = z.infer<typeof Sector>;

export const ProcedureLevel = z.enum(["PROVINCE", "COMMUNE"]);
export type ProcedureLevel = z.infer<typeof ProcedureLevel>;
export const OnlineLevel = z.enum(["FULL", "PARTIAL", "NONE"]);
export type OnlineLevel = z.infer<typeof OnlineLevel>;
export const ApplicantType = z.enum(["CITIZEN", "ENTERPRISE", "HOUSEHOLD_BUSINESS", "ORGANIZATION"]);
export type ApplicantType = z.infer<typeof ApplicantType>;
export const Channel = z.enum(["DIRECT", "ONLINE", "POSTAL"]);
export type Channel = z.infer<typeof Channel>;
export const TimeUnit = z.enum(["WORKING_DAY", "CALENDAR_DAY", "SAME_DAY"]);
export type TimeUnit = z.infer<typeof TimeUnit>;

export const ProcessingTime = z.object({
  value: z.number().int().min(0).max(365),
  unit: TimeUnit,
  /** Local time ("HH:MM") after which a filing counts from the next working day. */
  cutoff: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .nullable(),
  note: z.string().max(500).nullable(),
});
export type ProcessingTime = z.infer<typeof ProcessingTime>;

export const Fee = z.object({
  /** FEE = phí, CHARGE = lệ phí. */
  kind: z.enum(["FEE", "CHARGE"]),
  name: z.string().min(1).max(300),
  /** Amount in VND; null when the amount follows a formula. */
  amount: z.number().int().min(0).nullable(),
  formula: z.string().max(500).nullable(),
  exemptions: z.string().max(500).nullable(),
});
export type Fee = z.infer<typeof Fee>;

export const ChannelInfo = z.object({
  channel: Channel,
  processingTime: ProcessingTime,
  fees: z.array(Fee),
  description: z.string().max(1000).nullable(),
});
export type ChannelInfo = z.infer<typeof ChannelInfo>;

export const FileKind = z.enum(["pdf", "jpeg", "png", "heic"]);
export type FileKind = z.infer<typeof FileKind>;

export const Requirement = z.object({
  /** Stable within a procedure version; dossiers attach uploads to it. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  name: z.string().min(1).max(500),
  originals: z.number().int().min(0).max(20),
  copies: z.number().int().min(0).max(20),
  required: z.boolean(),
  /** When the requirement applies, for conditional documents. */
  condition: z.string().max(500).nullable(),
  /** Shown at the desk only, not uploaded. */
  presentOnly: z.boolean(),
  acceptedTypes: z.array(FileKind).min(1),
  maxFiles: z.number().int().min(1).max(20),
  template: z.object({ name: z.string().max(200), url: z.string().max(500) }).nullable(),
});
export type Requirement = z.infer<typeof Requirement>;

export const formFieldTypes = [
  "text",
  "textarea",
  "number",
  "date",
  "select",
  "checkbox",
  "phone",
  "email",
  "id_number",
  "address",
] as const;
export const FormFieldType = z.enum(formFieldTypes);
export type FormFieldType = z.infer<typeof FormFieldType>;

export const FormField = z.object({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/),
  type: FormFieldType,
  label: z.string().min(1).max(300),
  labelEn: z.string().max(300).nullable(),
  required: z.boolean(),
  help: z.string().max(500).nullable(),
  options: z.array(z.object({ value: z.string().max(100), label: z.string().max(300) })).nullable(),
  minLength: z.number().int().min(0).nullable(),
  maxLength: z.number().int().min(1).max(10000).nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  pattern: z.string().max(200).nullable(),
});
export type FormField = z.infer<typeof FormField>;

export const LegalBasis = z.object({
  number: z.string().max(100).nullable(),
  title: z.string().min(1).max(500),
  issuedAt: z.iso.date().nullable(),
});
export type LegalBasis = z.infer<typeof LegalBasis>;

export const ProcedureVersion = z.object({
  number: z.number().int().min(1),
  /** The decision that announced this version. */
  decisionNo: z.string().max(100).nullable(),
  effectiveFrom: z.iso.date(),
  effectiveTo: z.iso.date().nullable(),
});
export type ProcedureVersion = z.infer<typeof ProcedureVersion>;

export const ProcedureCode = z.string().regex(/^\d\.\d{6}$/, "national code like 1.001193");
export const LocalProcedureCode = z.string().regex(/^\d\.\d{6}\.[0-9A-Z.]+$/);

/** A procedure as the catalog stores and seeds it. */
export const Procedure = z.object({
  code: ProcedureCode,
  localCode: LocalProcedureCode,
  name: z.string().min(1).max(500),
  level: ProcedureLevel,
  sectorCode: z.string().min(1).max(40),
  /** The competent provincial agency; null for commune-level procedures (filed at the applicant's commune). */
  agencyCode: z.string().max(40).nullable(),
  applicantTypes: z.array(ApplicantType).min(1),
  onlineLevel: OnlineLevel,
  purpose: z.string().max(2000).nullable(),
  channels: z.array(ChannelInfo).min(1),
  requirements: z.array(Requirement),
  form: z.object({ fields: z.array(FormField) }),
  steps: z.array(z.string().min(1).max(2000)),
  conditions: z.array(z.string().min(1).max(2000)),
  results: z.array(z.string().min(1).max(500)),
  legalBasis: z.array(LegalBasis),
  /** Words citizens use for it that its name lacks ("làm giấy khai sinh cho con"). */
  keywords: z.array(z.string().max(100)),
  version: ProcedureVersion,
  /** False where a fact (time, fee, code) could not be checked against a public record. */
  verified: z.boolean(),
  sourceNote: z.string().max(500).nullable(),
});
export type Procedure = z.infer<typeof Procedure>;

export const AgencyRef = z.object({ code: z.string().nullable(), name: z.string() });
export type AgencyRef = z.infer<typeof AgencyRef>;

export const ProcedureSummary = z.object({
  code: z.string(),
  localCode: z.string(),
  name: z.string(),
  level: ProcedureLevel,
  sector: Sector,
  agency: AgencyRef,
  onlineLevel: OnlineLevel,
  /** The quickest channel's processing time, for list display. */
  processingTime: ProcessingTime,
});
export type ProcedureSummary = z.infer<typeof ProcedureSummary>;

export const ProcedureDetail = Procedure.omit({ sectorCode: true, agencyCode: true }).extend({
  sector: Sector,
  agency: AgencyRef,
});
export type ProcedureDetail = z.infer<typeof ProcedureDetail>;

const csvOrRepeat = z.string().max(100);

export const ProcedureListQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  agency: csvOrRepeat.optional(),
  sector: csvOrRepeat.optional(),
  level: ProcedureLevel.optional(),
  /** `true`: any online filing; `FULL`: end-to-end online only; `false`: offline only. */
  online: z.enum(["true", "false", "FULL", "PARTIAL"]).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ProcedureListQuery = z.infer<typeof ProcedureListQuery>;

export const ProcedureList = z.object({
  items: z.array(ProcedureSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ProcedureList = z.infer<typeof ProcedureList>;
