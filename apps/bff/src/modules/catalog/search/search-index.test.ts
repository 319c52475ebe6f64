import { describe, expect, it } from "vitest";
import { createSearchIndex } from "./index.ts";
import { FIXTURE_DOCS } from "./search.fixture.ts";
import type { SearchDoc } from "./types.ts";

const index = createSearchIndex(FIXTURE_DOCS);

function id(name: string): string {
  const doc = FIXTURE_DOCS.find((candidate) => candidate.name === name);
  if (doc === undefined) throw new Error(`not in the fixture: ${name}`);
  return doc.id;
}

const ids = (query: string) => index.search(query).map((hit) => hit.id);
const topScore = (query: string) => index.search(query)[0]?.score ?? 0;

const KHAI_SINH = "Đăng ký khai sinh";
const KHAI_SINH_NN = "Đăng ký khai sinh có yếu tố nước ngoài";
const KET_HON = "Đăng ký kết hôn";
const LLTP = "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam";
const THE_CAN_CUOC = "Cấp thẻ căn cước";
const CAP_LAI_CAN_CUOC = "Cấp lại thẻ căn cước";
const GPXD = "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ";
const HKD = "Đăng ký thành lập hộ kinh doanh";
const SO_DO_LAN_DAU =
  "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu";
const SO_DO_DOI = "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất";
const SO_DO_LAI = "Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất";
const DOI_GPLX = "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp";
const CAP_LAI_GPLX = "Cấp lại giấy phép lái xe";

interface Row {
  query: string;
  /** The expected first result, or the results any of which may come first. */
  first: string | readonly string[];
  contains?: readonly string[];
  excludes?: readonly string[];
}

const rows: Row[] = [
  { query: "dang ky khai sinh", first: KHAI_SINH, contains: [KHAI_SINH_NN, "Đăng ký lại khai sinh"], excludes: [KET_HON] },
  { query: "ĐĂNG KÝ KHAI SINH", first: KHAI_SINH },
  { query: "Đăng ký khai sinh".normalize("NFD"), first: KHAI_SINH },
  { query: "ly lich tu phap", first: LLTP, contains: ["Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng"] },
  { query: "LLTP", first: LLTP },
  { query: "lltp", first: LLTP },
  { query: "l.l.t.p", first: LLTP },
  { query: "cccd", first: THE_CAN_CUOC, contains: [CAP_LAI_CAN_CUOC, "Cấp đổi thẻ căn cước"] },
  { query: "cap lai cccd", first: CAP_LAI_CAN_CUOC, excludes: [THE_CAN_CUOC] },
  { query: "GPXD", first: GPXD, contains: ["Gia hạn giấy phép xây dựng"] },
  { query: "giay phep xay dung", first: GPXD },
  { query: "so do", first: SO_DO_LAN_DAU, contains: [SO_DO_DOI, SO_DO_LAI] },
  { query: "sổ hồng", first: SO_DO_LAN_DAU },
  { query: "GCN QSDĐ", first: [SO_DO_LAN_DAU, SO_DO_DOI, SO_DO_LAI], contains: [SO_DO_LAN_DAU, SO_DO_DOI, SO_DO_LAI] },
  { query: "gcn qsdd lan dau", first: SO_DO_LAN_DAU },
  { query: "q.s.d.đ", first: [SO_DO_LAN_DAU, SO_DO_DOI, SO_DO_LAI] },
  { query: "HKD", first: HKD, contains: ["Chấm dứt hoạt động hộ kinh doanh"] },
  { query: "thanh lap ho kinh doanh", first: HKD, excludes: ["Đăng ký thành lập doanh nghiệp tư nhân"] },
  { query: "khai sihn", first: KHAI_SINH },
  { query: "kte hon", first: KET_HON },
  { query: "ket hon", first: KET_HON, contains: ["Đăng ký kết hôn có yếu tố nước ngoài"], excludes: [KHAI_SINH] },
  {
    query: "chung thuc",
    first: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
    contains: ["Chứng thực chữ ký trong các giấy tờ, văn bản"],
  },
  { query: "1.001193", first: KHAI_SINH },
  { query: "1001193", first: KHAI_SINH },
  { query: "1.001612.000.00.00.H19", first: HKD },
  { query: "1.0011", first: KHAI_SINH, excludes: [HKD] },
  { query: "dang ky kha", first: KHAI_SINH, contains: ["Đăng ký khai tử"], excludes: [KET_HON] },
  { query: "bhyt", first: "Cấp thẻ bảo hiểm y tế đối với người chỉ tham gia bảo hiểm y tế", contains: ["Cấp lại, đổi thẻ bảo hiểm y tế"] },
  { query: "giay phep lai xe", first: [DOI_GPLX, CAP_LAI_GPLX], contains: [DOI_GPLX, CAP_LAI_GPLX] },
  { query: "doi bang lai", first: DOI_GPLX },
  { query: "tro cap huu tri", first: "Trợ cấp hưu trí xã hội" },
  { query: "dn", first: "Đăng ký thành lập doanh nghiệp tư nhân" },
  { query: "attp", first: "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm" },
  { query: "pccc", first: "Thẩm định thiết kế về phòng cháy và chữa cháy" },
  { query: "nhap ho khau", first: "Đăng ký thường trú" },
  { query: "xac nhan doc than", first: "Cấp Giấy xác nhận tình trạng hôn nhân" },
  // Equal to a curated keyword of one procedure, while another has all three words in its name.
  { query: "giấy chứng tử", first: "Đăng ký khai tử" },
  // "thu tuc" and "online" match nothing; the words that do match still find the procedure.
  { query: "thu tuc dang ky ket hon online", first: KET_HON },
];

describe("search: citizen queries", () => {
  it.each(rows)("$query", ({ query, first, contains = [], excludes = [] }) => {
    const found = ids(query);
    const acceptable = (typeof first === "string" ? [first] : first).map(id);
    expect(acceptable).toContain(found[0]);
    for (const name of contains) expect(found).toContain(id(name));
    for (const name of excludes) expect(found).not.toContain(id(name));
  });

  it.each(["xyzxyz", "", "   ", "!!!", "🙂🙂", "\u0301\u0300"])("finds nothing for %j", (query) => {
    expect(index.search(query)).toEqual([]);
  });

  it("finds a full local code first", () => {
    expect(ids("1.001612.000.00.00.H19")).toEqual([id(HKD)]);
  });
});

describe("search: ranking", () => {
  it("scores a typo below the exact word", () => {
    expect(ids("dang ky khai sihn")[0]).toBe(id(KHAI_SINH));
    expect(topScore("dang ky khai sihn")).toBeLessThan(topScore("dang ky khai sinh"));
  });

  it("scores a completed prefix below the whole word", () => {
    expect(ids("dang ky khai si")[0]).toBe(id(KHAI_SINH));
    expect(topScore("dang ky khai si")).toBeLessThan(topScore("dang ky khai sinh"));
  });

  it("ranks a shorter name above a longer one that contains the query just as well", () => {
    const found = ids("dang ky khai sinh");
    expect(found.indexOf(id(KHAI_SINH))).toBeLessThan(found.indexOf(id(KHAI_SINH_NN)));
  });

  it("ranks partial matches lower than full matches would be", () => {
    expect(ids("dang ky ket hon xyzxyz")[0]).toBe(id(KET_HON));
    expect(topScore("dang ky ket hon xyzxyz")).toBeLessThan(topScore("dang ky ket hon"));
  });

  const doc = (id: string, name: string, keywords: string[] = []): SearchDoc => ({
    id,
    name,
    code: id,
    localCode: `${id}.000.00.00.H19`,
    sectorName: "Hộ tịch",
    agencyName: "Ủy ban nhân dân cấp xã",
    keywords,
  });

  it("keeps a procedure named by the query above one that only lists it as a keyword", () => {
    const docs = createSearchIndex([
      doc("3.000001", "Đăng ký kết hôn"),
      doc("3.000002", "Đăng ký kết hôn có yếu tố nước ngoài", ["đăng ký kết hôn", "kết hôn với người nước ngoài"]),
    ]);
    expect(docs.search("đăng ký kết hôn").map((hit) => hit.id)).toEqual(["3.000001", "3.000002"]);
  });

  it("breaks ties by name, then id", () => {
    const twins = createSearchIndex([doc("3.000002", "Thủ tục B"), doc("3.000003", "Thủ tục A"), doc("3.000001", "Thủ tục B")]);
    const hits = twins.search("thu tuc");
    expect(hits.map((hit) => hit.id)).toEqual(["3.000003", "3.000001", "3.000002"]);
    expect(new Set(hits.map((hit) => hit.score)).size).toBe(1);
  });
});

describe("search: hardening", () => {
  it.each([
    ["5,000 letters", "a".repeat(5000)],
    ["2,500 one-letter words", "a ".repeat(2500)],
    ["5,000 digits", "1".repeat(5000)],
    ["dotted letters", "q.".repeat(2500)],
    ["dots", ".".repeat(5000)],
    ["control characters", "\u0000\u0007\u001b[31mkhai sinh\u007f"],
    ["lone surrogates", "\uD800khai \uDFFFsinh\uD83D"],
    ["emoji", "👨‍👩‍👧 đăng ký khai sinh 🇻🇳"],
    ["repeated real words", "dang ky khai sinh ".repeat(250)],
  ])("answers %s without throwing", (_, query) => {
    const hits = index.search(query);
    expect(new Set(hits.map((hit) => hit.id)).size).toBe(hits.length);
  });

  it("rejects duplicate ids when building", () => {
    const [doc] = FIXTURE_DOCS;
    expect(doc).toBeDefined();
    if (doc !== undefined) expect(() => createSearchIndex([doc, { ...doc }])).toThrow(/Duplicate/);
  });

  it("reports its size", () => {
    expect(index.size).toBe(FIXTURE_DOCS.length);
    expect(createSearchIndex([]).search("khai sinh")).toEqual([]);
  });
});

describe("search: synthetic catalog of 5,000", () => {
  const actions = ["Cấp", "Cấp lại", "Cấp đổi", "Gia hạn", "Đăng ký", "Điều chỉnh", "Thu hồi", "Xác nhận", "Chấm dứt", "Thẩm định"];
  const objects = [
    "giấy phép xây dựng",
    "thẻ căn cước",
    "giấy chứng nhận quyền sử dụng đất",
    "phiếu lý lịch tư pháp",
    "giấy phép lái xe",
    "thẻ bảo hiểm y tế",
    "hộ kinh doanh",
    "giấy chứng nhận an toàn thực phẩm",
    "hộ chiếu phổ thông",
    "giấy phép kinh doanh",
  ];
  const qualifiers = ["", " cho cá nhân", " đối với doanh nghiệp", " có yếu tố nước ngoài", " tại cấp xã"];
  const docs: SearchDoc[] = Array.from({ length: 5000 }, (_, i) => {
    const code = `${1 + (i % 3)}.${String(100000 + i).padStart(6, "0")}`;
    const name = `${actions[i % actions.length]} ${objects[Math.floor(i / actions.length) % objects.length]}${qualifiers[i % qualifiers.length]} (mẫu ${i})`;
    return { id: code, name, code, localCode: `${code}.000.00.00.H19`, sectorName: "Lĩnh vực thử", agencyName: "Ủy ban nhân dân cấp xã", keywords: [] };
  });
  const large = createSearchIndex(docs);

  it("indexes every doc and answers text and code queries", () => {
    expect(large.size).toBe(5000);
    const [top] = large.search("cap lai the can cuoc");
    const name = docs.find((doc) => doc.id === top?.id)?.name ?? "";
    expect(name.startsWith("Cấp lại thẻ căn cước")).toBe(true);
    const target = docs[4321];
    expect(large.search(target?.localCode ?? "")[0]?.id).toBe(target?.id);
  });
});
