/**
 * Agencies of Đồng Nai after the 2025 reform (Resolution 202/2025/QH15: Đồng Nai +
 * Bình Phước, two tiers, departments merged in 2025).
 *
 * CODES: only `000.00.00.H19` (the provincial People's Committee, used by DVCQG
 * for Đồng Nai) is known. Every other `000.00.NN.H19` / `000.NN.51.H19` code
 * here is a PLACEHOLDER chosen by this seed — code to confirm with the province
 * (Sở Khoa học và Công nghệ keeps the QCVN 102:2016 code table).
 *
 * NAMES: the brief and the 2025 documents say "tỉnh Đồng Nai", but the vendored
 * NSO dataset (2026-07) lists the unit as "Thành phố Đồng Nai". If the province
 * has become a centrally-run city, change `PROVINCE_LABEL` only.
 *
 * ADDRESSES/PHONES: null unless something public was found; the ones given are
 * marked "unverified" and must be checked before going live.
 */
import type { Agency } from "@motcua/contracts";

export const PROVINCE_LABEL = "tỉnh Đồng Nai";

export const OFFICE_HOURS = "Thứ Hai – Thứ Sáu: 7:00–11:30, 13:00–17:00 (trừ ngày nghỉ lễ, Tết)";

export const AGENCY = {
  UBND_TINH: "000.00.00.H19",
  TTPVHCC: "000.00.01.H19",
  NOI_VU: "000.00.02.H19",
  TU_PHAP: "000.00.03.H19",
  TAI_CHINH: "000.00.04.H19",
  CONG_THUONG: "000.00.05.H19",
  NN_MT: "000.00.06.H19",
  XAY_DUNG: "000.00.07.H19",
  KHCN: "000.00.08.H19",
  VHTTDL: "000.00.09.H19",
  GDDT: "000.00.10.H19",
  Y_TE: "000.00.11.H19",
  DAN_TOC_TON_GIAO: "000.00.12.H19",
  NGOAI_VU: "000.00.13.H19",
  THANH_TRA: "000.00.14.H19",
  BQL_KCN: "000.00.15.H19",
  CONG_AN: "000.00.16.H19",
  BHXH: "000.00.17.H19",
  THUE: "000.00.18.H19",
  VP_DKDD: "000.00.19.H19",
  TT_DVVL: "000.00.20.H19",
  VP_UBND: "000.00.21.H19",
} as const;

interface ProvinceSpec {
  code: string;
  name: string;
  shortName: string | null;
  address?: string;
  phone?: string;
}

const province = (s: ProvinceSpec): Agency => ({
  code: s.code,
  name: s.name,
  shortName: s.shortName,
  level: "PROVINCE",
  wardCode: null,
  address: s.address ?? null,
  phone: s.phone ?? null,
  email: null,
  hours: OFFICE_HOURS,
});

const P = PROVINCE_LABEL;

export const provinceAgencies: Agency[] = [
  province({
    code: AGENCY.UBND_TINH,
    name: `Ủy ban nhân dân ${P}`,
    shortName: "UBND tỉnh",
    // unverified: historic seat of the provincial People's Committee; ward after the 2025 merger not confirmed.
    address: "Số 2 Nguyễn Văn Trị, phường Trấn Biên, Đồng Nai",
  }),
  province({
    code: AGENCY.TTPVHCC,
    name: `Trung tâm Phục vụ hành chính công ${P}`,
    shortName: "TTPVHCC tỉnh",
    // unverified: the centre opened in 2017 in the Sonadezi building near the Vũng Tàu
    // intersection (Biên Hòa); its seat after the 2025 merger was not confirmed.
    address: "Tòa nhà Sonadezi, khu vực ngã tư Vũng Tàu, Đồng Nai",
    // (0251) 1022 is the province's public-service hotline (domain.md §6); the centre's
    // own line was (0251) 8824824 in 2018 (unverified today).
    phone: "(0251) 1022",
  }),
  province({ code: AGENCY.VP_UBND, name: `Văn phòng Ủy ban nhân dân ${P}`, shortName: "VP UBND tỉnh" }),
  province({ code: AGENCY.NOI_VU, name: `Sở Nội vụ ${P}`, shortName: "Sở Nội vụ" }),
  province({ code: AGENCY.TU_PHAP, name: `Sở Tư pháp ${P}`, shortName: "Sở Tư pháp" }),
  province({ code: AGENCY.TAI_CHINH, name: `Sở Tài chính ${P}`, shortName: "Sở Tài chính" }),
  province({ code: AGENCY.CONG_THUONG, name: `Sở Công Thương ${P}`, shortName: "Sở Công Thương" }),
  province({ code: AGENCY.NN_MT, name: `Sở Nông nghiệp và Môi trường ${P}`, shortName: "Sở NN&MT" }),
  province({ code: AGENCY.XAY_DUNG, name: `Sở Xây dựng ${P}`, shortName: "Sở Xây dựng" }),
  province({ code: AGENCY.KHCN, name: `Sở Khoa học và Công nghệ ${P}`, shortName: "Sở KH&CN" }),
  province({ code: AGENCY.VHTTDL, name: `Sở Văn hóa, Thể thao và Du lịch ${P}`, shortName: "Sở VHTTDL" }),
  province({ code: AGENCY.GDDT, name: `Sở Giáo dục và Đào tạo ${P}`, shortName: "Sở GD&ĐT" }),
  province({ code: AGENCY.Y_TE, name: `Sở Y tế ${P}`, shortName: "Sở Y tế" }),
  province({ code: AGENCY.DAN_TOC_TON_GIAO, name: `Sở Dân tộc và Tôn giáo ${P}`, shortName: "Sở DT&TG" }),
  // to confirm: whether the merged province kept a separate Sở Ngoại vụ (border province).
  province({ code: AGENCY.NGOAI_VU, name: `Sở Ngoại vụ ${P}`, shortName: "Sở Ngoại vụ" }),
  province({ code: AGENCY.THANH_TRA, name: `Thanh tra ${P}`, shortName: "Thanh tra tỉnh" }),
  province({
    code: AGENCY.BQL_KCN,
    name: "Ban Quản lý các Khu công nghiệp Đồng Nai",
    shortName: "BQL các KCN",
    // unverified: address remembered from older public listings.
    address: "Số 26 đường 2A, Khu công nghiệp Biên Hòa II, Đồng Nai",
  }),
  province({
    code: AGENCY.CONG_AN,
    name: `Công an ${P}`,
    shortName: "Công an tỉnh",
    // unverified: address remembered from older public listings.
    address: "Số 161 Phạm Văn Thuận, phường Tam Hiệp, Đồng Nai",
  }),
  // to confirm: BHXH was regionalised in 3/2025 and re-aligned to the 34 provinces afterwards.
  province({ code: AGENCY.BHXH, name: `Bảo hiểm xã hội ${P}`, shortName: "BHXH tỉnh" }),
  province({ code: AGENCY.THUE, name: `Thuế ${P}`, shortName: "Thuế tỉnh" }),
  province({
    code: AGENCY.VP_DKDD,
    name: `Văn phòng Đăng ký đất đai ${P}`,
    shortName: "VP ĐKĐĐ",
  }),
  province({
    code: AGENCY.TT_DVVL,
    name: `Trung tâm Dịch vụ việc làm ${P}`,
    shortName: "TT DVVL",
  }),
];

/** Commune-level People's Committees, each tied to a real ward of province 75. */
const COMMUNES: ReadonlyArray<readonly [wardCode: string, fullName: string]> = [
  ["26041", "Phường Trấn Biên"],
  ["26017", "Phường Tam Hiệp"],
  ["26068", "Phường Biên Hoà"],
  ["26005", "Phường Hố Nai"],
  ["26080", "Phường Long Khánh"],
  ["26368", "Phường Long Thành"],
  ["26485", "Phường Nhơn Trạch"],
  ["26248", "Phường Trảng Bom"],
  ["25210", "Phường Đồng Xoài"],
  ["25195", "Phường Bình Phước"],
  ["25432", "Phường Chơn Thành"],
  ["25270", "Phường Lộc Ninh"],
  ["26206", "Xã Định Quán"],
  ["26341", "Xã Cẩm Mỹ"],
  ["25396", "Xã Bù Đăng"],
  ["25252", "Xã Phú Riềng"],
  ["26122", "Xã Nam Cát Tiên"],
  ["26491", "Xã Đại Phước"],
];

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Placeholder codes `000.NN.51.H19` (group 51 reserved by this seed for communes) — to confirm. */
export const communeAgencies: Agency[] = COMMUNES.map(([wardCode, fullName], i) => ({
  code: `000.${String(i + 1).padStart(2, "0")}.51.H19`,
  name: `Ủy ban nhân dân ${lowerFirst(fullName)}`,
  shortName: `UBND ${lowerFirst(fullName)}`,
  level: "COMMUNE",
  wardCode,
  address: null,
  phone: null,
  email: null,
  hours: OFFICE_HOURS,
}));

export const agencies: Agency[] = [...provinceAgencies, ...communeAgencies];
