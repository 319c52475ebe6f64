import "./service-requests.css";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  consultingTopicLabel,
  dayPeriodLabel,
  quoteTotal,
  serviceRequestKindLabel,
  TRANSLATION_MAX_RESULT_FILES,
  type DeskServiceRequestDetail,
  type OfficerServiceAction,
  type ServiceRequestFile,
} from "@motcua/contracts";
import { Alert, ErrorAlert } from "../components/Alert.tsx";
import { Dialog } from "../components/Dialog.tsx";
import { EventTimeline } from "../components/EventTimeline.tsx";
import { formatDateTime, formatLocalDay, formatMoney, formatSize } from "../lib/format.ts";
import { href } from "../lib/router.ts";
import { addResultFile, fetchServiceFile, getServiceRequest, removeResultFile, serviceRequestAction } from "./service-requests-api.ts";
import { eventName, serviceActionLabel, subjectOf } from "./service-labels.ts";
import { ServiceChip } from "./ServiceRequestList.tsx";

type Notice = { tone: "success" | "error"; text: string };

const done: Record<OfficerServiceAction, string> = {
  quote: "Đã gửi báo giá; người gửi sẽ được thông báo.",
  schedule: "Đã hẹn lịch; người gửi sẽ được thông báo.",
  start: "Đã bắt đầu thực hiện.",
  complete: "Đã hoàn thành; người gửi sẽ được thông báo và xem được kết quả.",
  reject: "Đã ghi nhận không thực hiện; người gửi sẽ được thông báo.",
};

/** One request: what the citizen asked, whom to call, the quote or the appointment, the results, the trail, the next steps. */
export function ServiceRequestScreen({ code }: { code: string }) {
  const [item, setItem] = useState<DeskServiceRequestDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [acting, setActing] = useState<OfficerServiceAction | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const reload = useCallback(async () => {
    try {
      setItem(await getServiceRequest(code));
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [code]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  if (!item) return error ? <ErrorAlert error={error} /> : <p className="muted">Đang tải yêu cầu…</p>;

  return (
    <article aria-labelledby="service-request-title">
      <a className="back-link" href={href({ name: "serviceRequests", page: 1 })}>
        ← Tư vấn, dịch thuật
      </a>
      <div className="screen-head">
        <div>
          <h1 id="service-request-title" className="code">
            {item.code}
          </h1>
          <p className="muted">
            {serviceRequestKindLabel[item.kind].vi} · {subjectOf(item)}
          </p>
        </div>
        <div className="status-line">
          <ServiceChip status={item.status} />
        </div>
      </div>
      <div ref={noticeRef} tabIndex={-1}>
        {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      </div>
      <div className="detail-grid">
        <div className="detail-main">
          <Request item={item} />
          {item.quote && (
            <section className="card" aria-labelledby="service-quote-title">
              <h2 id="service-quote-title">Báo giá</h2>
              <p>
                {item.quote.pages} trang × {formatMoney(item.quote.pricePerPageVnd)}
                {item.quote.notarisationFeeVnd > 0 && ` + phí công chứng ${formatMoney(item.quote.notarisationFeeVnd)}`} = <strong>{formatMoney(item.quote.totalVnd)}</strong>
              </p>
              <p className="muted small">
                Báo giá lúc {formatDateTime(item.quote.quotedAt)}
                {item.status === "QUOTED" ? " · chờ người gửi đồng ý" : ""}
              </p>
              {item.quote.note && <p className="preserve-lines">{item.quote.note}</p>}
            </section>
          )}
          {item.schedule && (
            <section className="card" aria-labelledby="service-schedule-title">
              <h2 id="service-schedule-title">Lịch hẹn tư vấn</h2>
              <p>
                {item.schedule.time} ngày {formatLocalDay(item.schedule.date)} · {item.schedule.place}
              </p>
              {item.schedule.note && <p className="preserve-lines">{item.schedule.note}</p>}
            </section>
          )}
          {item.kind === "TRANSLATION" && (item.resultFilesEditable || item.resultFiles.length > 0) && (
            <ResultFiles
              item={item}
              onChange={(next, text) => {
                setItem(next);
                setNotice({ tone: "success", text });
              }}
            />
          )}
          {item.result?.text && (
            <section className="card" aria-labelledby="service-answer-title">
              <h2 id="service-answer-title">{item.kind === "CONSULTING" ? "Nội dung tư vấn" : "Ghi chú kèm kết quả"}</h2>
              <p className="preserve-lines">{item.result.text}</p>
            </section>
          )}
          {item.status === "REJECTED" && item.rejectReason && (
            <section className="card">
              <h2>Lý do không thực hiện</h2>
              <p className="preserve-lines">{item.rejectReason}</p>
            </section>
          )}
        </div>
        <div className="detail-side">
          <section className="card" aria-labelledby="service-actions-title">
            <h2 id="service-actions-title">Xử lý</h2>
            {item.allowedActions.length === 0 ? (
              <p className="muted">Không còn bước nào để làm.</p>
            ) : (
              <div className="action-buttons">
                {item.allowedActions.map((action) => (
                  <button
                    key={action}
                    type="button"
                    className={action === "complete" ? "button button-primary" : action === "reject" ? "button button-danger-outline" : "button"}
                    onClick={() => setActing(action)}
                  >
                    {action === "quote" && item.quote ? "Sửa báo giá" : action === "schedule" && item.schedule ? "Dời lịch hẹn" : serviceActionLabel[action]}
                  </button>
                ))}
              </div>
            )}
            {item.status === "QUOTED" && <p className="muted small">Chờ người gửi đồng ý báo giá trong ứng dụng.</p>}
          </section>
          <section className="card" aria-labelledby="service-contact-title">
            <h2 id="service-contact-title">Người liên hệ</h2>
            <dl className="facts">
              <div className="fact">
                <dt>Họ tên</dt>
                <dd>{item.contact.name}</dd>
              </div>
              <div className="fact">
                <dt>Điện thoại</dt>
                <dd>{item.contact.phone}</dd>
              </div>
              <div className="fact">
                <dt>Thư điện tử</dt>
                <dd>{item.contact.email ?? "—"}</dd>
              </div>
              <div className="fact">
                <dt>Tài khoản Zalo</dt>
                <dd>{item.sender?.name ?? "—"}</dd>
              </div>
            </dl>
          </section>
          <EventTimeline id="service-timeline-title" events={item.timeline} nameOf={eventName} />
        </div>
      </div>
      {acting && (
        <ActionDialog
          item={item}
          action={acting}
          onClose={() => setActing(null)}
          onDone={(next) => {
            setActing(null);
            setItem(next);
            setNotice({ tone: "success", text: done[acting] });
          }}
        />
      )}
    </article>
  );
}

/** What the citizen asked for, in their words, with their documents. */
function Request({ item }: { item: DeskServiceRequestDetail }) {
  return (
    <section className="card" aria-labelledby="service-ask-title">
      <h2 id="service-ask-title">Yêu cầu</h2>
      <p className="muted small">Gửi lúc {formatDateTime(item.createdAt)}</p>
      {item.consulting && (
        <>
          <p>
            <strong>Lĩnh vực:</strong> {consultingTopicLabel[item.consulting.topic].vi}
            {item.consulting.topicOther ? ` (${item.consulting.topicOther})` : ""}
          </p>
          <p>
            <strong>Thời gian mong muốn:</strong> {dayPeriodLabel[item.consulting.preferredPeriod].vi} ngày {formatLocalDay(item.consulting.preferredDate)}
          </p>
          <p className="preserve-lines">{item.consulting.question}</p>
        </>
      )}
      {item.translation && (
        <>
          <p>
            <strong>Ngôn ngữ:</strong> {subjectOf(item)} · <strong>Số trang (người gửi khai):</strong> {item.translation.pages} · <strong>Công chứng:</strong>{" "}
            {item.translation.notarised ? "Có" : "Không"}
          </p>
          {item.translation.note && <p className="preserve-lines">{item.translation.note}</p>}
          <h3>Giấy tờ cần dịch</h3>
          <FileLinks code={item.code} files={item.translation.documents} />
        </>
      )}
    </section>
  );
}

/** Each file fetched with the bearer token on demand, then handed to the browser as a download. */
function FileLinks({ code, files, onRemove }: { code: string; files: ServiceRequestFile[]; onRemove?: (file: ServiceRequestFile) => void }) {
  const [error, setError] = useState<unknown>(null);
  const download = async (file: ServiceRequestFile) => {
    setError(null);
    try {
      const url = URL.createObjectURL(await fetchServiceFile(code, file.uploadId));
      const link = document.createElement("a");
      link.href = url;
      link.download = file.displayName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (err) {
      setError(err);
    }
  };
  if (files.length === 0) return <p className="muted">Chưa có tệp.</p>;
  return (
    <>
      <ErrorAlert error={error} />
      <ul className="service-files">
        {files.map((file) => (
          <li key={file.uploadId}>
            <button type="button" className="link-button" onClick={() => void download(file)}>
              Tải về {file.displayName}
            </button>
            <span className="muted small">{formatSize(file.size)}</span>
            {onRemove && (
              <button type="button" className="button button-danger-outline" onClick={() => onRemove(file)}>
                Gỡ tệp
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The translated files: added one at a time while the work is in progress, shown to the citizen once completed. */
function ResultFiles({ item, onChange }: { item: DeskServiceRequestDetail; onChange: (next: DeskServiceRequestDetail, text: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);

  const run = async (work: () => Promise<DeskServiceRequestDetail>, text: string) => {
    setBusy(true);
    setError(null);
    try {
      onChange(await work(), text);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  };

  return (
    <section className="card" aria-labelledby="service-results-title">
      <h2 id="service-results-title">Tệp bản dịch</h2>
      <ErrorAlert error={error} />
      <FileLinks
        code={item.code}
        files={item.resultFiles}
        {...(item.resultFilesEditable ? { onRemove: (file: ServiceRequestFile) => void run(() => removeResultFile(item.code, file.uploadId), `Đã gỡ ${file.displayName}.`) } : {})}
      />
      {item.resultFilesEditable && item.resultFiles.length < TRANSLATION_MAX_RESULT_FILES && (
        <label className="field">
          <span>Thêm tệp (PDF hoặc ảnh; người gửi thấy khi hoàn thành)</span>
          <input
            ref={input}
            type="file"
            accept="application/pdf,image/jpeg,image/png,image/heic"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void run(() => addResultFile(item.code, file), `Đã thêm ${file.name}.`);
            }}
          />
        </label>
      )}
      {busy && <p className="muted small">Đang gửi tệp…</p>}
    </section>
  );
}

interface ActionDialogProps {
  item: DeskServiceRequestDetail;
  action: OfficerServiceAction;
  onClose: () => void;
  onDone: (next: DeskServiceRequestDetail) => void;
}

function ActionDialog({ item, action, onClose, onDone }: ActionDialogProps) {
  const [pages, setPages] = useState(String(item.quote?.pages ?? item.translation?.pages ?? 1));
  const [price, setPrice] = useState(String(item.quote?.pricePerPageVnd ?? ""));
  const [fee, setFee] = useState(String(item.quote?.notarisationFeeVnd ?? 0));
  const [date, setDate] = useState(item.schedule?.date ?? item.consulting?.preferredDate ?? "");
  const [time, setTime] = useState(item.schedule?.time ?? (item.consulting?.preferredPeriod === "AFTERNOON" ? "14:00" : "08:30"));
  const [place, setPlace] = useState(item.schedule?.place ?? "");
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const notarised = item.translation?.notarised ?? false;
  const optional = (value: string) => (value.trim() ? value : undefined);

  const body = (): object => {
    switch (action) {
      case "quote":
        return { pages: Number(pages), pricePerPageVnd: Number(price), notarisationFeeVnd: notarised ? Number(fee) : 0, ...(optional(text) ? { note: text } : {}) };
      case "schedule":
        return { date, time, place, ...(optional(text) ? { note: text } : {}) };
      case "start":
        return optional(text) ? { note: text } : {};
      case "complete":
        return optional(text) ? { answer: text } : {};
      case "reject":
        return { reason: text };
    }
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await serviceRequestAction(item.code, action, body()));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const total = quoteTotal({ pages: Number(pages) || 0, pricePerPageVnd: Number(price) || 0, notarisationFeeVnd: notarised ? Number(fee) || 0 : 0 });
  const textLabel =
    action === "complete"
      ? item.kind === "CONSULTING"
        ? "Nội dung tư vấn (gửi đến người hỏi)"
        : "Ghi chú kèm bản dịch (không bắt buộc)"
      : action === "reject"
        ? "Lý do không thực hiện (người gửi sẽ đọc)"
        : action === "quote"
          ? "Ghi chú báo giá (không bắt buộc)"
          : "Ghi chú (không bắt buộc)";
  const textRequired = action === "reject" || (action === "complete" && item.kind === "CONSULTING");

  return (
    <Dialog title={`${serviceActionLabel[action]}: ${item.code}`} onClose={onClose} onSubmit={() => void submit()} submitLabel={serviceActionLabel[action]} busy={busy} wide={action === "complete"} danger={action === "reject"}>
      <ErrorAlert error={error} />
      {action === "quote" && (
        <>
          <label className="field">
            <span>Số trang (đếm lại theo giấy tờ)</span>
            <input type="number" min={1} required value={pages} onChange={(e) => setPages(e.target.value)} />
          </label>
          <label className="field">
            <span>Đơn giá mỗi trang (đồng)</span>
            <input type="number" min={0} step={1000} required value={price} onChange={(e) => setPrice(e.target.value)} />
          </label>
          {notarised && (
            <label className="field">
              <span>Phí công chứng bản dịch (đồng)</span>
              <input type="number" min={0} step={1000} required value={fee} onChange={(e) => setFee(e.target.value)} />
            </label>
          )}
          <p>
            Tổng cộng: <strong>{formatMoney(total)}</strong>
          </p>
        </>
      )}
      {action === "schedule" && (
        <>
          <label className="field">
            <span>Ngày (ngày làm việc)</span>
            <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label className="field">
            <span>Giờ</span>
            <input type="time" required value={time} onChange={(e) => setTime(e.target.value)} />
          </label>
          <label className="field">
            <span>Địa điểm hoặc hình thức (quầy, phòng họp, gọi điện…)</span>
            <input required value={place} onChange={(e) => setPlace(e.target.value)} />
          </label>
        </>
      )}
      {action === "complete" && item.kind === "TRANSLATION" && (
        <p className="muted">Người gửi sẽ tải được {item.resultFiles.length} tệp bản dịch đã thêm.</p>
      )}
      <label className="field">
        <span>{textLabel}</span>
        <textarea rows={action === "complete" ? 8 : 3} required={textRequired} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
    </Dialog>
  );
}
