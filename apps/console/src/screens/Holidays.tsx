import { useState } from "react";
import { localDate, weekday } from "@motcua/calendar";
import type { HolidayEntry, HolidayEntryInput, HolidayKind, HolidayStatus } from "@motcua/contracts";
import * as api from "../api.ts";
import { Alert, ErrorAlert } from "../components/Alert.tsx";
import { Dialog } from "../components/Dialog.tsx";
import { formatLocalDay, vnToday } from "../lib/format.ts";
import { useLoad } from "../lib/hooks.ts";

const kindLabel: Record<HolidayKind, string> = {
  HOLIDAY: "Ngày lễ",
  COMPENSATORY: "Nghỉ bù",
  SWAPPED_OFF: "Nghỉ hoán đổi",
  MAKEUP_WORKDAY: "Làm bù",
};
const statusLabel: Record<HolidayStatus, string> = { OFFICIAL: "Chính thức", PROVISIONAL: "Dự kiến" };
const sourceLabel: Record<HolidayEntry["source"], string> = { bundled: "Có sẵn", override: "Đã chỉnh" };
const weekdayNames = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

type Editing = { date: string; isNew: boolean; entry: HolidayEntryInput };

/** The calendar appointment dates are counted with; only managers reach this screen (App.tsx). */
export function Holidays() {
  const thisYear = Number(vnToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const list = useLoad(String(year), (signal) => api.listHolidays(year, signal));
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removing, setRemoving] = useState<HolidayEntry | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // Last year for late corrections, the next two for the government's announcements ahead of time.
  const years = Array.from({ length: 4 }, (_, i) => thisYear - 1 + i);

  const done = (message: string, date: string) => {
    setEditing(null);
    setRemoving(null);
    setSaved(message);
    const changedYear = Number(date.slice(0, 4));
    if (changedYear === year) list.reload();
    else setYear(changedYear);
  };

  return (
    <section aria-labelledby="holidays-title">
      <h1 id="holidays-title">Lịch nghỉ lễ, Tết</h1>
      <p className="alert alert-info">
        Lịch dùng để tính ngày hẹn trả kết quả. Thay đổi áp dụng ngay cho các hồ sơ tiếp nhận sau đó; ngày hẹn đã ghi trên phiếu không đổi.
      </p>
      <div className="filters">
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
        <button
          type="button"
          className="button button-primary"
          onClick={() => setEditing({ date: "", isNew: true, entry: { kind: "HOLIDAY", name: "", status: "OFFICIAL" } })}
        >
          Thêm ngày
        </button>
      </div>
      {saved && <Alert tone="success">{saved}</Alert>}
      <ErrorAlert error={list.error} />
      {list.data && !list.data.covered && (
        <p className="empty">Chưa có lịch nghỉ cho năm {year}; hệ thống tạm tính thứ Hai đến thứ Sáu là ngày làm việc.</p>
      )}
      {list.data && list.data.items.length > 0 && (
        <table className="table" aria-busy={list.loading}>
          <thead>
            <tr>
              <th scope="col">Ngày</th>
              <th scope="col">Thứ</th>
              <th scope="col">Tên</th>
              <th scope="col">Loại</th>
              <th scope="col">Tình trạng</th>
              <th scope="col">Nguồn</th>
              <th scope="col">
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((e) => (
              <tr key={e.date}>
                <td>{formatLocalDay(e.date)}</td>
                <td>{weekdayNames[weekday(localDate(e.date))]}</td>
                <td>{e.name}</td>
                <td>{kindLabel[e.kind]}</td>
                <td>{statusLabel[e.status]}</td>
                <td>{sourceLabel[e.source]}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    aria-label={`Sửa ngày ${formatLocalDay(e.date)}`}
                    onClick={() => setEditing({ date: e.date, isNew: false, entry: { kind: e.kind, name: e.name, status: e.status } })}
                  >
                    Sửa
                  </button>{" "}
                  <button type="button" className="button button-danger-outline" aria-label={`Bỏ ngày ${formatLocalDay(e.date)}`} onClick={() => setRemoving(e)}>
                    Bỏ
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <EditDialog editing={editing} onClose={() => setEditing(null)} onSaved={(date) => done(`Đã lưu ngày ${formatLocalDay(date)}.`, date)} />
      )}
      {removing && (
        <RemoveDialog entry={removing} onClose={() => setRemoving(null)} onRemoved={() => done(`Đã bỏ ngày ${formatLocalDay(removing.date)} khỏi lịch.`, removing.date)} />
      )}
    </section>
  );
}

/** Two steps: the form, then a summary to confirm, since a wrong day shifts every appointment date. */
function EditDialog({ editing, onClose, onSaved }: { editing: Editing; onClose: () => void; onSaved: (date: string) => void }) {
  const [date, setDate] = useState(editing.date);
  const [entry, setEntry] = useState(editing.entry);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.saveHoliday(date, entry);
      onSaved(date);
    } catch (err) {
      setError(err);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={editing.isNew ? "Thêm ngày vào lịch nghỉ" : `Sửa ngày ${formatLocalDay(editing.date)}`}
      onClose={onClose}
      onSubmit={() => (confirming ? void save() : setConfirming(true))}
      submitLabel={confirming ? "Xác nhận lưu" : "Tiếp tục"}
      busy={busy}
    >
      <ErrorAlert error={error} />
      {confirming ? (
        <p>
          {kindLabel[entry.kind]} ({statusLabel[entry.status].toLowerCase()}) ngày <strong>{formatLocalDay(date)}</strong>: {entry.name}. Ngày hẹn trả của
          hồ sơ tiếp nhận từ bây giờ sẽ tính theo lịch mới.
        </p>
      ) : (
        <>
          <label className="field">
            <span>Ngày</span>
            <input type="date" required readOnly={!editing.isNew} value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label className="field">
            <span>Loại</span>
            <select value={entry.kind} onChange={(e) => setEntry({ ...entry, kind: e.target.value as HolidayKind })}>
              {Object.entries(kindLabel).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Tên hiển thị</span>
            <input required maxLength={200} value={entry.name} onChange={(e) => setEntry({ ...entry, name: e.target.value })} />
          </label>
          <label className="field">
            <span>Tình trạng</span>
            <select value={entry.status} onChange={(e) => setEntry({ ...entry, status: e.target.value as HolidayStatus })}>
              {Object.entries(statusLabel).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <p className="muted">Làm bù chỉ vào thứ Bảy, Chủ nhật; nghỉ bù, nghỉ hoán đổi chỉ vào ngày trong tuần.</p>
        </>
      )}
    </Dialog>
  );
}

function RemoveDialog({ entry, onClose, onRemoved }: { entry: HolidayEntry; onClose: () => void; onRemoved: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.removeHoliday(entry.date);
      onRemoved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Bỏ ngày ${formatLocalDay(entry.date)} khỏi lịch?`} onClose={onClose} onSubmit={() => void remove()} submitLabel="Bỏ ngày này" danger busy={busy}>
      <ErrorAlert error={error} />
      <p>
        {kindLabel[entry.kind]}: {entry.name}.{" "}
        {entry.kind === "MAKEUP_WORKDAY" ? "Ngày này sẽ không còn là ngày làm việc." : "Ngày này sẽ được tính là ngày làm việc nếu rơi vào thứ Hai đến thứ Sáu."}
      </p>
    </Dialog>
  );
}
