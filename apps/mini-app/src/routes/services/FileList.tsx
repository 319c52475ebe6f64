import type { ServiceRequestFile } from "@motcua/contracts";
import { useState } from "react";
import { ErrorState } from "../../components/ErrorState.tsx";
import { useLanguage, useMessages } from "../../i18n/i18n.tsx";
import { formatBytes } from "../../uploads/upload-item.ts";
import { serviceMessages } from "./messages.ts";
import { downloadFile } from "./service-queries.ts";

/** Hands the bytes to the browser as a download under the file's own name. */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // After the click has been handled: revoking at once can cancel the download in some webviews.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The citizen's documents or the center's results, each downloadable with the session. */
export function FileList({ files }: { files: ServiceRequestFile[] }) {
  const t = useMessages(serviceMessages);
  const language = useLanguage();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; file: ServiceRequestFile } | null>(null);

  async function download(file: ServiceRequestFile) {
    setFailure(null);
    setBusy(file.uploadId);
    try {
      save(await downloadFile(file.uploadId), file.displayName);
    } catch (error) {
      setFailure({ error, file });
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <ul className="service-files">
        {files.map((file) => (
          <li key={file.uploadId}>
            <button type="button" className="dossier-button" disabled={busy === file.uploadId} aria-busy={busy === file.uploadId} onClick={() => void download(file)}>
              {busy === file.uploadId ? t("downloading") : t("download", { name: file.displayName })} · {formatBytes(file.size, language)}
            </button>
          </li>
        ))}
      </ul>
      {failure && <ErrorState error={failure.error} onRetry={() => void download(failure.file)} />}
    </>
  );
}
