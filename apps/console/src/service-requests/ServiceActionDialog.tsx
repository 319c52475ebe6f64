import { useState } from "react";
import { quoteTotal, type DeskServiceRequestDetail, type OfficerServiceAction } from "@motcua/contracts";
import { ErrorAlert } from "../components/Alert.tsx";
import { Dialog } from "../components/Dialog.tsx";
import { formatMoney } from "../lib/format.ts";
import { serviceRequestAction } from "./service-requests-api.ts";
import { serviceActionLabel } from "./service-labels.ts";

interface ServiceActionDialogProps {
  item: DeskServiceRequestDetail;
  action: OfficerServiceAction;
  onClose: () => void;
  onDone: (next: DeskServiceRequestDetail) => void;
}

export function ServiceActionDialog({ item, action, onClose, onDone }: ServiceActionDialogProps) {
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
