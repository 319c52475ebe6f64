import "./appointments.css";
import { useRef, useState, type FormEvent } from "react";
import { appointmentStatusLabel, type DeskAppointment } from "@motcua/contracts";
import * as api from "../api.ts";
import { Alert, ErrorAlert } from "../components/Alert.tsx";
import { formatDateTime, formatLocalDay, vnToday } from "../lib/format.ts";
import { useLoad } from "../lib/hooks.ts";
import { navigate } from "../lib/router.ts";
import { ScheduleEditor } from "./ScheduleEditor.tsx";

const tone: Record<DeskAppointment["status"], string> = { BOOKED: "new", CHECKED_IN: "done", CANCELLED: "closed" };

/**
 * The counter's day: who booked which time, and checking people in by the ticket's code (typed, or
 * scanned by a reader that types it followed by Enter). Managers also set the slots.
 */
export function Appointments({ date, manager }: { date: string | undefined; manager: boolean }) {
  const today = vnToday();
  const day = date ?? today;
  const list = useLoad(`appointments:${day}`, (signal) => api.appointmentsOf(day, signal));
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  const checkIn = async (ticketCode: string) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const who = await api.checkIn(ticketCode);
      setDone(`Đã ghi nhận ${who.citizenName ?? "người dân"} đến quầy (lịch hẹn ${who.code}, ${who.start}–${who.end}).`);
      setCode("");
      list.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      codeRef.current?.focus();
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim() && !busy) void checkIn(code.trim());
  };

  const items = list.data?.items ?? [];
  return (
    <section aria-labelledby="appointments-title">
      <div className="screen-head">
        <h1 id="appointments-title">Lịch hẹn tại quầy</h1>
        <button type="button" className="button" onClick={list.reload} disabled={list.loading}>
          Làm mới
        </button>
      </div>
      {day === today && (
        <form className="filters checkin-form" onSubmit={submit} aria-label="Ghi nhận đến quầy">
          <label className="field field-grow">
            <span>Mã lịch hẹn (quét mã QR hoặc gõ mã)</span>
            <input ref={codeRef} value={code} onChange={(e) => setCode(e.target.value)} placeholder="LH-XXXX-XXXX" autoComplete="off" />
          </label>
          <button type="submit" className="button button-primary" disabled={busy || !code.trim()}>
            Ghi nhận đến quầy
          </button>
        </form>
      )}
      {done && <Alert tone="success">{done}</Alert>}
      <ErrorAlert error={error} />
      <div className="filters">
        <label className="field field-inline">
          <span>Ngày</span>
          <input type="date" value={day} onChange={(e) => e.target.value && navigate({ name: "appointments", date: e.target.value }, { replace: true })} />
        </label>
        {day !== today && (
          <button type="button" className="button" onClick={() => navigate({ name: "appointments" }, { replace: true })}>
            Hôm nay
          </button>
        )}
      </div>
      <ErrorAlert error={list.error} />
      {list.data && (
        <>
          <p>
            {formatLocalDay(list.data.date)} · {list.data.agency.name}: <strong>{list.data.totals.booked}</strong> chờ đến, <strong>{list.data.totals.checkedIn}</strong> đã đến,{" "}
            {list.data.totals.cancelled} đã hủy.
            {!list.data.isWorkingDay && <span className="muted"> Ngày này không phải ngày làm việc.</span>}
          </p>
          {items.length === 0 ? (
            <p className="empty">Không có lịch hẹn nào trong ngày này.</p>
          ) : (
            <table className="table" aria-busy={list.loading}>
              <thead>
                <tr>
                  <th scope="col">Giờ</th>
                  <th scope="col">Mã</th>
                  <th scope="col">Người đặt</th>
                  <th scope="col">Việc cần làm</th>
                  <th scope="col">Trạng thái</th>
                  <th scope="col">
                    <span className="visually-hidden">Thao tác</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((a) => (
                  <tr key={a.id} className={a.status === "CHECKED_IN" ? "row-done" : undefined}>
                    <td>
                      {a.start}–{a.end}
                    </td>
                    <td className="code">{a.code}</td>
                    <td>
                      {a.citizenName ?? "—"}
                      {a.citizenPhone && <div className="muted small">{a.citizenPhone}</div>}
                    </td>
                    <td>
                      {a.procedure?.name}
                      {a.note && <div className="muted small">{a.note}</div>}
                    </td>
                    <td>
                      <span className={`chip chip-${tone[a.status]}`}>{appointmentStatusLabel[a.status].vi}</span>
                      {a.checkedInAt && <div className="muted small">{formatDateTime(a.checkedInAt)}</div>}
                    </td>
                    <td>
                      {a.status === "BOOKED" && day === today && (
                        <button type="button" className="button button-small" disabled={busy} onClick={() => void checkIn(a.code)}>
                          Ghi nhận đến<span className="visually-hidden"> {a.citizenName ?? a.code}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {manager && <ScheduleEditor />}
    </section>
  );
}
