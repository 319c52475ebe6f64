import { useState } from "react";
import type { Address, DeskDossierDetail } from "@motcua/contracts";
import * as api from "../api.ts";
import { Alert, messageOf } from "../components/Alert.tsx";
import { Dialog } from "../components/Dialog.tsx";
import { Fact } from "../components/Fact.tsx";
import { formatLocalDay } from "../lib/format.ts";
import { ApiError } from "../lib/http.ts";
import { useAddressText } from "../lib/places.ts";

function AddressText({ address }: { address: Address }) {
  return <>{useAddressText(address)}</>;
}

export function ApplicantSection({ dossier }: { dossier: DeskDossierDetail }) {
  const { applicant, delivery, pickup } = dossier;
  return (
    <section className="card" aria-labelledby="applicant-title">
      <h2 id="applicant-title">Người nộp hồ sơ</h2>
      <dl className="facts">
        <Fact label="Họ và tên">{applicant.fullName}</Fact>
        <Fact label="Số CCCD">
          <IdNumber dossierId={dossier.id} masked={applicant.idNumberMasked} />
        </Fact>
        <Fact label="Ngày sinh">{formatLocalDay(applicant.dateOfBirth)}</Fact>
        <Fact label="Điện thoại">{applicant.phone}</Fact>
        {applicant.email && <Fact label="Thư điện tử">{applicant.email}</Fact>}
        <Fact label="Địa chỉ">
          <AddressText address={applicant.address} />
        </Fact>
        <Fact label="Nhận kết quả">
          {delivery.method === "counter" ? (
            "Trực tiếp tại bộ phận một cửa"
          ) : (
            <>
              Qua bưu điện: {delivery.address.recipient} ({delivery.address.phone}), <AddressText address={delivery.address} />
            </>
          )}
        </Fact>
        {pickup && (
          <Fact label="Thu gom hồ sơ giấy">
            {pickup.address.recipient} ({pickup.address.phone}), <AddressText address={pickup.address} />
            {pickup.note && <div className="muted small">{pickup.note}</div>}
          </Fact>
        )}
      </dl>
    </section>
  );
}

/** The full number only on request and with a reason: every reveal is written to the audit log. */
function IdNumber({ dossierId, masked }: { dossierId: string; masked: string }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [revealed, setRevealed] = useState<string | null>(null);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      setRevealed((await api.revealId(dossierId, reason)).idNumber);
      setAsking(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (revealed) {
    return (
      <>
        <span className="code">{revealed}</span>
        <div className="muted small" role="status">
          Lượt xem số CCCD đầy đủ này đã được ghi nhật ký.
        </div>
      </>
    );
  }
  const reasonError = error instanceof ApiError ? error.fieldMessage("reason") : undefined;
  return (
    <>
      <span className="code">{masked}</span>{" "}
      <button type="button" className="button button-small" onClick={() => setAsking(true)}>
        Hiện số CCCD
      </button>
      {asking && (
        <Dialog title="Xem đầy đủ số CCCD" onClose={() => setAsking(false)} onSubmit={submit} submitLabel="Hiện số CCCD" busy={busy}>
          <p>Số CCCD là dữ liệu cá nhân. Lượt xem được ghi nhật ký cùng tên cán bộ và lý do.</p>
          {error !== null && !reasonError && <Alert>{messageOf(error)}</Alert>}
          <div className="field">
            <label htmlFor="reveal-reason">Lý do xem</label>
            <textarea
              id="reveal-reason"
              rows={2}
              required
              minLength={5}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? "reveal-reason-error" : undefined}
            />
            {reasonError && (
              <span className="field-error" id="reveal-reason-error">
                {reasonError}
              </span>
            )}
          </div>
        </Dialog>
      )}
    </>
  );
}
