import { useRef, useState } from "react";
import { TRANSLATION_MAX_RESULT_FILES, type DeskServiceRequestDetail, type ServiceRequestFile } from "@motcua/contracts";
import { ErrorAlert } from "../components/Alert.tsx";
import { formatSize } from "../lib/format.ts";
import { addResultFile, fetchServiceFile, removeResultFile } from "./service-requests-api.ts";

/** Each file fetched with the bearer token on demand, then handed to the browser as a download. */
export function FileLinks({ code, files, onRemove }: { code: string; files: ServiceRequestFile[]; onRemove?: (file: ServiceRequestFile) => void }) {
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
export function ResultFiles({ item, onChange }: { item: DeskServiceRequestDetail; onChange: (next: DeskServiceRequestDetail, text: string) => void }) {
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
