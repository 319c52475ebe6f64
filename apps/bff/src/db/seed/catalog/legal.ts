/**
 * Legal documents cited by several procedures. `issuedAt` is null where the
 * signing date was not checked; numbers and titles are the official ones.
 */
import { law } from "./builders.ts";

// Administration, one-stop
export const ND_118_2025 = law(
  "118/2025/NĐ-CP",
  "Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
  "2025-06-09",
);
export const QD_45_2016 = law(
  "45/2016/QĐ-TTg",
  "Quyết định về việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích",
  "2016-10-19",
);
export const TT_85_2019 = law(
  "85/2019/TT-BTC",
  "Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc trung ương",
  "2019-11-29",
);

// Civil status (hộ tịch)
export const LUAT_HO_TICH = law("60/2014/QH13", "Luật Hộ tịch", "2014-11-20");
export const ND_123_2015 = law(
  "123/2015/NĐ-CP",
  "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
  "2015-11-15",
);
export const TT_04_2020_BTP = law(
  "04/2020/TT-BTP",
  "Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP",
  "2020-05-28",
);
export const TT_281_2016 = law(
  "281/2016/TT-BTC",
  "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch, phí xác nhận có quốc tịch Việt Nam, phí xác nhận là người gốc Việt Nam, lệ phí quốc tịch",
  "2016-11-14",
);
export const ND_120_2025 = law(
  "120/2025/NĐ-CP",
  "Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp",
);
export const LUAT_NUOI_CON_NUOI = law("52/2010/QH12", "Luật Nuôi con nuôi", "2010-06-17");
export const ND_19_2011 = law("19/2011/NĐ-CP", "Nghị định quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi", "2011-03-21");

// Certification (chứng thực)
export const ND_23_2015 = law(
  "23/2015/NĐ-CP",
  "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
  "2015-02-16",
);
export const TT_01_2020_BTP = law(
  "01/2020/TT-BTP",
  "Thông tư quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP",
  "2020-03-03",
);
export const TT_226_2016 = law(
  "226/2016/TT-BTC",
  "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực",
  "2016-11-11",
);

// Residence, identity, judicial records
export const LUAT_CU_TRU = law("68/2020/QH14", "Luật Cư trú", "2020-11-13");
export const ND_154_2024 = law("154/2024/NĐ-CP", "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú");
export const TT_55_2021_BCA = law(
  "55/2021/TT-BCA",
  "Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú",
  "2021-05-15",
);
export const TT_75_2022 = law(
  "75/2022/TT-BTC",
  "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí đăng ký cư trú",
  "2022-12-22",
);
export const LUAT_CAN_CUOC = law("26/2023/QH15", "Luật Căn cước", "2023-11-27");
export const ND_70_2024 = law("70/2024/NĐ-CP", "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước", "2024-06-25");
export const TT_59_2024_BTC = law(
  "59/2024/TT-BTC",
  "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác và sử dụng thông tin trong Cơ sở dữ liệu quốc gia về dân cư, lệ phí cấp thẻ căn cước",
);
export const ND_69_2024 = law("69/2024/NĐ-CP", "Nghị định quy định về định danh và xác thực điện tử", "2024-06-25");
export const LUAT_LLTP = law("28/2009/QH12", "Luật Lý lịch tư pháp", "2009-06-17");
export const TT_244_2016 = law(
  "244/2016/TT-BTC",
  "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp",
  "2016-11-11",
);

// Business, investment, tax
export const LUAT_DOANH_NGHIEP = law("59/2020/QH14", "Luật Doanh nghiệp", "2020-06-17");
export const ND_168_2025 = law("168/2025/NĐ-CP", "Nghị định về đăng ký doanh nghiệp", "2025-06-30");
export const TT_47_2019 = law(
  "47/2019/TT-BTC",
  "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp",
  "2019-08-05",
);
export const LUAT_DAU_TU = law("61/2020/QH14", "Luật Đầu tư", "2020-06-17");
export const ND_31_2021 = law("31/2021/NĐ-CP", "Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư", "2021-03-26");
export const LUAT_QUAN_LY_THUE = law("38/2019/QH14", "Luật Quản lý thuế", "2019-06-13");
export const TT_86_2024 = law("86/2024/TT-BTC", "Thông tư quy định về đăng ký thuế", "2024-12-23");

// Land, construction, housing, transport
export const LUAT_DAT_DAI = law("31/2024/QH15", "Luật Đất đai", "2024-01-18");
export const ND_101_2024 = law(
  "101/2024/NĐ-CP",
  "Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai",
  "2024-07-29",
);
export const ND_151_2025 = law(
  "151/2025/NĐ-CP",
  "Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai",
);
export const LUAT_XAY_DUNG = law("50/2014/QH13", "Luật Xây dựng (được sửa đổi, bổ sung bởi Luật số 62/2020/QH14)", "2014-06-18");
export const ND_175_2024 = law(
  "175/2024/NĐ-CP",
  "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng",
  "2024-12-30",
);
export const LUAT_NHA_O = law("27/2023/QH15", "Luật Nhà ở", "2023-11-27");
export const ND_100_2024 = law(
  "100/2024/NĐ-CP",
  "Nghị định quy định chi tiết một số điều của Luật Nhà ở về phát triển và quản lý nhà ở xã hội",
  "2024-07-26",
);
export const LUAT_TTATGT = law("36/2024/QH15", "Luật Trật tự, an toàn giao thông đường bộ", "2024-06-27");
export const LUAT_DUONG_BO = law("35/2024/QH15", "Luật Đường bộ", "2024-06-27");
export const ND_158_2024 = law("158/2024/NĐ-CP", "Nghị định quy định về hoạt động vận tải đường bộ", "2024-12-18");

// Social affairs, labour
export const LUAT_NGUOI_CAO_TUOI = law("39/2009/QH12", "Luật Người cao tuổi", "2009-11-23");
export const ND_20_2021 = law("20/2021/NĐ-CP", "Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội", "2021-03-15");
export const ND_176_2025 = law("176/2025/NĐ-CP", "Nghị định hướng dẫn Luật Bảo hiểm xã hội về trợ cấp hưu trí xã hội");
export const LUAT_BHXH = law("41/2024/QH15", "Luật Bảo hiểm xã hội", "2024-06-29");
export const LUAT_BHYT = law("25/2008/QH12", "Luật Bảo hiểm y tế (sửa đổi, bổ sung năm 2014 và năm 2024)", "2008-11-14");
export const LUAT_NGUOI_KHUYET_TAT = law("51/2010/QH12", "Luật Người khuyết tật", "2010-06-17");
export const PL_UU_DAI_NCC = law("02/2020/UBTVQH14", "Pháp lệnh Ưu đãi người có công với cách mạng", "2020-12-09");
export const ND_131_2021 = law(
  "131/2021/NĐ-CP",
  "Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng",
  "2021-12-30",
);
export const BLLD_2019 = law("45/2019/QH14", "Bộ luật Lao động", "2019-11-20");
export const ND_152_2020 = law(
  "152/2020/NĐ-CP",
  "Nghị định quy định về người lao động nước ngoài làm việc tại Việt Nam và tuyển dụng, quản lý người lao động Việt Nam làm việc cho tổ chức, cá nhân nước ngoài tại Việt Nam",
  "2020-12-30",
);
export const LUAT_VIEC_LAM = law("38/2013/QH13", "Luật Việc làm", "2013-11-16");
export const LUAT_VIEC_LAM_2025 = law("74/2025/QH15", "Luật Việc làm (có hiệu lực từ ngày 01/01/2026)");

// Justice professions
export const LUAT_LUAT_SU = law("65/2006/QH11", "Luật Luật sư (sửa đổi, bổ sung năm 2012)", "2006-06-29");
export const LUAT_CONG_CHUNG = law("46/2024/QH15", "Luật Công chứng", "2024-11-26");
export const LUAT_TGPL = law("11/2017/QH14", "Luật Trợ giúp pháp lý", "2017-06-20");
export const LUAT_HOA_GIAI = law("35/2013/QH13", "Luật Hòa giải ở cơ sở", "2013-06-20");

// Health, education
export const LUAT_KCB = law("15/2023/QH15", "Luật Khám bệnh, chữa bệnh", "2023-01-09");
export const ND_96_2023 = law("96/2023/NĐ-CP", "Nghị định quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh", "2023-12-30");
export const LUAT_DUOC = law("105/2016/QH13", "Luật Dược (sửa đổi, bổ sung bởi Luật số 44/2024/QH15)", "2016-04-06");
export const ND_54_2017 = law("54/2017/NĐ-CP", "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Dược", "2017-05-08");
export const LUAT_ATTP = law("55/2010/QH12", "Luật An toàn thực phẩm", "2010-06-17");
export const ND_15_2018 = law("15/2018/NĐ-CP", "Nghị định quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm", "2018-02-02");
export const LUAT_GIAO_DUC = law("43/2019/QH14", "Luật Giáo dục", "2019-06-14");
export const ND_125_2024 = law("125/2024/NĐ-CP", "Nghị định quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục", "2024-10-05");

// Agriculture, environment
export const LUAT_BVMT = law("72/2020/QH14", "Luật Bảo vệ môi trường", "2020-11-17");
export const ND_08_2022 = law("08/2022/NĐ-CP", "Nghị định quy định chi tiết một số điều của Luật Bảo vệ môi trường", "2022-01-10");
export const LUAT_TAI_NGUYEN_NUOC = law("28/2023/QH15", "Luật Tài nguyên nước", "2023-11-27");
export const ND_54_2024 = law("54/2024/NĐ-CP", "Nghị định quy định việc hành nghề khoan nước dưới đất, kê khai, đăng ký, cấp phép, dịch vụ tài nguyên nước và tiền cấp quyền khai thác tài nguyên nước", "2024-05-16");
export const LUAT_THU_Y = law("79/2015/QH13", "Luật Thú y", "2015-06-19");
export const LUAT_BVTV = law("41/2013/QH13", "Luật Bảo vệ và kiểm dịch thực vật", "2013-11-25");

// Trade, culture, science, religion, awards, complaints
export const ND_105_2017 = law("105/2017/NĐ-CP", "Nghị định về kinh doanh rượu", "2017-09-14");
export const ND_67_2013 = law(
  "67/2013/NĐ-CP",
  "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá",
  "2013-06-27",
);
export const ND_83_2014 = law("83/2014/NĐ-CP", "Nghị định về kinh doanh xăng dầu (đã được sửa đổi, bổ sung)", "2014-09-03");
export const ND_81_2018 = law("81/2018/NĐ-CP", "Nghị định quy định chi tiết Luật Thương mại về hoạt động xúc tiến thương mại", "2018-05-22");
export const LUAT_DIEN_LUC = law("61/2024/QH15", "Luật Điện lực", "2024-11-30");
export const LUAT_DU_LICH = law("09/2017/QH14", "Luật Du lịch", "2017-06-19");
export const ND_54_2019 = law("54/2019/NĐ-CP", "Nghị định quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường", "2019-06-19");
export const LUAT_XUAT_BAN = law("19/2012/QH13", "Luật Xuất bản", "2012-11-20");
export const LUAT_BAO_CHI = law("103/2016/QH13", "Luật Báo chí", "2016-04-05");
export const LUAT_BUU_CHINH = law("49/2010/QH12", "Luật Bưu chính", "2010-06-17");
export const LUAT_NLNT = law("18/2008/QH12", "Luật Năng lượng nguyên tử", "2008-06-03");
export const LUAT_KHCN = law("29/2013/QH13", "Luật Khoa học và Công nghệ", "2013-06-18");
export const LUAT_TIN_NGUONG = law("02/2016/QH14", "Luật Tín ngưỡng, tôn giáo", "2016-11-18");
export const ND_95_2023 = law("95/2023/NĐ-CP", "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo", "2023-12-29");
export const LUAT_TDKT = law("06/2022/QH15", "Luật Thi đua, khen thưởng", "2022-06-15");
export const ND_98_2023 = law("98/2023/NĐ-CP", "Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng", "2023-12-31");
export const LUAT_KHIEU_NAI = law("02/2011/QH13", "Luật Khiếu nại", "2011-11-11");
