/** Domain form-field sets shared by several procedures (keys are camelCase and unique per set). */
import type { FormField } from "@motcua/contracts";
import { f, GENDERS } from "./builders.ts";

export const childFields = (): FormField[] => [
  f.text("childFullName", "Họ, chữ đệm và tên người được khai sinh", "Full name of the child"),
  f.date("childDateOfBirth", "Ngày, tháng, năm sinh", "Date of birth of the child"),
  f.select("childGender", "Giới tính", "Sex of the child", GENDERS),
  f.text("childEthnicity", "Dân tộc", "Ethnicity of the child"),
  f.text("childNationality", "Quốc tịch", "Nationality of the child"),
  f.text("childPlaceOfBirth", "Nơi sinh (cơ sở y tế hoặc địa chỉ)", "Place of birth (facility or address)"),
  f.text("childHometown", "Quê quán", "Home town", { required: false }),
];

export const deceasedFields = (): FormField[] => [
  f.text("deceasedFullName", "Họ, chữ đệm và tên người chết", "Full name of the deceased"),
  f.date("deceasedDateOfBirth", "Ngày, tháng, năm sinh của người chết", "Date of birth of the deceased"),
  f.idNumber("deceasedIdNumber", "Số định danh cá nhân của người chết", "Personal ID number of the deceased", {
    required: false,
  }),
  f.date("dateOfDeath", "Ngày chết", "Date of death"),
  f.text("placeOfDeath", "Nơi chết", "Place of death"),
  f.text("causeOfDeath", "Nguyên nhân chết", "Cause of death", { required: false }),
];

export const HKD_CHANGE_TYPES = [
  ["ten", "Thay đổi tên hộ kinh doanh"],
  ["dia-chi", "Thay đổi địa chỉ kinh doanh"],
  ["nganh-nghe", "Thay đổi ngành, nghề kinh doanh"],
  ["von", "Thay đổi vốn kinh doanh"],
  ["chu-ho", "Thay đổi chủ hộ kinh doanh"],
  ["thanh-vien", "Thay đổi thành viên hộ gia đình đăng ký hộ kinh doanh"],
] as const;

export const householdBusinessFields = (): FormField[] => [
  f.text("businessName", "Tên hộ kinh doanh", "Household business name"),
  f.address("businessAddress", "Địa chỉ trụ sở hộ kinh doanh", "Business address"),
  f.textarea("businessLines", "Ngành, nghề kinh doanh", "Business lines"),
  f.number("capital", "Vốn kinh doanh (đồng)", "Business capital (VND)", { min: 0 }),
  f.number("employeeCount", "Số lượng lao động", "Number of workers", { min: 0, required: false }),
  f.phone("businessPhone", "Điện thoại hộ kinh doanh", "Business phone", { required: false }),
];

export const ENTERPRISE_TYPES = [
  ["dntn", "Doanh nghiệp tư nhân"],
  ["tnhh1", "Công ty trách nhiệm hữu hạn một thành viên"],
  ["tnhh2", "Công ty trách nhiệm hữu hạn hai thành viên trở lên"],
  ["cp", "Công ty cổ phần"],
  ["hd", "Công ty hợp danh"],
] as const;

/** A new enterprise (đăng ký thành lập). */
export const newEnterpriseFields = (): FormField[] => [
  f.text("enterpriseName", "Tên doanh nghiệp viết bằng tiếng Việt", "Enterprise name in Vietnamese"),
  f.text("enterpriseNameForeign", "Tên doanh nghiệp viết bằng tiếng nước ngoài", "Enterprise name in a foreign language", {
    required: false,
  }),
  f.text("enterpriseAbbreviation", "Tên viết tắt", "Abbreviated name", { required: false }),
  f.address("headOffice", "Địa chỉ trụ sở chính", "Head office address"),
  f.textarea("businessLines", "Ngành, nghề kinh doanh (mã ngành cấp 4 theo VSIC)", "Business lines (VSIC level-4 codes)"),
  f.number("charterCapital", "Vốn điều lệ / vốn đầu tư (đồng)", "Charter capital (VND)", { min: 0 }),
  f.text("legalRepName", "Họ và tên người đại diện theo pháp luật", "Legal representative's full name"),
  f.idNumber("legalRepIdNumber", "Số định danh cá nhân của người đại diện", "Legal representative's personal ID"),
  f.phone("phone", "Số điện thoại liên hệ", "Contact phone number"),
  f.email("email", "Thư điện tử", "Email"),
];

export const DRIVING_CLASSES = [
  ["A1", "Hạng A1"],
  ["A", "Hạng A"],
  ["B1", "Hạng B1"],
  ["B", "Hạng B"],
  ["C1", "Hạng C1"],
  ["C", "Hạng C"],
  ["D1", "Hạng D1"],
  ["D2", "Hạng D2"],
  ["D", "Hạng D"],
  ["BE", "Hạng BE"],
  ["CE", "Hạng CE"],
] as const;

export const drivingLicenceFields = (): FormField[] => [
  f.text("licenceNumber", "Số giấy phép lái xe", "Driving licence number", { maxLength: 20 }),
  f.select("licenceClass", "Hạng giấy phép lái xe", "Licence class", DRIVING_CLASSES),
  f.date("licenceIssuedAt", "Ngày cấp", "Date of issue"),
  f.date("licenceExpiresAt", "Ngày hết hạn", "Expiry date", { required: false }),
  f.text("licenceIssuer", "Cơ quan cấp", "Issuing authority"),
];

export const constructionFields = (): FormField[] => [
  f.text("projectName", "Tên công trình", "Construction name"),
  f.address("siteAddress", "Địa điểm xây dựng", "Construction site address"),
  f.text("parcelNumber", "Thửa đất số", "Parcel number", { maxLength: 20 }),
  f.text("mapSheetNumber", "Tờ bản đồ số", "Map sheet number", { maxLength: 20 }),
  f.number("buildingFootprint", "Diện tích xây dựng tầng 1 (m²)", "Ground-floor footprint (m²)", { min: 0 }),
  f.number("totalFloorArea", "Tổng diện tích sàn (m²)", "Total floor area (m²)", { min: 0 }),
  f.number("floors", "Số tầng", "Number of storeys", { min: 1, max: 100 }),
  f.number("height", "Chiều cao công trình (m)", "Building height (m)", { min: 0 }),
  f.text("designer", "Đơn vị hoặc cá nhân thiết kế", "Designer", { required: false }),
];

/** A business premises to be licensed (cơ sở). */
export const premisesFields = (nameVi = "Tên cơ sở", nameEn = "Premises name"): FormField[] => [
  f.text("premisesName", nameVi, nameEn),
  f.address("premisesAddress", "Địa chỉ cơ sở", "Premises address"),
  f.text("ownerName", "Họ tên chủ cơ sở / người đại diện", "Owner or representative"),
  f.idNumber("ownerIdNumber", "Số định danh cá nhân của chủ cơ sở", "Owner's personal ID", { required: false }),
  f.text("registrationNumber", "Số Giấy chứng nhận đăng ký doanh nghiệp / hộ kinh doanh", "Business registration number"),
  f.phone("phone", "Số điện thoại liên hệ", "Contact phone number"),
  f.email("email", "Thư điện tử", "Email", { required: false }),
];

/** A health or pharmacy practitioner. */
export const practitionerFields = (): FormField[] => [
  f.text("fullName", "Họ và tên", "Full name"),
  f.date("dateOfBirth", "Ngày sinh", "Date of birth"),
  f.idNumber("idNumber", "Số định danh cá nhân", "Personal identification number"),
  f.address("residence", "Nơi cư trú", "Place of residence"),
  f.text("degree", "Văn bằng chuyên môn", "Professional degree"),
  f.text("practiceScope", "Phạm vi hành nghề đề nghị", "Requested scope of practice"),
  f.text("workplace", "Nơi thực hành / nơi làm việc", "Practice or workplace", { required: false }),
  f.phone("phone", "Số điện thoại liên hệ", "Contact phone number"),
  f.email("email", "Thư điện tử", "Email", { required: false }),
];

export const foreignWorkerFields = (): FormField[] => [
  f.text("workerFullName", "Họ và tên người lao động nước ngoài", "Foreign worker's full name"),
  f.text("workerNationality", "Quốc tịch", "Nationality"),
  f.text("passportNumber", "Số hộ chiếu", "Passport number", { maxLength: 20 }),
  f.text("jobTitle", "Vị trí công việc", "Job position"),
  f.select("jobType", "Hình thức làm việc", "Form of work", [
    ["manager", "Nhà quản lý"],
    ["director", "Giám đốc điều hành"],
    ["expert", "Chuyên gia"],
    ["technician", "Lao động kỹ thuật"],
  ]),
  f.date("workFrom", "Làm việc từ ngày", "Work start date"),
  f.date("workTo", "Đến ngày", "Work end date"),
];

export const LAND_USE_PURPOSES = [
  ["ONT", "Đất ở tại nông thôn (ONT)"],
  ["ODT", "Đất ở tại đô thị (ODT)"],
  ["CLN", "Đất trồng cây lâu năm (CLN)"],
  ["LUC", "Đất chuyên trồng lúa (LUC)"],
  ["HNK", "Đất trồng cây hằng năm khác (HNK)"],
  ["TMD", "Đất thương mại, dịch vụ (TMD)"],
  ["SKC", "Đất cơ sở sản xuất phi nông nghiệp (SKC)"],
] as const;
