import { useEffect, useState } from "react";
import type { DeskDossierDetail, ProcedureDetail } from "@motcua/contracts";
import * as api from "../api.ts";
import { ErrorAlert } from "../components/Alert.tsx";
import { formatSize } from "../lib/format.ts";

type Document = DeskDossierDetail["documents"][number];

const kindLabel: Record<string, string> = { pdf: "PDF", jpeg: "Ảnh JPEG", png: "Ảnh PNG", heic: "Ảnh HEIC" };

export function AttachmentsSection({ documents, procedure }: { documents: Document[]; procedure: ProcedureDetail | undefined }) {
  const [open, setOpen] = useState<string | null>(null);
  const names = new Map(procedure?.requirements.map((r) => [r.id, r.name]) ?? []);
  const groups = new Map<string, Document[]>();
  for (const d of documents) groups.set(d.requirementId, [...(groups.get(d.requirementId) ?? []), d]);
  return (
    <section className="card" aria-labelledby="attachments-title">
      <h2 id="attachments-title">Giấy tờ đính kèm</h2>
      {documents.length === 0 && <p className="muted">Không có tệp đính kèm.</p>}
      {[...groups].map(([requirementId, files]) => (
        <div key={requirementId} className="attachment-group">
          <h3>{names.get(requirementId) ?? requirementId}</h3>
          <ul className="attachments">
            {files.map((file) => (
              <li key={file.uploadId}>
                <div className="attachment-row">
                  <span className="attachment-name">{file.displayName}</span>
                  <span className="muted small">
                    {kindLabel[file.kind] ?? file.kind} · {formatSize(file.size)}
                  </span>
                  <button
                    type="button"
                    className="button button-small"
                    aria-expanded={open === file.uploadId}
                    onClick={() => setOpen(open === file.uploadId ? null : file.uploadId)}
                  >
                    {open === file.uploadId ? "Đóng" : "Xem"}
                    <span className="visually-hidden"> {file.displayName}</span>
                  </button>
                </div>
                {open === file.uploadId && <AttachmentViewer file={file} />}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/**
 * The download route needs the bearer token, so the bytes come through fetch into a blob URL; the
 * URL is revoked when the viewer closes so a long shift does not pile up files in memory.
 */
function AttachmentViewer({ file }: { file: Document }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let objectUrl: string | null = null;
    let live = true;
    api.fetchUpload(file.uploadId).then(
      (blob) => {
        if (!live) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      },
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [file.uploadId]);

  if (error) return <ErrorAlert error={error} />;
  if (!url) return <p className="muted small">Đang tải tệp…</p>;
  return (
    <div className="viewer">
      {file.kind === "pdf" && <iframe src={url} title={file.displayName} className="viewer-pdf" />}
      {(file.kind === "jpeg" || file.kind === "png") && <img src={url} alt={file.displayName} className="viewer-image" />}
      {file.kind === "heic" && <p className="muted">Trình duyệt không hiển thị được ảnh HEIC; hãy tải về để xem.</p>}
      <div className="viewer-links">
        <a href={url} target="_blank" rel="noopener">
          Mở trong thẻ mới
        </a>
        <a href={url} download={file.displayName}>
          Tải về
        </a>
      </div>
    </div>
  );
}
