/** Doanh nghiệp (Sở Tài chính — Phòng Đăng ký kinh doanh) and investment (Sở Tài chính, Ban Quản lý các KCN). */
import type { FormField, Procedure } from "@motcua/contracts";
import {
  authorizationDoc,
  charge,
  copyDoc,
  doc,
  enterpriseFields,
  f,
  fee,
  formDoc,
  oneStopSteps,
  procedure,
  PROVINCE_DESK,
  whenDoc,
  workingDays,
  calendarDays,
} from "../builders.ts";
import { AGENCY } from "../agencies.ts";
import { ENTERPRISE_TYPES, newEnterpriseFields } from "../fields.ts";
import { LUAT_DAU_TU, LUAT_DOANH_NGHIEP, ND_168_2025, ND_31_2021, TT_47_2019 } from "../legal.ts";
import { SECTOR } from "../sectors.ts";

const LEGAL = [LUAT_DOANH_NGHIEP, ND_168_2025, TT_47_2019];
const ONLINE_DN = "Nộp qua Hệ thống thông tin quốc gia về đăng ký doanh nghiệp (dangkykinhdoanh.gov.vn) hoặc Cổng Dịch vụ công quốc gia, ký bằng chữ ký số hoặc tài khoản định danh điện tử.";
const DN_DESK = `${PROVINCE_DESK} (quầy Phòng Đăng ký kinh doanh – Sở Tài chính)`;

const REG_FEE = charge("Lệ phí đăng ký doanh nghiệp", 50000, { formula: "50.000 đồng/lần khi nộp hồ sơ bản giấy." });
const REG_FEE_ONLINE = charge("Lệ phí đăng ký doanh nghiệp", 0, { exemptions: "Miễn lệ phí khi đăng ký qua mạng thông tin điện tử." });
const PUBLISH_FEE = fee("Phí công bố nội dung đăng ký doanh nghiệp", 100000, { formula: "100.000 đồng/lần công bố trên Cổng thông tin quốc gia về đăng ký doanh nghiệp." });
const ENTERPRISE: Procedure["applicantTypes"] = ["ENTERPRISE", "CITIZEN"];

const MEMBER_LIST = (who: string) => doc("danh-sach", `Danh sách ${who}`, { template: `Danh sách ${who}`, acceptedTypes: ["pdf"] });

function establish(code: string, name: string, type: string, extraDocs: ReturnType<typeof doc>[], keywords: string[]): Procedure {
  return procedure({
    code,
    name,
    level: "PROVINCE",
    sector: SECTOR.DOANH_NGHIEP,
    agency: AGENCY.TAI_CHINH,
    applicants: ENTERPRISE,
    online: "FULL",
    onlineNote: ONLINE_DN,
    time: workingDays(3),
    fees: [REG_FEE, PUBLISH_FEE],
    onlineFees: [REG_FEE_ONLINE, PUBLISH_FEE],
    requirements: [
      formDoc("giay-de-nghi", "Giấy đề nghị đăng ký doanh nghiệp", "Giấy đề nghị đăng ký doanh nghiệp", code),
      ...extraDocs,
      copyDoc("giay-to-phap-ly-ca-nhan", "Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật (không cần nếu đã xác thực qua VNeID)", { required: false }),
      authorizationDoc(),
    ],
    fields: [...newEnterpriseFields(), f.select("enterpriseType", "Loại hình doanh nghiệp", "Enterprise type", ENTERPRISE_TYPES.filter(([v]) => v === type))],
    steps: oneStopSteps(DN_DESK, "Phòng Đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ và tên doanh nghiệp; cấp mã số doanh nghiệp (đồng thời là mã số thuế) và Giấy chứng nhận đăng ký doanh nghiệp."),
    conditions: ["Ngành, nghề đăng ký kinh doanh không bị cấm; tên doanh nghiệp đặt đúng quy định; hồ sơ hợp lệ và nộp đủ lệ phí."],
    results: ["Giấy chứng nhận đăng ký doanh nghiệp"],
    legal: LEGAL,
    keywords: ["thành lập công ty", "mở công ty", "giấy phép kinh doanh", "ĐKKD", "mã số doanh nghiệp", ...keywords],
    verified: false,
    sourceNote: "Mã thủ tục là mã GIẢ ĐỊNH của bản seed (chưa đối chiếu DVCQG); thời hạn 3 ngày làm việc và lệ phí 50.000 đồng (miễn khi nộp điện tử), phí công bố 100.000 đồng theo Luật Doanh nghiệp 2020 và TT 47/2019/TT-BTC (nhớ lại).",
  });
}

const changeFields = (extra: FormField[]): FormField[] => [...enterpriseFields(), ...extra];

function change(code: string, name: string, fields: FormField[], docs: ReturnType<typeof doc>[], keywords: string[], fees = true): Procedure {
  return procedure({
    code,
    name,
    level: "PROVINCE",
    sector: SECTOR.DOANH_NGHIEP,
    agency: AGENCY.TAI_CHINH,
    applicants: ["ENTERPRISE"],
    online: "FULL",
    onlineNote: ONLINE_DN,
    time: workingDays(3),
    fees: fees ? [REG_FEE, PUBLISH_FEE] : [],
    onlineFees: fees ? [REG_FEE_ONLINE, PUBLISH_FEE] : [],
    requirements: [formDoc("thong-bao", `Thông báo / giấy đề nghị: ${name.toLowerCase()}`, "Thông báo thay đổi nội dung đăng ký doanh nghiệp", code), ...docs, authorizationDoc()],
    fields: changeFields(fields),
    steps: oneStopSteps(DN_DESK, "Phòng Đăng ký kinh doanh kiểm tra hồ sơ, cập nhật thông tin trên Hệ thống thông tin quốc gia về đăng ký doanh nghiệp và cấp kết quả."),
    results: ["Giấy chứng nhận đăng ký doanh nghiệp hoặc Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp"],
    legal: LEGAL,
    keywords,
    verified: false,
    sourceNote: "Mã thủ tục là mã GIẢ ĐỊNH của bản seed; thời hạn 3 ngày làm việc theo Luật Doanh nghiệp 2020 (nhớ lại).",
  });
}

const investmentDocs = () => [
  formDoc("van-ban-de-nghi", "Văn bản đề nghị thực hiện dự án đầu tư", "Văn bản đề nghị thực hiện dự án đầu tư", "1.009645"),
  doc("de-xuat-du-an", "Đề xuất dự án đầu tư (tên dự án, mục tiêu, quy mô, vốn, địa điểm, tiến độ, nhu cầu lao động, đánh giá tác động)"),
  copyDoc("tu-cach-phap-ly", "Bản sao tài liệu về tư cách pháp lý của nhà đầu tư"),
  doc("nang-luc-tai-chinh", "Tài liệu chứng minh năng lực tài chính (báo cáo tài chính 2 năm gần nhất, cam kết hỗ trợ tài chính…)", { maxFiles: 5 }),
  whenDoc("giay-to-dia-diem", "Bản sao giấy tờ về quyền sử dụng địa điểm thực hiện dự án", "Khi dự án không đề nghị Nhà nước giao đất, cho thuê đất", { originals: 0, copies: 1 }),
];

const investmentFields = (): FormField[] => [
  ...enterpriseFields(),
  f.text("projectName", "Tên dự án đầu tư", "Investment project name"),
  f.address("projectLocation", "Địa điểm thực hiện dự án", "Project location"),
  f.textarea("projectObjectives", "Mục tiêu, quy mô dự án", "Objectives and scale"),
  f.number("totalInvestment", "Tổng vốn đầu tư (đồng)", "Total investment (VND)", { min: 0 }),
  f.text("investorNationality", "Quốc tịch nhà đầu tư", "Investor nationality"),
];

export const doanhNghiepProcedures: Procedure[] = [
  establish("2.001610", "Đăng ký thành lập doanh nghiệp tư nhân", "dntn", [], ["mở doanh nghiệp tư nhân", "DNTN"]),
  establish("2.002036", "Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên", "tnhh1", [doc("dieu-le", "Điều lệ công ty", { acceptedTypes: ["pdf"] })], ["công ty TNHH 1 thành viên", "TNHH MTV"]),
  establish("2.002035", "Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên", "tnhh2", [doc("dieu-le", "Điều lệ công ty", { acceptedTypes: ["pdf"] }), MEMBER_LIST("thành viên")], ["công ty TNHH 2 thành viên"]),
  establish("2.002034", "Đăng ký thành lập công ty cổ phần", "cp", [doc("dieu-le", "Điều lệ công ty", { acceptedTypes: ["pdf"] }), MEMBER_LIST("cổ đông sáng lập")], ["mở công ty cổ phần", "CTCP"]),
  change("2.002045", "Đăng ký thay đổi người đại diện theo pháp luật của công ty", [f.text("newRepName", "Họ tên người đại diện mới", "New legal representative"), f.idNumber("newRepIdNumber", "Số định danh của người đại diện mới", "New representative's personal ID")], [doc("nghi-quyet", "Nghị quyết, quyết định và biên bản họp về việc thay đổi người đại diện theo pháp luật")], ["đổi giám đốc", "đổi người đại diện pháp luật"]),
  change("2.002055", "Đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp", [f.address("newHeadOffice", "Địa chỉ trụ sở chính mới", "New head office address")], [doc("nghi-quyet", "Nghị quyết, quyết định và biên bản họp về việc thay đổi địa chỉ trụ sở chính")], ["đổi địa chỉ công ty", "chuyển trụ sở công ty"]),
  change("2.002095", "Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của doanh nghiệp", [f.date("pauseFrom", "Tạm ngừng từ ngày", "Suspend from"), f.date("pauseTo", "Đến ngày", "Suspend until")], [doc("nghi-quyet", "Nghị quyết, quyết định của chủ sở hữu / Hội đồng thành viên / Đại hội đồng cổ đông về việc tạm ngừng kinh doanh")], ["tạm ngừng kinh doanh công ty", "tạm nghỉ công ty"], false),
  change("2.002100", "Giải thể doanh nghiệp", [f.date("dissolutionDate", "Ngày quyết định giải thể", "Dissolution decision date")], [doc("quyet-dinh-giai-the", "Quyết định giải thể và biên bản họp"), doc("bao-cao-thanh-toan-no", "Báo cáo thanh toán hết các khoản nợ, nghĩa vụ tài sản, danh sách người lao động đã được giải quyết quyền lợi")], ["đóng công ty", "giải thể công ty", "chấm dứt doanh nghiệp"], false),
  change("2.002060", "Đăng ký hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh", [f.text("branchName", "Tên chi nhánh / văn phòng đại diện / địa điểm kinh doanh", "Branch or office name"), f.address("branchAddress", "Địa chỉ", "Address"), f.text("branchHead", "Người đứng đầu", "Head of branch")], [doc("quyet-dinh-thanh-lap", "Quyết định thành lập và biên bản họp về việc thành lập chi nhánh, văn phòng đại diện")], ["mở chi nhánh", "văn phòng đại diện", "địa điểm kinh doanh"]),
  procedure({
    code: "1.009645",
    name: "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư (ngoài khu công nghiệp)",
    level: "PROVINCE",
    sector: SECTOR.DAU_TU,
    agency: AGENCY.TAI_CHINH,
    applicants: ["ENTERPRISE", "ORGANIZATION"],
    online: "PARTIAL",
    onlineNote: "Kê khai trực tuyến trên Hệ thống thông tin quốc gia về đầu tư trước khi nộp hồ sơ bản giấy.",
    time: calendarDays(15, "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ."),
    fees: [],
    requirements: investmentDocs(),
    fields: investmentFields(),
    steps: oneStopSteps(PROVINCE_DESK, "Sở Tài chính thẩm tra hồ sơ, lấy ý kiến cơ quan liên quan (nếu cần) và cấp Giấy chứng nhận đăng ký đầu tư."),
    conditions: ["Dự án không thuộc ngành, nghề cấm đầu tư kinh doanh; có địa điểm thực hiện; phù hợp quy hoạch; đáp ứng điều kiện đầu tư đối với nhà đầu tư nước ngoài."],
    results: ["Giấy chứng nhận đăng ký đầu tư"],
    legal: [LUAT_DAU_TU, ND_31_2021],
    keywords: ["IRC", "giấy chứng nhận đầu tư", "đầu tư nước ngoài", "FDI", "dự án đầu tư"],
    verified: false,
    sourceNote: "Mã 1.009645 là mã GIẢ ĐỊNH; thời hạn 15 ngày theo Điều 38 Luật Đầu tư 2020 (nhớ lại); từ 2025 Sở KH&ĐT đã hợp nhất vào Sở Tài chính.",
  }),
  procedure({
    code: "1.009753",
    name: "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án trong khu công nghiệp",
    level: "PROVINCE",
    sector: SECTOR.DAU_TU,
    agency: AGENCY.BQL_KCN,
    applicants: ["ENTERPRISE", "ORGANIZATION"],
    online: "PARTIAL",
    onlineNote: "Kê khai trực tuyến trên Hệ thống thông tin quốc gia về đầu tư trước khi nộp hồ sơ.",
    directNote: "Nộp tại Ban Quản lý các Khu công nghiệp Đồng Nai hoặc Trung tâm Phục vụ hành chính công tỉnh.",
    time: calendarDays(15),
    fees: [],
    requirements: [...investmentDocs(), whenDoc("thoa-thuan-thue-dat", "Thỏa thuận thuê lại đất, nhà xưởng với doanh nghiệp kinh doanh hạ tầng khu công nghiệp", "Khi thuê lại đất trong khu công nghiệp", { originals: 0, copies: 1 })],
    fields: [...investmentFields(), f.text("industrialPark", "Khu công nghiệp", "Industrial park")],
    steps: oneStopSteps("Ban Quản lý các Khu công nghiệp Đồng Nai", "Ban Quản lý thẩm tra hồ sơ và cấp Giấy chứng nhận đăng ký đầu tư."),
    results: ["Giấy chứng nhận đăng ký đầu tư"],
    legal: [LUAT_DAU_TU, ND_31_2021],
    keywords: ["đầu tư khu công nghiệp", "IRC KCN", "giấy chứng nhận đầu tư KCN", "Amata", "Nhơn Trạch", "Biên Hòa 2"],
    verified: false,
    sourceNote: "Mã 1.009753 là mã GIẢ ĐỊNH; thời hạn 15 ngày theo Luật Đầu tư 2020 (nhớ lại).",
  }),
  procedure({
    code: "1.009760",
    name: "Điều chỉnh Giấy chứng nhận đăng ký đầu tư đối với dự án trong khu công nghiệp",
    level: "PROVINCE",
    sector: SECTOR.DAU_TU,
    agency: AGENCY.BQL_KCN,
    applicants: ["ENTERPRISE"],
    online: "PARTIAL",
    time: workingDays(10),
    fees: [],
    requirements: [formDoc("van-ban-de-nghi", "Văn bản đề nghị điều chỉnh dự án đầu tư", "Văn bản đề nghị điều chỉnh dự án đầu tư", "1.009760"), doc("bao-cao-tinh-hinh", "Báo cáo tình hình thực hiện dự án đến thời điểm điều chỉnh"), doc("giai-trinh", "Giải trình hoặc tài liệu liên quan đến việc điều chỉnh")],
    fields: [...investmentFields(), f.textarea("adjustment", "Nội dung điều chỉnh", "Adjustment requested")],
    steps: oneStopSteps("Ban Quản lý các Khu công nghiệp Đồng Nai", "Ban Quản lý xem xét, điều chỉnh Giấy chứng nhận đăng ký đầu tư."),
    results: ["Giấy chứng nhận đăng ký đầu tư điều chỉnh"],
    legal: [LUAT_DAU_TU, ND_31_2021],
    keywords: ["điều chỉnh IRC", "tăng vốn dự án", "thay đổi dự án đầu tư"],
    verified: false,
    sourceNote: "Mã 1.009760 là mã GIẢ ĐỊNH; thời hạn 10 ngày làm việc nhớ lại, chưa đối chiếu.",
  }),
];
