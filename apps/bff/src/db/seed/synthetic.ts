/**
 * Deterministic synthetic catalog for search and load benchmarks.
 *
 * Names recombine real Vietnamese fragments (verb + object + qualifier) per
 * sector, so term frequencies, diacritics and prefix overlap look like the real
 * DVCQG catalog. Codes use the `9.NNNNNN` range, which no real procedure uses in
 * the seed, and every procedure is flagged `verified: false`.
 */
import type { Agency, ApplicantType, Fee, FormField, LegalBasis, Procedure, ProcedureLevel, ProcessingTime, Requirement, Sector } from "@motcua/contracts";
import { AGENCY, agencies as seedAgencies, OFFICE_HOURS } from "./catalog/agencies.ts";
import {
  applicantFields,
  calendarDays,
  charge,
  copyDoc,
  councilCharge,
  doc,
  enterpriseFields,
  f,
  fee,
  formDoc,
  oneStopSteps,
  presentDoc,
  procedure,
  sameDay,
  whenDoc,
  workingDays,
} from "./catalog/builders.ts";
import * as L from "./catalog/legal.ts";
import { SECTOR, sectors as seedSectors } from "./catalog/sectors.ts";

/** mulberry32: small, fast, good enough for fixtures; never Math.random. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(minInclusive: number, maxInclusive: number): number {
    return minInclusive + Math.floor(this.next() * (maxInclusive - minInclusive + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  /** Up to `n` distinct items, order preserved from a partial shuffle. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) {
      const i = Math.floor(this.next() * copy.length);
      out.push(copy.splice(i, 1)[0] as T);
    }
    return out;
  }
}

interface Domain {
  sector: string;
  agency: string;
  /** Share of procedures of this domain filed at the commune. */
  communeShare: number;
  objects: readonly string[];
  qualifiers: readonly string[];
  keywords: readonly string[];
  legal: readonly LegalBasis[];
  applicants: readonly ApplicantType[];
}

const DOMAINS: readonly Domain[] = [
  { sector: SECTOR.HO_TICH, agency: AGENCY.TU_PHAP, communeShare: 0.9, objects: ["khai sinh", "kết hôn", "khai tử", "giám hộ", "nhận cha, mẹ, con", "thay đổi, cải chính hộ tịch", "bản sao trích lục hộ tịch", "xác nhận tình trạng hôn nhân"], qualifiers: ["có yếu tố nước ngoài", "lưu động", "cho người đã có hồ sơ, giấy tờ cá nhân", "tại khu vực biên giới", "kết hợp nhận cha, mẹ, con"], keywords: ["giấy khai sinh", "giấy kết hôn", "giấy chứng tử", "hộ tịch", "trích lục"], legal: [L.LUAT_HO_TICH, L.ND_123_2015], applicants: ["CITIZEN"] },
  { sector: SECTOR.CHUNG_THUC, agency: AGENCY.TU_PHAP, communeShare: 0.9, objects: ["bản sao từ bản chính", "chữ ký người dịch", "hợp đồng, giao dịch", "di chúc", "văn bản thỏa thuận phân chia di sản", "văn bản từ chối nhận di sản"], qualifiers: ["liên quan đến động sản", "liên quan đến quyền sử dụng đất", "do cơ quan nước ngoài cấp", "bằng bản điện tử"], keywords: ["sao y", "công chứng", "chứng thực", "photo công chứng"], legal: [L.ND_23_2015, L.TT_226_2016], applicants: ["CITIZEN", "ORGANIZATION"] },
  { sector: SECTOR.CU_TRU, agency: AGENCY.CONG_AN, communeShare: 0.95, objects: ["thường trú", "tạm trú", "tạm vắng", "lưu trú", "thông tin về cư trú", "tách hộ"], qualifiers: ["theo danh sách", "cho người chưa thành niên", "tại chỗ ở thuê, mượn, ở nhờ", "tại cơ sở tín ngưỡng, tôn giáo"], keywords: ["hộ khẩu", "KT3", "CT01", "CT07", "cư trú"], legal: [L.LUAT_CU_TRU, L.TT_55_2021_BCA], applicants: ["CITIZEN"] },
  { sector: SECTOR.DAT_DAI, agency: AGENCY.VP_DKDD, communeShare: 0.4, objects: ["Giấy chứng nhận quyền sử dụng đất", "biến động đất đai", "thế chấp quyền sử dụng đất", "chuyển mục đích sử dụng đất", "tách thửa, hợp thửa đất", "thông tin dữ liệu đất đai"], qualifiers: ["đối với cá nhân, hộ gia đình", "đối với tổ chức", "do bị mất", "do đo đạc lại", "lần đầu", "khi chuyển nhượng, tặng cho"], keywords: ["sổ đỏ", "sổ hồng", "GCN QSDĐ", "đất đai", "thổ cư"], legal: [L.LUAT_DAT_DAI, L.ND_101_2024], applicants: ["CITIZEN", "ORGANIZATION", "ENTERPRISE"] },
  { sector: SECTOR.XAY_DUNG, agency: AGENCY.XAY_DUNG, communeShare: 0.4, objects: ["giấy phép xây dựng", "chứng chỉ hành nghề hoạt động xây dựng", "chứng chỉ năng lực hoạt động xây dựng", "giấy phép di dời công trình", "giấy phép sửa chữa, cải tạo công trình"], qualifiers: ["đối với nhà ở riêng lẻ", "đối với công trình cấp III, cấp IV", "có thời hạn", "theo giai đoạn", "hạng II, hạng III"], keywords: ["GPXD", "xin phép xây nhà", "xây dựng"], legal: [L.LUAT_XAY_DUNG, L.ND_175_2024], applicants: ["CITIZEN", "ENTERPRISE"] },
  { sector: SECTOR.HKD, agency: AGENCY.TAI_CHINH, communeShare: 1, objects: ["hộ kinh doanh", "thay đổi nội dung đăng ký hộ kinh doanh", "tạm ngừng kinh doanh của hộ kinh doanh"], qualifiers: ["trước thời hạn đã thông báo", "do bị mất, hư hỏng", "khi thay đổi chủ hộ"], keywords: ["HKD", "giấy phép kinh doanh", "mở quán"], legal: [L.ND_168_2025], applicants: ["HOUSEHOLD_BUSINESS", "CITIZEN"] },
  { sector: SECTOR.DOANH_NGHIEP, agency: AGENCY.TAI_CHINH, communeShare: 0, objects: ["doanh nghiệp", "chi nhánh, văn phòng đại diện", "thay đổi nội dung đăng ký doanh nghiệp", "người đại diện theo pháp luật", "vốn điều lệ"], qualifiers: ["đối với công ty cổ phần", "đối với công ty trách nhiệm hữu hạn một thành viên", "đối với doanh nghiệp tư nhân", "do chia, tách, hợp nhất"], keywords: ["ĐKKD", "mở công ty", "mã số doanh nghiệp"], legal: [L.LUAT_DOANH_NGHIEP, L.ND_168_2025], applicants: ["ENTERPRISE"] },
  { sector: SECTOR.DUONG_BO, agency: AGENCY.XAY_DUNG, communeShare: 0, objects: ["giấy phép kinh doanh vận tải bằng xe ô tô", "phù hiệu xe", "giấy phép lưu hành xe quá tải trọng", "giấy phép thi công công trình đường bộ", "biển hiệu xe vận chuyển khách du lịch"], qualifiers: ["trên đường bộ đang khai thác", "đối với xe taxi", "đối với xe hợp đồng", "tuyến cố định"], keywords: ["vận tải", "phù hiệu", "xe tải", "xe khách"], legal: [L.LUAT_DUONG_BO, L.ND_158_2024], applicants: ["ENTERPRISE", "HOUSEHOLD_BUSINESS"] },
  { sector: SECTOR.GIAO_DUC, agency: AGENCY.GDDT, communeShare: 0.3, objects: ["trường mầm non tư thục", "trung tâm ngoại ngữ, tin học", "bản sao văn bằng, chứng chỉ từ sổ gốc", "văn bằng, chứng chỉ", "hoạt động giáo dục"], qualifiers: ["có vốn đầu tư nước ngoài", "do sáp nhập, chia, tách", "trung học phổ thông", "nhóm trẻ độc lập"], keywords: ["bằng tốt nghiệp", "mở trường", "giáo dục"], legal: [L.LUAT_GIAO_DUC, L.ND_125_2024], applicants: ["CITIZEN", "ORGANIZATION"] },
  { sector: SECTOR.KCB, agency: AGENCY.Y_TE, communeShare: 0, objects: ["giấy phép hành nghề khám bệnh, chữa bệnh", "giấy phép hoạt động phòng khám", "giấy phép hoạt động phòng chẩn trị y học cổ truyền", "danh mục kỹ thuật chuyên môn"], qualifiers: ["đối với chức danh bác sỹ", "đối với điều dưỡng", "do thay đổi phạm vi hoạt động", "khi thay đổi địa điểm"], keywords: ["CCHN", "hành nghề y", "phòng khám"], legal: [L.LUAT_KCB, L.ND_96_2023], applicants: ["CITIZEN", "ENTERPRISE"] },
  { sector: SECTOR.DUOC, agency: AGENCY.Y_TE, communeShare: 0, objects: ["chứng chỉ hành nghề dược", "giấy chứng nhận đủ điều kiện kinh doanh dược", "giấy xác nhận nội dung quảng cáo mỹ phẩm"], qualifiers: ["theo hình thức xét hồ sơ", "đối với nhà thuốc", "đối với quầy thuốc"], keywords: ["dược sĩ", "nhà thuốc", "GPP"], legal: [L.LUAT_DUOC, L.ND_54_2017], applicants: ["CITIZEN", "ENTERPRISE"] },
  { sector: SECTOR.BTXH, agency: AGENCY.NOI_VU, communeShare: 0.85, objects: ["trợ cấp xã hội hằng tháng", "hỗ trợ chi phí mai táng", "giấy xác nhận khuyết tật", "trợ giúp xã hội khẩn cấp", "hộ nghèo, hộ cận nghèo"], qualifiers: ["đối với người cao tuổi", "đối với trẻ em mồ côi", "đối với người khuyết tật nặng", "phát sinh trong năm"], keywords: ["trợ cấp", "bảo trợ xã hội", "hộ nghèo"], legal: [L.ND_20_2021], applicants: ["CITIZEN"] },
  { sector: SECTOR.LAO_DONG, agency: AGENCY.NOI_VU, communeShare: 0, objects: ["giấy phép lao động", "nội quy lao động", "thỏa ước lao động tập thể", "giấy phép cho thuê lại lao động"], qualifiers: ["cho người lao động nước ngoài", "trong khu công nghiệp", "do hết hạn"], keywords: ["work permit", "GPLĐ", "lao động"], legal: [L.BLLD_2019], applicants: ["ENTERPRISE"] },
  { sector: SECTOR.MOI_TRUONG, agency: AGENCY.NN_MT, communeShare: 0.2, objects: ["giấy phép môi trường", "báo cáo đánh giá tác động môi trường", "kế hoạch quản lý chất thải", "đăng ký môi trường"], qualifiers: ["thuộc thẩm quyền của Ủy ban nhân dân tỉnh", "đối với cơ sở đang hoạt động", "điều chỉnh quy mô"], keywords: ["ĐTM", "GPMT", "xả thải"], legal: [L.LUAT_BVMT, L.ND_08_2022], applicants: ["ENTERPRISE", "ORGANIZATION"] },
  { sector: SECTOR.ATTP, agency: AGENCY.Y_TE, communeShare: 0.1, objects: ["giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "giấy xác nhận kiến thức về an toàn thực phẩm", "bản tự công bố sản phẩm"], qualifiers: ["đối với cơ sở kinh doanh dịch vụ ăn uống", "đối với bếp ăn tập thể", "đối với thực phẩm bảo vệ sức khỏe"], keywords: ["ATTP", "VSATTP", "an toàn thực phẩm"], legal: [L.LUAT_ATTP, L.ND_15_2018], applicants: ["ENTERPRISE", "HOUSEHOLD_BUSINESS"] },
  { sector: SECTOR.VAN_HOA, agency: AGENCY.VHTTDL, communeShare: 0.3, objects: ["giấy phép kinh doanh dịch vụ karaoke", "giấy phép kinh doanh dịch vụ vũ trường", "thông báo tổ chức lễ hội", "giấy phép tổ chức triển lãm"], qualifiers: ["tại khu vực đô thị", "có yếu tố nước ngoài", "do thay đổi chủ sở hữu"], keywords: ["karaoke", "lễ hội", "văn hóa"], legal: [L.ND_54_2019], applicants: ["ENTERPRISE", "HOUSEHOLD_BUSINESS", "ORGANIZATION"] },
  { sector: SECTOR.TON_GIAO, agency: AGENCY.DAN_TOC_TON_GIAO, communeShare: 0.5, objects: ["sinh hoạt tôn giáo tập trung", "hoạt động tín ngưỡng", "người được phong phẩm, bổ nhiệm làm chức sắc", "cuộc lễ ngoài cơ sở tôn giáo"], qualifiers: ["có quy mô tổ chức ở nhiều xã", "của người nước ngoài cư trú hợp pháp tại Việt Nam", "hằng năm"], keywords: ["tôn giáo", "tín ngưỡng", "chùa", "nhà thờ"], legal: [L.LUAT_TIN_NGUONG, L.ND_95_2023], applicants: ["ORGANIZATION", "CITIZEN"] },
];

const VERBS = ["Cấp", "Cấp lại", "Cấp đổi", "Điều chỉnh", "Gia hạn", "Đăng ký", "Thu hồi", "Xác nhận", "Thẩm định", "Công nhận", "Chấm dứt", "Thông báo", "Cho phép", "Đăng ký lại", "Bổ sung"] as const;

const DOC_NAMES = [
  "Đơn đề nghị theo mẫu",
  "Tờ khai theo mẫu",
  "Bản sao giấy tờ pháp lý của tổ chức, cá nhân",
  "Bản thuyết minh điều kiện cơ sở vật chất",
  "Báo cáo tình hình hoạt động",
  "Giấy tờ chứng minh quyền sử dụng địa điểm",
  "Văn bản ủy quyền",
  "Danh sách nhân sự kèm văn bằng, chứng chỉ",
  "Ảnh chân dung cỡ 4 cm x 6 cm",
  "Giấy khám sức khỏe",
  "Bản vẽ, sơ đồ mặt bằng",
  "Giấy chứng nhận đã được cấp trước đây",
] as const;

const EXTRA_FIELDS: readonly FormField[] = [
  f.text("referenceNumber", "Số giấy tờ đã được cấp (nếu có)", "Existing document number (if any)", { required: false }),
  f.textarea("requestDetail", "Nội dung đề nghị", "Details of the request"),
  f.number("quantity", "Số lượng", "Quantity", { min: 1, max: 100 }),
  f.date("effectiveDate", "Ngày đề nghị có hiệu lực", "Requested effective date", { required: false }),
  f.address("siteAddress", "Địa điểm thực hiện", "Location"),
  f.select("scale", "Quy mô", "Scale", [["nho", "Nhỏ"], ["vua", "Vừa"], ["lon", "Lớn"]]),
  f.checkbox("commitment", "Tôi cam đoan nội dung khai là đúng sự thật", "I declare the information is true", { required: true }),
];

const AMOUNTS = [8000, 10000, 15000, 20000, 30000, 50000, 100000, 200000, 300000, 500000, 1000000, 3000000] as const;
const SYNTHETIC_NOTE = "Dữ liệu tổng hợp (synthetic) dùng cho kiểm thử tải và tìm kiếm; không phải thủ tục hành chính thật.";

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const isoDate = (rng: Rng) => `${rng.int(2021, 2026)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;

function pickTime(rng: Rng): ProcessingTime {
  const r = rng.float();
  if (r < 0.2) return sameDay();
  if (r < 0.85) return workingDays(rng.pick([1, 2, 3, 5, 7, 10, 15, 20, 25, 30]));
  return calendarDays(rng.pick([10, 15, 20, 30, 45, 60]));
}

function pickFees(rng: Rng, name: string): Fee[] {
  const r = rng.float();
  if (r < 0.35) return [];
  if (r < 0.75) return [charge(`Lệ phí ${name.toLowerCase()}`.slice(0, 300), rng.pick(AMOUNTS))];
  if (r < 0.9) return [councilCharge("Lệ phí theo Nghị quyết của Hội đồng nhân dân tỉnh")];
  return [fee("Phí thẩm định hồ sơ", null, { formula: "Tính theo quy mô, diện tích hoặc vốn đầu tư theo biểu phí hiện hành." })];
}

function pickRequirements(rng: Rng, code: string): Requirement[] {
  const names = rng.sample(DOC_NAMES, rng.int(1, 5));
  const reqs = names.map((name, i) => {
    const id = `giay-to-${i + 1}`;
    if (i === 0) return formDoc(id, name, name, code);
    return rng.chance(0.3) ? whenDoc(id, name, "Khi thuộc trường hợp quy định") : rng.chance(0.5) ? copyDoc(id, name) : doc(id, name);
  });
  if (rng.chance(0.4)) reqs.push(presentDoc("giay-to-tuy-than", "Giấy tờ tùy thân còn giá trị (xuất trình)"));
  return reqs;
}

function syntheticAgencies(count: number): Agency[] {
  return Array.from({ length: count }, (_, i) => ({
    code: `000.${String(900 + (i % 100)).padStart(3, "0")}.${String(Math.floor(i / 100)).padStart(2, "0")}.H19`,
    name: `Chi cục chuyên ngành khu vực ${i + 1} (tổng hợp)`,
    shortName: `Chi cục KV${i + 1}`,
    level: "PROVINCE" as const,
    wardCode: null,
    address: null,
    phone: null,
    email: null,
    hours: OFFICE_HOURS,
  }));
}

/**
 * A realistic, schema-valid catalog of `size` procedures, identical for the same
 * `(size, seed)`. Agencies and sectors are the real seed ones plus a few synthetic
 * provincial sub-agencies so agency filters have many values.
 */
export function syntheticCatalog(size: number, seed = 1): { agencies: Agency[]; sectors: Sector[]; procedures: Procedure[] } {
  if (!Number.isInteger(size) || size < 0 || size > 999_999) throw new RangeError(`size must be an integer in [0, 999999], got ${size}`);
  const rng = new Rng(seed);
  const extra = syntheticAgencies(Math.min(200, Math.ceil(size / 100)));
  const procedures: Procedure[] = [];

  for (let i = 0; i < size; i++) {
    const domain = rng.pick(DOMAINS);
    const code = `9.${String(i + 1).padStart(6, "0")}`;
    const verb = rng.pick(VERBS);
    const object = rng.pick(domain.objects);
    const qualifier = rng.chance(0.6) ? ` ${rng.pick(domain.qualifiers)}` : "";
    const name = capitalise(`${verb} ${object}${qualifier}`);
    const level: ProcedureLevel = rng.chance(domain.communeShare) ? "COMMUNE" : "PROVINCE";
    const agency = level === "COMMUNE" ? undefined : extra.length > 0 && rng.chance(0.15) ? rng.pick(extra).code : domain.agency;
    const r = rng.float();
    const online = r < 0.45 ? "FULL" : r < 0.8 ? "PARTIAL" : "NONE";
    const organisation = domain.applicants[0] !== "CITIZEN";
    const baseFields = organisation ? enterpriseFields() : applicantFields();

    procedures.push(
      procedure({
        code,
        name,
        level,
        sector: domain.sector,
        ...(agency !== undefined ? { agency } : {}),
        applicants: rng.sample(domain.applicants, rng.int(1, domain.applicants.length)),
        online,
        purpose: rng.chance(0.5) ? `${name} theo đề nghị của tổ chức, cá nhân (dữ liệu tổng hợp).` : undefined,
        time: pickTime(rng),
        fees: pickFees(rng, name),
        postal: rng.chance(0.8),
        requirements: pickRequirements(rng, code),
        fields: [...baseFields, ...rng.sample(EXTRA_FIELDS, rng.int(0, 4))],
        steps: oneStopSteps(level === "COMMUNE" ? "Trung tâm Phục vụ hành chính công xã, phường" : "Trung tâm Phục vụ hành chính công tỉnh Đồng Nai", "Cơ quan có thẩm quyền thẩm định hồ sơ và quyết định."),
        conditions: rng.chance(0.4) ? ["Đáp ứng các điều kiện theo quy định của pháp luật chuyên ngành."] : [],
        results: [capitalise(`${object}${qualifier}`.trim())],
        legal: rng.sample(domain.legal, rng.int(1, domain.legal.length)),
        keywords: rng.sample(domain.keywords, rng.int(0, 3)),
        version: { number: rng.int(1, 3), decisionNo: rng.chance(0.3) ? `${rng.int(100, 4999)}/QĐ-UBND` : null, effectiveFrom: isoDate(rng) },
        verified: false,
        sourceNote: SYNTHETIC_NOTE,
      }),
    );
  }

  return {
    agencies: [...seedAgencies.map((a) => ({ ...a })), ...extra],
    sectors: seedSectors.map((s) => ({ ...s })),
    procedures,
  };
}
