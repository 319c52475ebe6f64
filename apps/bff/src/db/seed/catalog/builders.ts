/**
 * Small builders for the seed catalog: they fill the schema's many nullable
 * fields with defaults so each procedure file reads like the DVCQG record.
 */
import type {
  ApplicantType,
  ChannelInfo,
  Fee,
  FileKind,
  FormField,
  LegalBasis,
  OnlineLevel,
  Procedure,
  ProcedureLevel,
  ProcedureVersion,
  ProcessingTime,
  Requirement,
} from "@motcua/contracts";

/** Đồng Nai's province id in QCVN 102:2016 agency codes. */
export const PROVINCE_ID = "H19";
/** Suffix of the local procedure code: `<national code>.000.00.00.H19`. */
export const LOCAL_SUFFIX = `000.00.00.${PROVINCE_ID}`;
export const localCodeOf = (code: string): string => `${code}.${LOCAL_SUFFIX}`;

/** DVCQG record page of a national code; templates are downloaded from it. */
export const dvcqgUrl = (code: string): string =>
  `https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${code}`;

// ---------------------------------------------------------------- time ----

const AFTER_15H = "Hồ sơ nhận sau 15 giờ được giải quyết và trả kết quả trong ngày làm việc tiếp theo.";

/** Settled on the day of reception; after 15:00 the next working day. */
export const sameDay = (note: string | null = AFTER_15H, cutoff: string | null = "15:00"): ProcessingTime => ({
  value: 0,
  unit: "SAME_DAY",
  cutoff,
  note,
});

export const workingDays = (value: number, note: string | null = null): ProcessingTime => ({
  value,
  unit: "WORKING_DAY",
  cutoff: null,
  note,
});

export const calendarDays = (value: number, note: string | null = null): ProcessingTime => ({
  value,
  unit: "CALENDAR_DAY",
  cutoff: null,
  note,
});

// ---------------------------------------------------------------- fees ----

interface FeeOpts {
  formula?: string | null;
  exemptions?: string | null;
}

/** Lệ phí (state charge). */
export const charge = (name: string, amount: number | null, o: FeeOpts = {}): Fee => ({
  kind: "CHARGE",
  name,
  amount,
  formula: o.formula ?? null,
  exemptions: o.exemptions ?? null,
});

/** Phí (service fee). */
export const fee = (name: string, amount: number | null, o: FeeOpts = {}): Fee => ({
  kind: "FEE",
  name,
  amount,
  formula: o.formula ?? null,
  exemptions: o.exemptions ?? null,
});

/** A charge whose amount is set by the provincial People's Council. */
export const councilCharge = (name: string, exemptions: string | null = null): Fee =>
  charge(name, null, {
    formula: "Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh Đồng Nai (chưa đối chiếu mức cụ thể).",
    exemptions,
  });

// -------------------------------------------------------- requirements ----

export const PDF_IMG: FileKind[] = ["pdf", "jpeg", "png"];
export const ANY_FILE: FileKind[] = ["pdf", "jpeg", "png", "heic"];

export interface DocOpts {
  originals?: number;
  copies?: number;
  required?: boolean;
  condition?: string | null;
  presentOnly?: boolean;
  acceptedTypes?: FileKind[];
  maxFiles?: number;
  /** Template name; the url points to the DVCQG record of `templateCode`. */
  template?: string;
  templateCode?: string;
}

/** A document to submit: by default one original, required, PDF or image. */
export function doc(id: string, name: string, o: DocOpts = {}): Requirement {
  return {
    id,
    name,
    originals: o.originals ?? 1,
    copies: o.copies ?? 0,
    required: o.required ?? o.condition == null,
    condition: o.condition ?? null,
    presentOnly: o.presentOnly ?? false,
    acceptedTypes: o.acceptedTypes ?? PDF_IMG,
    maxFiles: o.maxFiles ?? 1,
    template:
      o.template != null
        ? { name: o.template, url: o.templateCode != null ? dvcqgUrl(o.templateCode) : "https://dichvucong.gov.vn" }
        : null,
  };
}

/** A copy (bản sao / bản chụp) rather than an original. */
export const copyDoc = (id: string, name: string, o: DocOpts = {}): Requirement =>
  doc(id, name, { originals: 0, copies: 1, ...o });

/** Needed only when `condition` holds. */
export const whenDoc = (id: string, name: string, condition: string, o: DocOpts = {}): Requirement =>
  doc(id, name, { ...o, condition, required: false });

/** Shown at the desk only, never uploaded. */
export const presentDoc = (id: string, name: string, o: DocOpts = {}): Requirement =>
  doc(id, name, { originals: 1, copies: 0, ...o, presentOnly: true });

/**
 * The application form (tờ khai / đơn) with its official template name. Filled in and signed on
 * paper, it arrives as a PDF scan or, far more often from a phone, as photos of its pages.
 */
export const formDoc = (id: string, name: string, template: string, code: string, o: DocOpts = {}): Requirement =>
  doc(id, name, { template, templateCode: code, acceptedTypes: ANY_FILE, maxFiles: 4, ...o });

/** Card/ID presented at the counter; online, identity comes from VNeID. */
export const idCardPresent = (): Requirement =>
  presentDoc(
    "giay-to-tuy-than",
    "Thẻ căn cước / Căn cước công dân hoặc hộ chiếu còn giá trị của người nộp hồ sơ (xuất trình; không phải xuất trình nếu thông tin đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư hoặc đăng nhập bằng VNeID)",
  );

export const authorizationDoc = (): Requirement =>
  whenDoc(
    "van-ban-uy-quyen",
    "Văn bản ủy quyền được chứng thực theo quy định",
    "Khi người nộp hồ sơ là người được ủy quyền",
  );

// -------------------------------------------------------------- fields ----

type FieldOpts = Partial<Omit<FormField, "key" | "type" | "label" | "labelEn">>;

function field(type: FormField["type"], key: string, label: string, labelEn: string, o: FieldOpts = {}): FormField {
  return {
    key,
    type,
    label,
    labelEn,
    required: o.required ?? true,
    help: o.help ?? null,
    options: o.options ?? null,
    minLength: o.minLength ?? null,
    maxLength: o.maxLength ?? (type === "text" ? 200 : type === "textarea" ? 2000 : null),
    min: o.min ?? null,
    max: o.max ?? null,
    pattern: o.pattern ?? null,
  };
}

const opts = (pairs: ReadonlyArray<readonly [string, string]>) => pairs.map(([value, label]) => ({ value, label }));

export const f = {
  text: (k: string, l: string, en: string, o?: FieldOpts) => field("text", k, l, en, o),
  textarea: (k: string, l: string, en: string, o?: FieldOpts) => field("textarea", k, l, en, o),
  number: (k: string, l: string, en: string, o?: FieldOpts) => field("number", k, l, en, o),
  date: (k: string, l: string, en: string, o?: FieldOpts) => field("date", k, l, en, o),
  checkbox: (k: string, l: string, en: string, o?: FieldOpts) => field("checkbox", k, l, en, { required: false, ...o }),
  phone: (k: string, l: string, en: string, o?: FieldOpts) =>
    field("phone", k, l, en, { pattern: "^0\\d{9,10}$", maxLength: 11, ...o }),
  email: (k: string, l: string, en: string, o?: FieldOpts) => field("email", k, l, en, { maxLength: 200, ...o }),
  idNumber: (k: string, l: string, en: string, o?: FieldOpts) =>
    field("id_number", k, l, en, { pattern: "^\\d{12}$", minLength: 12, maxLength: 12, ...o }),
  address: (k: string, l: string, en: string, o?: FieldOpts) => field("address", k, l, en, { maxLength: 400, ...o }),
  select: (k: string, l: string, en: string, options: ReadonlyArray<readonly [string, string]>, o?: FieldOpts) =>
    field("select", k, l, en, { ...o, options: opts(options) }),
};

export const GENDERS = [
  ["M", "Nam"],
  ["F", "Nữ"],
] as const;

/** Who is filing: the person named on the dossier (người yêu cầu / người nộp). */
export const applicantFields = (): FormField[] => [
  f.text("fullName", "Họ, chữ đệm và tên người yêu cầu", "Applicant's full name"),
  f.date("dateOfBirth", "Ngày, tháng, năm sinh", "Date of birth"),
  f.select("gender", "Giới tính", "Sex", GENDERS),
  f.idNumber("idNumber", "Số định danh cá nhân", "Personal identification number"),
  f.address("residence", "Nơi cư trú", "Place of residence"),
  f.phone("phone", "Số điện thoại liên hệ", "Contact phone number"),
  f.email("email", "Thư điện tử", "Email", { required: false }),
];

/** A second or third person on the dossier, with a key prefix (`father`, `wife`, …). */
export const personFields = (prefix: string, suffixVi: string, suffixEn: string, required = true): FormField[] => [
  f.text(`${prefix}FullName`, `Họ, chữ đệm và tên ${suffixVi}`, `Full name of the ${suffixEn}`, { required }),
  f.date(`${prefix}DateOfBirth`, `Ngày sinh ${suffixVi}`, `Date of birth of the ${suffixEn}`, { required }),
  f.idNumber(`${prefix}IdNumber`, `Số định danh cá nhân ${suffixVi}`, `Personal ID number of the ${suffixEn}`, {
    required,
  }),
  f.text(`${prefix}Ethnicity`, `Dân tộc ${suffixVi}`, `Ethnicity of the ${suffixEn}`, { required: false }),
  f.text(`${prefix}Nationality`, `Quốc tịch ${suffixVi}`, `Nationality of the ${suffixEn}`, { required }),
  f.address(`${prefix}Residence`, `Nơi cư trú ${suffixVi}`, `Residence of the ${suffixEn}`, { required }),
];

export const RELATIONSHIPS = [
  ["cha", "Cha"],
  ["me", "Mẹ"],
  ["ong-ba", "Ông, bà"],
  ["anh-chi-em", "Anh, chị, em"],
  ["nguoi-than-khac", "Người thân thích khác"],
  ["uy-quyen", "Người được ủy quyền"],
] as const;

export const relationshipField = (what: string, whatEn: string): FormField =>
  f.select("relationship", `Quan hệ với ${what}`, `Relationship to the ${whatEn}`, RELATIONSHIPS);

export const DELIVERY = [
  ["counter", "Nhận trực tiếp tại Bộ phận Một cửa"],
  ["postal", "Nhận qua dịch vụ bưu chính công ích"],
  ["electronic", "Nhận bản điện tử qua Cổng Dịch vụ công / VNeID"],
] as const;

/** How the citizen wants the result back (Decision 45/2016/QĐ-TTg). */
export const deliveryField = (): FormField =>
  f.select("resultDelivery", "Hình thức nhận kết quả", "How to receive the result", DELIVERY);

export const copiesField = (max = 20): FormField =>
  f.number("copiesRequested", "Số bản sao yêu cầu cấp", "Number of copies requested", { min: 0, max });

export const BUSINESS_SCALE = [
  ["micro", "Siêu nhỏ"],
  ["small", "Nhỏ"],
  ["medium", "Vừa"],
  ["large", "Lớn"],
] as const;

/** The enterprise filing (mã số doanh nghiệp, representative…). */
export const enterpriseFields = (): FormField[] => [
  f.text("enterpriseName", "Tên doanh nghiệp / tổ chức", "Enterprise or organisation name"),
  f.text("enterpriseCode", "Mã số doanh nghiệp / mã số thuế", "Enterprise code / tax code", {
    pattern: "^\\d{10}(-\\d{3})?$",
  }),
  f.address("headOffice", "Địa chỉ trụ sở chính", "Head office address"),
  f.text("legalRepName", "Họ và tên người đại diện theo pháp luật", "Legal representative's full name"),
  f.idNumber("legalRepIdNumber", "Số định danh cá nhân của người đại diện", "Legal representative's personal ID"),
  f.phone("phone", "Số điện thoại liên hệ", "Contact phone number"),
  f.email("email", "Thư điện tử", "Email"),
];

/** The land parcel a land dossier is about. */
export const parcelFields = (): FormField[] => [
  f.text("parcelNumber", "Thửa đất số", "Parcel number", { maxLength: 20 }),
  f.text("mapSheetNumber", "Tờ bản đồ số", "Cadastral map sheet number", { maxLength: 20 }),
  f.number("parcelArea", "Diện tích (m²)", "Area (m²)", { min: 0 }),
  f.address("parcelAddress", "Địa chỉ thửa đất", "Parcel address"),
  f.text("certificateSerial", "Số phát hành Giấy chứng nhận (nếu có)", "Certificate serial number (if any)", {
    required: false,
    maxLength: 30,
  }),
];

// ---------------------------------------------------------- legal bases ----

export const law = (number: string | null, title: string, issuedAt: string | null = null): LegalBasis => ({
  number,
  title,
  issuedAt,
});

// ----------------------------------------------------------- procedure ----

export interface ProcSpec {
  code: string;
  name: string;
  level: ProcedureLevel;
  sector: string;
  /** Competent provincial agency; omit for commune-level procedures. */
  agency?: string;
  applicants?: ApplicantType[];
  online: OnlineLevel;
  purpose?: string;
  time: ProcessingTime;
  /** Online processing time when it differs from the desk. */
  onlineTime?: ProcessingTime;
  fees?: Fee[];
  /** Online fees when they differ (e.g. reduced online charges). */
  onlineFees?: Fee[];
  /** Filing/receiving by post; true unless the procedure needs the applicant in person. */
  postal?: boolean;
  directNote?: string;
  onlineNote?: string;
  requirements?: Requirement[];
  fields?: FormField[];
  steps: string[];
  conditions?: string[];
  results: string[];
  legal: LegalBasis[];
  keywords?: string[];
  version?: Partial<ProcedureVersion>;
  verified: boolean;
  sourceNote?: string;
}

const DIRECT_COMMUNE =
  "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân xã, phường nơi cư trú.";
const DIRECT_PROVINCE =
  "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh Đồng Nai hoặc điểm tiếp nhận do tỉnh bố trí.";
const ONLINE_FULL =
  "Nộp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia (đăng nhập bằng tài khoản định danh điện tử VNeID); nhận kết quả điện tử.";
const ONLINE_PARTIAL =
  "Nộp trực tuyến một phần trên Cổng Dịch vụ công quốc gia (đăng nhập VNeID); một số bước vẫn phải thực hiện trực tiếp (ký, xuất trình bản chính hoặc nhận kết quả).";
const POSTAL =
  "Gửi hồ sơ và/hoặc nhận kết quả qua dịch vụ bưu chính công ích (Bưu điện tỉnh Đồng Nai, tổng đài 1022); cước bưu chính thu riêng.";

/** Default effective date: re-announcement after the two-tier reform. */
export const TWO_TIER_START = "2025-07-01";

export function procedure(s: ProcSpec): Procedure {
  const fees = s.fees ?? [];
  const channels: ChannelInfo[] = [
    {
      channel: "DIRECT",
      processingTime: s.time,
      fees,
      description: s.directNote ?? (s.level === "COMMUNE" ? DIRECT_COMMUNE : DIRECT_PROVINCE),
    },
  ];
  if (s.online !== "NONE") {
    channels.push({
      channel: "ONLINE",
      processingTime: s.onlineTime ?? s.time,
      fees: s.onlineFees ?? fees,
      description: s.onlineNote ?? (s.online === "FULL" ? ONLINE_FULL : ONLINE_PARTIAL),
    });
  }
  if (s.postal ?? true) {
    channels.push({ channel: "POSTAL", processingTime: s.time, fees, description: POSTAL });
  }
  return {
    code: s.code,
    localCode: localCodeOf(s.code),
    name: s.name,
    level: s.level,
    sectorCode: s.sector,
    agencyCode: s.level === "COMMUNE" ? null : (s.agency ?? null),
    applicantTypes: s.applicants ?? ["CITIZEN"],
    onlineLevel: s.online,
    purpose: s.purpose ?? null,
    channels,
    requirements: s.requirements ?? [],
    form: { fields: s.online === "NONE" ? (s.fields ?? []) : [...(s.fields ?? []), deliveryField()] },
    steps: s.steps,
    conditions: s.conditions ?? [],
    results: s.results,
    legalBasis: s.legal,
    keywords: s.keywords ?? [],
    version: {
      number: s.version?.number ?? 1,
      decisionNo: s.version?.decisionNo ?? null,
      effectiveFrom: s.version?.effectiveFrom ?? TWO_TIER_START,
      effectiveTo: s.version?.effectiveTo ?? null,
    },
    verified: s.verified,
    sourceNote: s.sourceNote ?? null,
  };
}

/** Standard steps for a one-stop dossier, with the procedure-specific middle. */
export const oneStopSteps = (where: string, ...middle: string[]): string[] => [
  `Người yêu cầu chuẩn bị hồ sơ và nộp tại ${where}, trực tuyến trên Cổng Dịch vụ công quốc gia hoặc qua bưu chính công ích (nếu thủ tục cho phép).`,
  "Cán bộ tiếp nhận kiểm tra hồ sơ: hồ sơ đầy đủ thì cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chưa đầy đủ thì hướng dẫn bổ sung một lần bằng văn bản; không đủ điều kiện thì từ chối và nêu rõ lý do.",
  ...middle,
  "Trả kết quả tại Bộ phận Một cửa, qua bưu chính hoặc bản điện tử trên Cổng Dịch vụ công theo lựa chọn của người yêu cầu.",
];

export const COMMUNE_DESK = "Trung tâm Phục vụ hành chính công xã, phường";
export const PROVINCE_DESK = "Trung tâm Phục vụ hành chính công tỉnh Đồng Nai";
