import type { SearchDoc } from "./types.ts";

// Real procedure names as published on the national public-service portal, grouped as Đồng Nai
// serves them after the 2025 reorganisation. The codes named in the issue are real; the others
// are stand-ins in the same format, unique within this fixture.
const UBND_XA = "Ủy ban nhân dân cấp xã";
const SO_TU_PHAP = "Sở Tư pháp tỉnh Đồng Nai";
const CONG_AN = "Công an tỉnh Đồng Nai";
const SO_XAY_DUNG = "Sở Xây dựng tỉnh Đồng Nai";
const VP_DAT_DAI = "Văn phòng đăng ký đất đai tỉnh Đồng Nai";
const BHXH = "Bảo hiểm xã hội tỉnh Đồng Nai";
const SO_Y_TE = "Sở Y tế tỉnh Đồng Nai";
const SO_TAI_CHINH = "Sở Tài chính tỉnh Đồng Nai";
const SO_NOI_VU = "Sở Nội vụ tỉnh Đồng Nai";

function procedure(code: string, name: string, sectorName: string, agencyName: string, keywords: string[] = []): SearchDoc {
  return { id: code, name, code, localCode: `${code}.000.00.00.H19`, sectorName, agencyName, keywords };
}

export const FIXTURE_DOCS: readonly SearchDoc[] = [
  procedure("1.001193", "Đăng ký khai sinh", "Hộ tịch", UBND_XA, ["giấy khai sinh", "làm giấy khai sinh cho con"]),
  procedure("1.001695", "Đăng ký khai sinh có yếu tố nước ngoài", "Hộ tịch", UBND_XA),
  procedure("1.000689", "Đăng ký khai sinh kết hợp nhận cha, mẹ, con", "Hộ tịch", UBND_XA),
  procedure("1.004884", "Đăng ký lại khai sinh", "Hộ tịch", UBND_XA),
  procedure("1.000894", "Đăng ký kết hôn", "Hộ tịch", UBND_XA, ["đăng ký kết hôn", "giấy đăng ký kết hôn"]),
  procedure("1.001702", "Đăng ký kết hôn có yếu tố nước ngoài", "Hộ tịch", UBND_XA),
  procedure("1.000656", "Đăng ký khai tử", "Hộ tịch", UBND_XA, ["giấy chứng tử", "báo tử"]),
  procedure("1.001022", "Đăng ký nhận cha, mẹ, con", "Hộ tịch", UBND_XA),
  procedure("1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch", UBND_XA, ["giấy xác nhận độc thân"]),
  procedure("1.004859", "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", "Hộ tịch", UBND_XA, ["sửa tên", "cải chính hộ tịch"]),
  procedure("2.000635", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", UBND_XA, ["trích lục khai sinh", "bản sao giấy khai sinh"]),
  procedure(
    "2.000815",
    "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
    "Chứng thực",
    UBND_XA,
    ["chứng thực bản sao", "sao y bản chính", "công chứng giấy tờ"],
  ),
  procedure("2.000884", "Chứng thực chữ ký trong các giấy tờ, văn bản", "Chứng thực", UBND_XA),
  procedure("2.001035", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản", "Chứng thực", UBND_XA),
  procedure("2.000908", "Cấp bản sao từ sổ gốc", "Chứng thực", UBND_XA),
  procedure(
    "2.001417",
    "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
    "Lý lịch tư pháp",
    SO_TU_PHAP,
    ["LLTP", "xin lý lịch tư pháp", "phiếu lý lịch tư pháp số 1"],
  ),
  procedure("2.001410", "Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng", "Lý lịch tư pháp", SO_TU_PHAP),
  procedure("2.000200", "Cấp thẻ căn cước", "Căn cước", CONG_AN, ["CCCD", "làm căn cước", "căn cước công dân"]),
  procedure("2.000198", "Cấp lại thẻ căn cước", "Căn cước", CONG_AN, ["mất căn cước"]),
  procedure("2.000194", "Cấp đổi thẻ căn cước", "Căn cước", CONG_AN, ["đổi căn cước"]),
  procedure("1.010801", "Đăng ký thường trú", "Đăng ký, quản lý cư trú", CONG_AN, ["nhập hộ khẩu"]),
  procedure("1.010802", "Đăng ký tạm trú", "Đăng ký, quản lý cư trú", CONG_AN),
  procedure("1.010803", "Xóa đăng ký thường trú", "Đăng ký, quản lý cư trú", CONG_AN),
  procedure("2.002174", "Cấp hộ chiếu phổ thông ở trong nước", "Xuất nhập cảnh", CONG_AN, ["làm hộ chiếu"]),
  procedure(
    "1.009994",
    "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
    "Hoạt động xây dựng",
    UBND_XA,
    ["GPXD", "xin phép xây nhà", "giấy phép xây dựng nhà ở"],
  ),
  procedure("1.009995", "Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ", "Hoạt động xây dựng", UBND_XA),
  procedure("1.009997", "Gia hạn giấy phép xây dựng", "Hoạt động xây dựng", UBND_XA),
  procedure(
    "1.001612",
    "Đăng ký thành lập hộ kinh doanh",
    "Thành lập và hoạt động của hộ kinh doanh",
    UBND_XA,
    ["HKD", "mở hộ kinh doanh", "đăng ký hộ kinh doanh"],
  ),
  procedure("2.000720", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh", UBND_XA),
  procedure("2.000575", "Chấm dứt hoạt động hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh", UBND_XA),
  procedure("1.010027", "Đăng ký thành lập doanh nghiệp tư nhân", "Thành lập và hoạt động doanh nghiệp", SO_TAI_CHINH, ["mở công ty"]),
  procedure(
    "1.012812",
    "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu",
    "Đất đai",
    VP_DAT_DAI,
    ["sổ đỏ", "sổ hồng", "cấp sổ đỏ lần đầu", "giấy chứng nhận quyền sử dụng đất", "GCN QSDĐ"],
  ),
  procedure("1.012813", "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "Đất đai", VP_DAT_DAI, ["đổi sổ đỏ"]),
  procedure("1.012814", "Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất", "Đất đai", VP_DAT_DAI, ["mất sổ đỏ"]),
  procedure(
    "1.012815",
    "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
    "Đất đai",
    VP_DAT_DAI,
    ["sang tên sổ đỏ", "chuyển nhượng đất"],
  ),
  procedure("1.014027", "Trợ cấp hưu trí xã hội", "Bảo trợ xã hội", UBND_XA, ["người cao tuổi"]),
  procedure("1.001776", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng", "Bảo trợ xã hội", UBND_XA),
  procedure("1.001978", "Giải quyết hưởng trợ cấp thất nghiệp", "Việc làm", SO_NOI_VU),
  procedure("1.002804", "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp", "Đường bộ", SO_XAY_DUNG, ["GPLX", "đổi bằng lái xe"]),
  procedure("1.002835", "Cấp lại giấy phép lái xe", "Đường bộ", SO_XAY_DUNG, ["mất bằng lái"]),
  procedure("1.008347", "Cấp thẻ bảo hiểm y tế đối với người chỉ tham gia bảo hiểm y tế", "Thu, cấp sổ, thẻ", BHXH, ["BHYT"]),
  procedure("1.008349", "Cấp lại, đổi thẻ bảo hiểm y tế", "Thu, cấp sổ, thẻ", BHXH),
  procedure("1.001456", "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "An toàn thực phẩm", SO_Y_TE, ["ATTP"]),
  procedure("1.011547", "Thẩm định thiết kế về phòng cháy và chữa cháy", "Phòng cháy, chữa cháy", CONG_AN, ["PCCC"]),
];
