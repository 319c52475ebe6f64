import type { YearTable } from "../types.ts";
import { entry } from "./entry.ts";

const TET = "Tết Nguyên đán Ất Tỵ";

/**
 * 2025 civil-servant calendar: Notice 6150/TB-BLĐTBXH (2024), carrying out 8726/VPCP-KGVX.
 * Tết: the 5 statutory days fell Mon 27/1 (28 tháng Chạp) to Fri 31/1 (mùng 3), so the
 * block Sat 25/1–Sun 2/2 needed no swap (en.sggp.org.vn, 27/11/2024). The year totals
 * 22 days off, as reported by en.sggp.org.vn on 3/8/2025.
 */
export const table2025: YearTable = {
  year: 2025,
  entries: [
    entry("2025-01-01", "HOLIDAY", "Tết Dương lịch", "OFFICIAL"),
    entry("2025-01-27", "HOLIDAY", TET, "OFFICIAL"),
    entry("2025-01-28", "HOLIDAY", `${TET} (giao thừa)`, "OFFICIAL"),
    entry("2025-01-29", "HOLIDAY", `${TET} (mùng 1)`, "OFFICIAL"),
    entry("2025-01-30", "HOLIDAY", TET, "OFFICIAL"),
    entry("2025-01-31", "HOLIDAY", TET, "OFFICIAL"),
    entry("2025-04-07", "HOLIDAY", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "OFFICIAL"),
    // Fri 2/5 off in exchange for Sat 26/4, giving 30/4–4/5 off.
    entry("2025-04-26", "MAKEUP_WORKDAY", "Làm bù cho thứ Sáu 2/5", "OFFICIAL"),
    entry("2025-04-30", "HOLIDAY", "Ngày Giải phóng miền Nam, thống nhất đất nước", "OFFICIAL"),
    entry("2025-05-01", "HOLIDAY", "Ngày Quốc tế Lao động", "OFFICIAL"),
    entry("2025-05-02", "SWAPPED_OFF", "Nghỉ hoán đổi (làm bù thứ Bảy 26/4)", "OFFICIAL"),
    // The statutory adjacent day was Mon 1/9, so Sat 30/8–Tue 2/9 needed no swap.
    entry("2025-09-01", "HOLIDAY", "Quốc khánh (ngày liền kề)", "OFFICIAL"),
    entry("2025-09-02", "HOLIDAY", "Quốc khánh", "OFFICIAL"),
  ],
};
