import type { YearTable } from "../types.ts";
import { entry } from "./entry.ts";

const TET = "Tết Nguyên đán Bính Ngọ";

/** 2026 civil-servant calendar, per domain.md §4.3 (12729/VPCP-KGVX for the New Year swap). */
export const table2026: YearTable = {
  year: 2026,
  entries: [
    entry("2026-01-01", "HOLIDAY", "Tết Dương lịch", "OFFICIAL"),
    entry("2026-01-02", "SWAPPED_OFF", "Nghỉ hoán đổi (làm bù thứ Bảy 10/1)", "OFFICIAL"),
    entry("2026-01-10", "MAKEUP_WORKDAY", "Làm bù cho thứ Sáu 2/1", "OFFICIAL"),
    // Off Sat 14/2–Sun 22/2; the statutory days are the weekdays in between.
    entry("2026-02-16", "HOLIDAY", `${TET} (giao thừa)`, "OFFICIAL"),
    entry("2026-02-17", "HOLIDAY", `${TET} (mùng 1)`, "OFFICIAL"),
    entry("2026-02-18", "HOLIDAY", TET, "OFFICIAL"),
    entry("2026-02-19", "HOLIDAY", TET, "OFFICIAL"),
    entry("2026-02-20", "HOLIDAY", TET, "OFFICIAL"),
    entry("2026-04-26", "HOLIDAY", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "OFFICIAL"),
    // domain.md marks this an inference, but art. 111(3) makes it automatic for a Sunday holiday.
    entry("2026-04-27", "COMPENSATORY", "Nghỉ bù Giỗ Tổ Hùng Vương", "OFFICIAL"),
    entry("2026-04-30", "HOLIDAY", "Ngày Giải phóng miền Nam, thống nhất đất nước", "OFFICIAL"),
    entry("2026-05-01", "HOLIDAY", "Ngày Quốc tế Lao động", "OFFICIAL"),
    // domain.md §4.3 lists this make-up Saturday as unknown; the Ministry of Home Affairs
    // announcement reported by vietnamnews.vn (17/10/2025) names Sat 22/8 for Mon 31/8.
    // Reported [R], not yet checked against the notice itself.
    entry("2026-08-22", "MAKEUP_WORKDAY", "Làm bù cho thứ Hai 31/8", "OFFICIAL"),
    entry("2026-08-31", "SWAPPED_OFF", "Nghỉ hoán đổi (làm bù thứ Bảy 22/8)", "OFFICIAL"),
    entry("2026-09-01", "HOLIDAY", "Quốc khánh (ngày liền kề)", "OFFICIAL"),
    entry("2026-09-02", "HOLIDAY", "Quốc khánh", "OFFICIAL"),
    // Tue 24/11 (Ngày Văn hóa Việt Nam) is deliberately absent: Resolution 30/NQ-CP only
    // orders a Labour Code amendment; it is not a day off until that law passes.
  ],
};
