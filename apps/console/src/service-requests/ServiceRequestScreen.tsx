import "./service-requests.css";
import {
  consultingTopicLabel,
  dayPeriodLabel,
  serviceRequestKindLabel,
  type DeskServiceRequestDetail,
  type OfficerServiceAction,
} from "@motcua/contracts";
import { Alert, ErrorAlert } from "../components/Alert.tsx";
import { ActionsCard } from "../components/ActionsCard.tsx";
import { EventTimeline } from "../components/EventTimeline.tsx";
import { Fact } from "../components/Fact.tsx";
import { RecordHead } from "../components/RecordHead.tsx";
import { formatDateTime, formatLocalDay, formatMoney } from "../lib/format.ts";
import { href } from "../lib/router.ts";
import { useRecordScreen, useStepDialog } from "../lib/hooks.ts";
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
  const { record: item, error, notice, noticeRef, applyStep } = useRecordScreen(code, () => getServiceRequest(code));
  const step = useStepDialog(done, applyStep);

  if (!item) return error ? <ErrorAlert error={error} /> : <p className="muted">Đang tải yêu cầu…</p>;

  return (
    <article aria-labelledby="service-request-title">
      <RecordHead
        backHref={href({ name: "serviceRequests", page: 1 })}
        backLabel="Tư vấn, dịch thuật"
        titleId="service-request-title"
        code={item.code}
        summary={
          <>
            {serviceRequestKindLabel[item.kind].vi} · {subjectOf(item)}
          </>
        }
        status={<ServiceChip status={item.status} />}
      />
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
            <ResultFiles item={item} onChange={applyStep} />
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
          <ActionsCard
            id="service-actions-title"
            actions={item.allowedActions}
            noneLeft="Không còn bước nào để làm."
            toneOf={(action) => (action === "complete" ? "primary" : action === "reject" ? "danger" : "plain")}
            labelOf={(action) => (action === "quote" && item.quote ? "Sửa báo giá" : action === "schedule" && item.schedule ? "Dời lịch hẹn" : serviceActionLabel[action])}
            onPick={step.open}
          >
            {item.status === "QUOTED" && <p className="muted small">Chờ người gửi đồng ý báo giá trong ứng dụng.</p>}
          </ActionsCard>
          <section className="card" aria-labelledby="service-contact-title">
            <h2 id="service-contact-title">Người liên hệ</h2>
            <dl className="facts">
              <Fact label="Họ tên">{item.contact.name}</Fact>
              <Fact label="Điện thoại">{item.contact.phone}</Fact>
              <Fact label="Thư điện tử">{item.contact.email ?? "—"}</Fact>
              <Fact label="Tài khoản Zalo">{item.sender?.name ?? "—"}</Fact>
            </dl>
          </section>
          <EventTimeline id="service-timeline-title" events={item.timeline} nameOf={eventName} />
        </div>
      </div>
      {step.acting && <ServiceActionDialog item={item} action={step.acting} onClose={step.close} onDone={step.finish} />}
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
