import { tokenize } from "./tokenize.ts";

/**
 * Abbreviations and everyday names citizens type, mapped to the wording procedure names use.
 * Written the way people write them: keys and phrases are folded when the lookup is built, so
 * "QSDĐ", "QSDD", "qsdđ" and "q.s.d.đ" are all the same entry.
 *
 * Left out on purpose because each stands for several common things: KH (kết hôn, kế hoạch,
 * khách hàng), TT (thường trú, tạm trú, thông tư), KT (khai tử, kiểm tra, kế toán),
 * CN (chứng nhận, chi nhánh, cá nhân), TP (thành phố, thực phẩm, tư pháp).
 */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  CCCD: ["căn cước công dân", "căn cước"],
  CMND: ["chứng minh nhân dân", "căn cước"],
  CMT: ["chứng minh thư", "căn cước"],
  GPXD: ["giấy phép xây dựng"],
  LLTP: ["lý lịch tư pháp"],
  GCN: ["giấy chứng nhận"],
  QSDĐ: ["quyền sử dụng đất"],
  QSH: ["quyền sở hữu"],
  GCNQSDĐ: ["giấy chứng nhận quyền sử dụng đất"],
  "sổ đỏ": ["giấy chứng nhận quyền sử dụng đất"],
  "sổ hồng": ["giấy chứng nhận quyền sử dụng đất"],
  HKD: ["hộ kinh doanh"],
  DN: ["doanh nghiệp"],
  DNTN: ["doanh nghiệp tư nhân"],
  ĐKKD: ["đăng ký kinh doanh"],
  GPKD: ["giấy phép kinh doanh"],
  MST: ["mã số thuế"],
  BHYT: ["bảo hiểm y tế"],
  BHXH: ["bảo hiểm xã hội"],
  BHTN: ["bảo hiểm thất nghiệp", "trợ cấp thất nghiệp"],
  GPLX: ["giấy phép lái xe"],
  "bằng lái": ["giấy phép lái xe"],
  KS: ["khai sinh"],
  GKS: ["giấy khai sinh", "khai sinh"],
  XNTTHN: ["xác nhận tình trạng hôn nhân"],
  TTHN: ["tình trạng hôn nhân"],
  "độc thân": ["xác nhận tình trạng hôn nhân"],
  // The household book was abolished in 2023, but people still say "nhập hộ khẩu".
  "hộ khẩu": ["thường trú"],
  // Citizens mostly mean the passport; "hành chính" is what officials mean.
  HC: ["hộ chiếu", "hành chính"],
  passport: ["hộ chiếu"],
  TTHC: ["thủ tục hành chính"],
  ATTP: ["an toàn thực phẩm"],
  VSATTP: ["vệ sinh an toàn thực phẩm", "an toàn thực phẩm"],
  PCCC: ["phòng cháy chữa cháy"],
  UBND: ["ủy ban nhân dân"],
  GPLĐ: ["giấy phép lao động"],
  HĐLĐ: ["hợp đồng lao động"],
  TNCN: ["thu nhập cá nhân"],
  GTVT: ["giao thông vận tải"],
  TNMT: ["tài nguyên môi trường"],
  LĐTBXH: ["lao động thương binh xã hội"],
};

type Phrase = readonly string[];

const expansionsByKey = new Map<string, Phrase[]>();
for (const [key, phrases] of Object.entries(ABBREVIATIONS)) {
  const foldedKey = tokenize(key).join(" ");
  const known = expansionsByKey.get(foldedKey) ?? [];
  expansionsByKey.set(foldedKey, [...known, ...phrases.map((phrase) => tokenize(phrase))]);
}

/** How many query words the longest key spans ("sổ đỏ" spans two). */
export const LONGEST_ABBREVIATION_WORDS = Math.max(...[...expansionsByKey.keys()].map((key) => key.split(" ").length));

/** Expansions for a folded key ("cccd", "so do"), or undefined when it is not an abbreviation. */
export function expandAbbreviation(foldedKey: string): readonly Phrase[] | undefined {
  return expansionsByKey.get(foldedKey);
}
