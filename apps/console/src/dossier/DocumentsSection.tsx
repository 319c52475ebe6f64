import { useEffect, useRef, useState } from "react";
import type { DeskDossierDetail } from "@motcua/contracts";
import * as api from "../api.ts";
import { ErrorAlert } from "../components/Alert.tsx";
import { Dialog } from "../components/Dialog.tsx";

const documentTitles: Record<api.DocumentKind, string> = {
  receipt: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
  "supplement-request": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
  refusal: "Phiếu từ chối tiếp nhận hồ sơ",
  apology: "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
};

/** The letters this dossier has reached; the BFF answers 409 for the others. */
export function availableDocuments(d: Pick<DeskDossierDetail, "officialCode" | "status" | "timeline">): api.DocumentKind[] {
  const did = (action: string) => d.timeline.some((e) => e.action === action);
  const kinds: api.DocumentKind[] = [];
  if (d.officialCode) kinds.push("receipt");
  if (did("request_supplement")) kinds.push("supplement-request");
  if (d.status === "REFUSED") kinds.push("refusal");
  if (did("extend")) kinds.push("apology");
  return kinds;
}

export function DocumentsSection({ dossier }: { dossier: DeskDossierDetail }) {
  const [showing, setShowing] = useState<api.DocumentKind | null>(null);
  const kinds = availableDocuments(dossier);
  if (kinds.length === 0) return null;
  return (
    <section className="card" aria-labelledby="documents-title">
      <h2 id="documents-title">Văn bản in</h2>
      <ul className="plain-list">
        {kinds.map((kind) => (
          <li key={kind}>
            <button type="button" className="link-button" onClick={() => setShowing(kind)}>
              {documentTitles[kind]}
            </button>
          </li>
        ))}
      </ul>
      {showing && <DocumentViewer dossierId={dossier.id} kind={showing} onClose={() => setShowing(null)} />}
    </section>
  );
}

/**
 * The page comes with the bearer token, so it is shown from memory in a frame that may not run
 * scripts; printing goes through the frame's window, which allow-same-origin lets us reach.
 */
function DocumentViewer({ dossierId, kind, onClose }: { dossierId: string; kind: api.DocumentKind; onClose: () => void }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    api.fetchDocument(dossierId, kind).then(
      (page) => live && setHtml(page),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [dossierId, kind]);

  const print = (
    <button type="button" className="button button-primary" disabled={!html} onClick={() => frame.current?.contentWindow?.print()}>
      In văn bản
    </button>
  );
  return (
    <Dialog title={documentTitles[kind]} onClose={onClose} wide footer={print}>
      <ErrorAlert error={error} />
      {!html && !error && <p className="muted">Đang tải văn bản…</p>}
      {html && <iframe ref={frame} srcDoc={html} sandbox="allow-same-origin allow-modals" title={documentTitles[kind]} className="document-frame" />}
    </Dialog>
  );
}
