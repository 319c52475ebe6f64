/** All seed procedures, grouped by sector/agency in sibling files. */
import type { Procedure } from "@motcua/contracts";
import { chungThucProcedures } from "./chung-thuc.ts";
import { congAnProcedures } from "./cong-an.ts";
import { congThuongKhcnProcedures } from "./cong-thuong-khcn.ts";
import { cuTruProcedures } from "./cu-tru.ts";
import { doanhNghiepProcedures } from "./doanh-nghiep-dau-tu.ts";
import { giaoDucYTeProcedures } from "./giao-duc-y-te.ts";
import { hoKinhDoanhProcedures } from "./ho-kinh-doanh.ts";
import { hoTichKhacProcedures } from "./ho-tich-khac.ts";
import { ketHonKhaiTuProcedures } from "./ho-tich-ket-hon-khai-tu.ts";
import { khaiSinhProcedures } from "./ho-tich-khai-sinh.ts";
import { laoDongBhxhThueProcedures } from "./lao-dong-bhxh-thue.ts";
import { nongNghiepMoiTruongProcedures } from "./nong-nghiep-moi-truong.ts";
import { tuPhapTinhProcedures } from "./tu-phap-tinh.ts";
import { vanHoaTonGiaoProcedures } from "./van-hoa-ton-giao.ts";
import { xaDatDaiXayDungProcedures } from "./xa-dat-dai-xay-dung.ts";
import { xaHoiProcedures } from "./xa-hoi.ts";
import { xayDungGiaoThongProcedures } from "./xay-dung-giao-thong.ts";

/** Commune-level procedures first (filed at the applicant's xã/phường), then provincial ones. */
export const procedures: Procedure[] = [
  ...khaiSinhProcedures,
  ...ketHonKhaiTuProcedures,
  ...hoTichKhacProcedures,
  ...chungThucProcedures,
  ...cuTruProcedures,
  ...hoKinhDoanhProcedures,
  ...xaHoiProcedures,
  ...xaDatDaiXayDungProcedures,
  ...congAnProcedures,
  ...tuPhapTinhProcedures,
  ...doanhNghiepProcedures,
  ...xayDungGiaoThongProcedures,
  ...giaoDucYTeProcedures,
  ...laoDongBhxhThueProcedures,
  ...nongNghiepMoiTruongProcedures,
  ...congThuongKhcnProcedures,
  ...vanHoaTonGiaoProcedures,
];
