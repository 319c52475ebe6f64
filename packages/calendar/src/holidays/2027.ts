import type { YearTable } from "../types.ts";
import { entry } from "./entry.ts";

const TET = "Tết Nguyên đán Đinh Mùi";
const P = "PROVISIONAL";

/**
 * 2027 projection (domain.md §4.4); the government announces the year in Oct–Dec 2026.
 * Fixed solar dates are certain, but swaps may still be added around them.
 * Tết: mùng 1 is Sat 6/2. We follow the 2024 precedent (mùng 1 also a Saturday: off
 * Thu 8/2–Wed 14/2/2024, no swap), i.e. off Thu 4/2–Wed 10/2, the 5 weekdays inside
 * being the statutory days. The real block may differ.
 */
export const table2027: YearTable = {
  year: 2027,
  entries: [
    entry("2027-01-01", "HOLIDAY", "Tết Dương lịch", P),
    entry("2027-02-04", "HOLIDAY", TET, P),
    entry("2027-02-05", "HOLIDAY", `${TET} (giao thừa)`, P),
    entry("2027-02-08", "HOLIDAY", TET, P),
    entry("2027-02-09", "HOLIDAY", TET, P),
    entry("2027-02-10", "HOLIDAY", TET, P),
    entry("2027-04-16", "HOLIDAY", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", P),
    entry("2027-04-30", "HOLIDAY", "Ngày Giải phóng miền Nam, thống nhất đất nước", P),
    entry("2027-05-01", "HOLIDAY", "Ngày Quốc tế Lao động", P),
    entry("2027-05-03", "COMPENSATORY", "Nghỉ bù Ngày Quốc tế Lao động", P),
    // The adjacent day could also be Wed 1/9; Fri 3/9 gives the longer weekend.
    entry("2027-09-02", "HOLIDAY", "Quốc khánh", P),
    entry("2027-09-03", "HOLIDAY", "Quốc khánh (ngày liền kề)", P),
  ],
};
