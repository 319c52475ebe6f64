import "./service-requests.css";
import { useState } from "react";
import {
  consultingTopicLabel,
  dayPeriodLabel,
  serviceRequestKindLabel,
  type DeskServiceRequestDetail,
  type OfficerServiceAction,
} from "@motcua/contracts";
import { Alert, ErrorAlert } from "../components/Alert.tsx";
import { EventTimeline } from "../components/EventTimeline.tsx";
import { formatDateTime, formatLocalDay, formatMoney } from "../lib/format.ts";
import { href } from "../lib/router.ts";
import { useRecordScreen } from "../lib/hooks.ts";
import { ServiceActionDialog } from "./ServiceActionDialog.tsx";
import { getServiceRequest } from "./service-requests-api.ts";
import { eventName, serviceActionLabel, subjectOf } from "./service-labels.ts";
import { FileLinks, ResultFiles } from "./ServiceFiles.tsx";
import { ServiceChip } from "./ServiceRequestList.tsx";

const done: Record<OfficerServiceAction, string> = {
  quote: "Đã gửi báo giá; người gửi sẽ được thông báo.",
  schedule: "Đã hẹn lịch; người gửi sẽ được thông báo.",
  start: "Đã bắt đầu thực hiện.",
  complete: "Đã hoàn thành; người gửi sẽ được thông báo và xem được kết quả.",
  reject: "Đã ghi nhận không thực hiện; người gửi sẽ được thông báo.",
};

/** One request: what the citizen asked, whom to call, the quote or the appointment, the results, the trail, the next steps. */
export function ServiceRequestScreen({ code }: { code: string }) {
  const { record: item, setRecord: setItem, error, notice, setNotice, noticeRef } = useRecordScreen(code, () => getServiceRequest(code));
  const [acting, setActing] = useState<OfficerServiceAction | null>(null);

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
        <ServiceActionDialog
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
