import "./feedback.css";
import { useEffect, useState } from "react";
import { feedbackCategories, feedbackCategoryLabel, type DeskFeedbackDetail, type FeedbackAction, type FeedbackCategory } from "@motcua/contracts";
import * as api from "../api.ts";
import { Alert, ErrorAlert } from "../components/Alert.tsx";
import { Dialog } from "../components/Dialog.tsx";
import { ActionsCard } from "../components/ActionsCard.tsx";
import { EventTimeline } from "../components/EventTimeline.tsx";
import { Fact } from "../components/Fact.tsx";
import { RecordHead } from "../components/RecordHead.tsx";
import { OverdueBadge } from "../components/StatusChip.tsx";
import { formatDate, formatDateTime, formatSize } from "../lib/format.ts";
import { useLoad, useRecordScreen, useStepDialog } from "../lib/hooks.ts";
import { href } from "../lib/router.ts";
import { actionName, feedbackActionLabel } from "./feedback-labels.ts";
import { FeedbackChip } from "./FeedbackList.tsx";

const done: Record<FeedbackAction, string> = {
  triage: "Đã tiếp nhận xử lý.",
  assign: "Đã chuyển phản ánh cho cơ quan khác.",
  answer: "Đã trả lời; người gửi sẽ được thông báo.",
  dismiss: "Đã ghi nhận không xử lý; người gửi sẽ được thông báo.",
  publish: "Đã công khai câu hỏi và câu trả lời.",
  unpublish: "Đã thôi công khai.",
};

/** One feedback: what the citizen wrote and sent, who sent it (unless anonymous), the trail, and the next steps. */
export function FeedbackScreen({ code }: { code: string }) {
  const { record: item, error, notice, noticeRef, applyStep } = useRecordScreen(code, () => api.getFeedback(code));
  const step = useStepDialog(done, applyStep);

  if (!item) return error ? <ErrorAlert error={error} /> : <p className="muted">Đang tải phản ánh…</p>;

  return (
    <article aria-labelledby="feedback-item-title">
      <RecordHead
        backHref={href({ name: "feedback", overdue: false, page: 1 })}
        backLabel="Phản ánh, kiến nghị"
        titleId="feedback-item-title"
        code={item.code}
        summary={
          <>
            {feedbackCategoryLabel[item.category].vi} · {item.agency.name}
          </>
        }
        status={
          <>
            <FeedbackChip status={item.status} /> {item.overdue && <OverdueBadge />}
          </>
        }
      />
      <div ref={noticeRef} tabIndex={-1}>
        {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      </div>
      <dl className="summary">
        <div>
          <dt>Nhận lúc</dt>
          <dd>{formatDateTime(item.createdAt)}</dd>
        </div>
        <div>
          <dt>Hạn trả lời</dt>
          <dd className={item.overdue ? "text-danger" : undefined}>{formatDate(item.dueAt)}</dd>
        </div>
        {item.answeredAt && (
          <div>
            <dt>Trả lời lúc</dt>
            <dd>{formatDateTime(item.answeredAt)}</dd>
          </div>
        )}
      </dl>
      <div className="detail-grid">
        <div className="detail-main">
          <section className="card" aria-labelledby="feedback-text-title">
            <h2 id="feedback-text-title">Nội dung phản ánh</h2>
            {item.procedure && (
              <p className="muted">
                Thủ tục: {item.procedure.name} ({item.procedure.code})
              </p>
            )}
            <p className="preserve-lines">{item.text}</p>
            {item.photos.length > 0 && <Photos item={item} />}
          </section>
          {item.answer && (
            <section className="card" aria-labelledby="feedback-answer-title">
              <h2 id="feedback-answer-title">Trả lời</h2>
              <p className="preserve-lines">{item.answer.text}</p>
            </section>
          )}
          {item.status === "DISMISSED" && item.dismissReason && (
            <section className="card">
              <h2>Lý do không xử lý</h2>
              <p className="preserve-lines">{item.dismissReason}</p>
            </section>
          )}
          {item.publication && (
            <section className="card" aria-labelledby="feedback-publication-title">
              <h2 id="feedback-publication-title">Nội dung đang công khai</h2>
              <p className="muted small">Công khai lúc {formatDateTime(item.publication.publishedAt)}</p>
              <h3>Câu hỏi</h3>
              <p className="preserve-lines">{item.publication.question}</p>
              <h3>Trả lời</h3>
              <p className="preserve-lines">{item.publication.answer}</p>
            </section>
          )}
        </div>
        <div className="detail-side">
          <ActionsCard
            id="feedback-actions-title"
            actions={item.allowedActions}
            noneLeft="Phản ánh đã xử lý xong."
            toneOf={(action) => (action === "answer" ? "primary" : action === "dismiss" || action === "unpublish" ? "danger" : "plain")}
            labelOf={(action) => (action === "publish" && item.published ? "Sửa nội dung công khai" : feedbackActionLabel[action])}
            onPick={step.open}
          >
            {item.status === "ANSWERED" && !item.publishConsent && <p className="muted small">Người gửi không đồng ý công khai phản ánh này.</p>}
          </ActionsCard>
          <section className="card" aria-labelledby="feedback-sender-title">
            <h2 id="feedback-sender-title">Người gửi</h2>
            {item.sender ? (
              <dl className="facts">
                <Fact label="Họ tên (Zalo)">{item.sender.name ?? "—"}</Fact>
                <Fact label="Điện thoại liên hệ">{item.contactPhone ?? item.sender.phone ?? "—"}</Fact>
                <Fact label="Đồng ý công khai">{item.publishConsent ? "Có" : "Không"}</Fact>
              </dl>
            ) : (
              <p>Gửi ẩn danh: không hiển thị thông tin người gửi.</p>
            )}
          </section>
          <EventTimeline id="feedback-timeline-title" events={item.timeline} nameOf={actionName} placeOf={(e) => e.agency.name} />
        </div>
      </div>
      {step.acting && <ActionDialog item={item} action={step.acting} onClose={step.close} onDone={step.finish} />}
    </article>
  );
}

/** The citizen's photos, fetched with the bearer token into blob URLs that are let go on leaving. */
function Photos({ item }: { item: DeskFeedbackDetail }) {
  const [urls, setUrls] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  // The photos never change once sent: a new detail after an action must not fetch them again.
  const photoKey = item.photos.map((p) => p.uploadId).join(",");
  useEffect(() => {
    let live = true;
    const made: string[] = [];
    for (const photo of item.photos) {
      api.fetchFeedbackPhoto(item.code, photo.uploadId).then(
        (blob) => {
          const url = URL.createObjectURL(blob);
          made.push(url);
          if (live) setUrls((current) => ({ ...current, [photo.uploadId]: url }));
        },
        (err: unknown) => live && setError(err),
      );
    }
    return () => {
      live = false;
      made.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [item.code, photoKey]);
  return (
    <>
      <h3>Ảnh kèm theo</h3>
      <ErrorAlert error={error} />
      <ul className="feedback-photos">
        {item.photos.map((photo, i) => (
          <li key={photo.uploadId}>
            {urls[photo.uploadId] ? (
              <a href={urls[photo.uploadId]} target="_blank" rel="noreferrer">
                <img src={urls[photo.uploadId]} alt={`Ảnh ${i + 1} của phản ánh ${item.code}`} />
              </a>
            ) : (
              <span className="muted small">Đang tải ảnh…</span>
            )}
            <span className="muted small">
              {photo.displayName} · {formatSize(photo.size)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

interface ActionDialogProps {
  item: DeskFeedbackDetail;
  action: FeedbackAction;
  onClose: () => void;
  onDone: (next: DeskFeedbackDetail) => void;
}

function ActionDialog({ item, action, onClose, onDone }: ActionDialogProps) {
  const [category, setCategory] = useState<FeedbackCategory>(item.category);
  const [agencyCode, setAgencyCode] = useState("");
  // Publishing starts from the citizen's own words (or the wording already public), to be edited.
  const [text, setText] = useState(action === "publish" ? (item.publication?.question ?? item.text) : "");
  const [publicAnswer, setPublicAnswer] = useState(item.publication?.answer ?? item.answer?.text ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const agencies = useLoad(`agencies:${action}`, () => (action === "assign" ? api.listAgencies() : Promise.resolve([])));

  const body = (): object => {
    switch (action) {
      case "triage":
        return { category, ...(text.trim() ? { note: text } : {}) };
      case "assign":
        return { agencyCode, ...(text.trim() ? { note: text } : {}) };
      case "answer":
        return { answer: text };
      case "dismiss":
        return { reason: text };
      case "publish":
        return { question: text, answer: publicAnswer };
      case "unpublish":
        return {};
    }
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await api.feedbackAction(item.code, action, body()));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const title = action === "publish" && item.published ? "Sửa nội dung công khai" : feedbackActionLabel[action];
  return (
    <Dialog title={`${title}: ${item.code}`} onClose={onClose} onSubmit={() => void submit()} submitLabel={title} busy={busy} wide={action === "publish" || action === "answer"} danger={action === "dismiss" || action === "unpublish"}>
      <ErrorAlert error={error} />
      {action === "triage" && (
        <label className="field">
          <span>Loại phản ánh</span>
          <select value={category} onChange={(e) => setCategory(e.target.value as FeedbackCategory)}>
            {feedbackCategories.map((c) => (
              <option key={c} value={c}>
                {feedbackCategoryLabel[c].vi}
              </option>
            ))}
          </select>
        </label>
      )}
      {action === "assign" && (
        <label className="field">
          <span>Cơ quan nhận xử lý</span>
          <select required value={agencyCode} onChange={(e) => setAgencyCode(e.target.value)}>
            <option value="">Chọn cơ quan</option>
            {(agencies.data ?? [])
              .filter((a) => a.code !== item.agency.code)
              .map((a) => (
                <option key={a.code} value={a.code}>
                  {a.name}
                </option>
              ))}
          </select>
        </label>
      )}
      {action === "unpublish" ? (
        <p>Câu hỏi và câu trả lời sẽ không còn hiển thị trong mục hỏi đáp công khai của ứng dụng.</p>
      ) : (
        <label className="field">
          <span>
            {action === "answer"
              ? "Nội dung trả lời (gửi đến người phản ánh)"
              : action === "dismiss"
                ? "Lý do không xử lý (người gửi sẽ đọc)"
                : action === "publish"
                  ? "Câu hỏi công khai"
                  : "Ghi chú (không bắt buộc)"}
          </span>
          <textarea rows={action === "publish" || action === "answer" ? 8 : 3} required={action !== "triage" && action !== "assign"} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
      )}
      {action === "publish" && (
        <>
          <label className="field">
            <span>Câu trả lời công khai</span>
            <textarea rows={6} required value={publicAnswer} onChange={(e) => setPublicAnswer(e.target.value)} />
          </label>
          <p className="alert alert-info">
            Bỏ họ tên, số điện thoại, địa chỉ và mọi thông tin nhận diện người gửi trước khi công khai. Hệ thống tự che thêm số điện thoại, số định danh và địa chỉ
            thư điện tử còn sót.
          </p>
        </>
      )}
    </Dialog>
  );
}
