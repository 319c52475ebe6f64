import { useMemo, useState } from "react";
import { createCalendar, weekday, type DayEntry } from "@motcua/calendar";
import { formatLocalDay, vnToday } from "../lib/format.ts";

const kindLabel: Record<DayEntry["kind"], string> = {
  HOLIDAY: "Nghỉ lễ, Tết",
  COMPENSATORY: "Nghỉ bù",
  SWAPPED_OFF: "Nghỉ hoán đổi",
  MAKEUP_WORKDAY: "Làm bù",
};
const weekdayNames = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

// The bundled tables are what the BFF counts appointment dates with; edits will come with an API.
const calendar = createCalendar();

export function Holidays() {
  const coverage = calendar.coverage();
  const [year, setYear] = useState(() => Number(vnToday().slice(0, 4)));
  const entries = useMemo(() => calendar.holidaysIn(year), [year]);
  const years = coverage ? Array.from({ length: coverage.last - coverage.first + 1 }, (_, i) => coverage.first + i) : [year];

  return (
    <section aria-labelledby="holidays-title">
      <h1 id="holidays-title">Lịch nghỉ lễ, Tết</h1>
      <p className="alert alert-info">
        Lịch dùng để tính ngày hẹn trả kết quả. Hiện chỉ xem được; chức năng thêm, sửa ngày nghỉ sẽ có trong phiên bản sau.
      </p>
      <label className="field field-inline">
        <span>Năm</span>
        <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {(years.includes(year) ? years : [...years, year].sort()).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {entries.length === 0 ? (
        <p className="empty">Chưa có lịch nghỉ cho năm {year}; hệ thống tạm tính thứ Hai đến thứ Sáu là ngày làm việc.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Ngày</th>
              <th scope="col">Thứ</th>
              <th scope="col">Tên</th>
              <th scope="col">Loại</th>
              <th scope="col">Tình trạng</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.date}>
                <td>{formatLocalDay(e.date)}</td>
                <td>{weekdayNames[weekday(e.date)]}</td>
                <td>{e.name}</td>
                <td>{kindLabel[e.kind]}</td>
                <td>{e.status === "OFFICIAL" ? "Chính thức" : "Dự kiến"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
