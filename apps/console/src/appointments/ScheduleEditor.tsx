import { useEffect, useState } from "react";
import { AppointmentSchedule, slotTimes, type ScheduleWindow } from "@motcua/contracts";
import * as api from "../api.ts";
import { Alert, ErrorAlert } from "../components/Alert.tsx";
import { useLoad } from "../lib/hooks.ts";

const SLOT_MINUTES = [15, 20, 30, 45, 60] as const;
type SlotMinutes = (typeof SLOT_MINUTES)[number];
const MAX_WINDOWS = 4;

/** The agency's counter hours, slot length and places per slot; the preview shows the slots citizens will see. */
export function ScheduleEditor() {
  const current = useLoad("appointment-schedule", () => api.appointmentSchedule());
  const [slotMinutes, setSlotMinutes] = useState<SlotMinutes>(30);
  const [capacity, setCapacity] = useState(5);
  const [windows, setWindows] = useState<ScheduleWindow[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!current.data) return;
    setSlotMinutes(current.data.schedule.slotMinutes);
    setCapacity(current.data.schedule.capacity);
    setWindows(current.data.schedule.windows);
  }, [current.data]);

  const candidate = { slotMinutes, capacity, windows };
  const checked = AppointmentSchedule.safeParse(candidate);

  const save = async () => {
    setSaved(false);
    setError(null);
    if (!checked.success) {
      setInvalid(checked.error.issues[0]?.message ?? "Khung giờ chưa hợp lệ.");
      return;
    }
    setInvalid(null);
    setBusy(true);
    try {
      await api.saveAppointmentSchedule(checked.data);
      setSaved(true);
      current.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const setWindow = (i: number, patch: Partial<ScheduleWindow>) => setWindows(windows.map((w, j) => (j === i ? { ...w, ...patch } : w)));

  if (!current.data) return <ErrorAlert error={current.error} />;
  return (
    <section className="card schedule-editor" aria-labelledby="schedule-title">
      <h2 id="schedule-title">Khung giờ nhận lịch hẹn</h2>
      <p className="muted">
        {current.data.custom ? "Cơ quan đang dùng khung giờ riêng." : "Cơ quan đang dùng khung giờ mặc định."} Đổi số chỗ áp dụng cho cả các khung đã có người đặt (không
        ít hơn số đã đặt).
      </p>
      <div className="schedule-window">
        <label className="field">
          <span>Mỗi khung (phút)</span>
          <select value={slotMinutes} onChange={(e) => setSlotMinutes(Number(e.target.value) as SlotMinutes)}>
            {SLOT_MINUTES.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Số chỗ mỗi khung</span>
          <input type="number" min={1} max={200} value={capacity} onChange={(e) => setCapacity(Number(e.target.value))} />
        </label>
      </div>
      {windows.map((w, i) => (
        <fieldset key={i} className="list-input">
          <legend>Buổi {i + 1}</legend>
          <div className="schedule-window">
            <label className="field">
              <span>Từ</span>
              <input type="time" value={w.start} onChange={(e) => setWindow(i, { start: e.target.value })} />
            </label>
            <label className="field">
              <span>Đến</span>
              <input type="time" value={w.end} onChange={(e) => setWindow(i, { end: e.target.value })} />
            </label>
            {windows.length > 1 && (
              <button type="button" className="button button-danger-outline" onClick={() => setWindows(windows.filter((_, j) => j !== i))}>
                Bỏ buổi {i + 1}
              </button>
            )}
          </div>
        </fieldset>
      ))}
      {windows.length < MAX_WINDOWS && (
        <button type="button" className="button" onClick={() => setWindows([...windows, { start: "13:30", end: "16:30" }])}>
          Thêm buổi
        </button>
      )}
      <p className="muted small">
        {checked.success ? `Người dân sẽ thấy ${slotTimes(checked.data).length} khung giờ mỗi ngày làm việc.` : "Khung giờ chưa hợp lệ."}
      </p>
      {invalid && <Alert>{invalid}</Alert>}
      {saved && <Alert tone="success">Đã lưu khung giờ.</Alert>}
      <ErrorAlert error={error} />
      <button type="button" className="button button-primary" disabled={busy} onClick={() => void save()}>
        Lưu khung giờ
      </button>
    </section>
  );
}
