/**
 * UploadField — the document picker shared by the filing wizard and the supplement screen.
 *
 *   <UploadField
 *     label="Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp"   // the document's name (the fieldset's legend)
 *     accept={requirement.acceptedTypes}                  // FileKind[]: "pdf" | "jpeg" | "png" | "heic"
 *     files={items}                                       // UploadItem[] kept by the parent (draft, state)
 *     onChange={setItems}                                 // the whole new list, on every change
 *     maxFiles={requirement.maxFiles}
 *     requirementHint="1 bản chính"                       // optional line under the label
 *     required                                            // optional: marks it and words the legend
 *     error={message}                                     // optional: a validation message to show
 *   />
 *
 * It offers "Chụp ảnh" (the back camera) when images are accepted and "Chọn ảnh có sẵn" / "Chọn tệp
 * PDF" / "Chọn ảnh hoặc tệp PDF" (the gallery or files); photos are compressed on the phone, then sent
 * one at a time with a progress bar per file; a failed file offers "Thử lại" and every file "Xoá".
 * The accessible names carry the label: "Chụp ảnh: <label>", "Chọn ảnh có sẵn: <label>", "Xoá tệp
 * <name>", "Thử lại tệp <name>".
 *
 * `onChange` keeps being called while uploads run, even after the field unmounts (the citizen went
 * back a step), so keep the setter alive in a component that stays mounted. Items with status "done"
 * carry `upload` (the server record): use `uploadIds(items)` for a submission and
 * `persistable(items)` for what a draft should keep.
 */
import { ApiError, type FileKind } from "@motcua/contracts";
import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from "react";
import { useLanguage, useMessages, type Translate } from "../i18n/i18n.tsx";
import { acceptAttribute, acceptsImages, formatBytes, isBusy, isExpired, type UploadItem } from "./upload-item.ts";
import { cancelUpload, enqueueUpload, isRetryableUpload, retryUpload, thumbnailSource, type UploadFailure } from "./upload-queue.ts";
import { discardUpload } from "./upload-transport.ts";
import { uploadMessages } from "./upload-messages.ts";
import "./uploads.css";

export interface UploadFieldProps {
  label: string;
  accept: readonly FileKind[];
  files: readonly UploadItem[];
  onChange: (files: UploadItem[]) => void;
  maxFiles: number;
  requirementHint?: string;
  required?: boolean;
  error?: string;
  id?: string;
}

type Key = keyof typeof uploadMessages.vi;

function describeFailure(t: Translate<Key>) {
  return (error: unknown): UploadFailure => {
    const retryable = isRetryableUpload(error);
    if (!(error instanceof ApiError)) return { message: t("failedGeneric"), retryable };
    if (error.status === 0) return { message: t("failedNetwork"), retryable };
    if (error.status === 413) return { message: t("failedTooLarge"), retryable };
    if (error.status === 415 || error.code === "UNSUPPORTED_FILE_TYPE") return { message: t("failedType"), retryable };
    if (error.status === 429 || error.status >= 500) return { message: t("failedBusy"), retryable };
    return { message: error.detail ?? error.title, retryable };
  };
}

const KIND_OF_MIME: Record<string, FileKind> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpeg",
  "image/png": "png",
  "image/heic": "heic",
  "image/heif": "heic",
};

/** Whether a chosen file can be what the requirement accepts; other images are converted to JPEG. */
function acceptable(file: File, kinds: readonly FileKind[]): boolean {
  const kind = KIND_OF_MIME[file.type] ?? (/\.pdf$/i.test(file.name) ? "pdf" : undefined);
  if (kind === "pdf") return kinds.includes("pdf");
  if (file.type.startsWith("image/")) return kind === "heic" ? kinds.includes("heic") || kinds.includes("jpeg") : kinds.includes("jpeg") || kinds.includes("png");
  return false;
}

function acceptedSummary(kinds: readonly FileKind[], t: Translate<Key>): string {
  const images = acceptsImages(kinds);
  const pdf = kinds.includes("pdf");
  return images && pdf ? t("acceptsBoth") : pdf ? t("acceptsPdf") : t("acceptsImages");
}

function Thumbnail({ item }: { item: UploadItem }) {
  const source = thumbnailSource(item.key);
  const url = useMemo(() => (source ? URL.createObjectURL(source) : null), [source]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  if (url) return <img className="upload-item__thumb" src={url} alt="" />;
  const pdf = item.upload ? item.upload.kind === "pdf" : /\.pdf$/i.test(item.name);
  return (
    <span className="upload-item__thumb upload-item__thumb--file" aria-hidden="true">
      {pdf ? "PDF" : "IMG"}
    </span>
  );
}

function statusText(item: UploadItem, t: Translate<Key>, language: "vi" | "en"): string {
  switch (item.status) {
    case "queued":
      return t("queued");
    case "compressing":
      return t("compressing");
    case "uploading":
      return t("uploading", { percent: Math.round(item.progress * 100) });
    case "failed":
      return item.error ?? t("failedGeneric");
    case "done":
      return isExpired(item) ? t("expired") : t("done", { size: formatBytes(item.size, language) });
  }
}

export function UploadField({ label, accept, files, onChange, maxFiles, requirementHint, required = false, error, id }: UploadFieldProps) {
  const t = useMessages(uploadMessages);
  const language = useLanguage();
  const fallbackId = useId();
  const baseId = id ?? `upload-${fallbackId.replace(/:/g, "")}`;

  // Uploads report long after the render that started them: each change applies to the newest list,
  // including changes reported since the last render.
  const latest = useRef<readonly UploadItem[]>(files);
  latest.current = files;
  const emit = (next: UploadItem[]) => {
    latest.current = next;
    onChange(next);
  };
  const emitRef = useRef(emit);
  emitRef.current = emit;
  const patch = (key: string, change: Partial<UploadItem>) => {
    if (!latest.current.some((item) => item.key === key)) return;
    emitRef.current(latest.current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  };
  const describe = describeFailure(t);
  const [notice, setNotice] = useState<string | null>(null);

  const room = Math.max(0, maxFiles - files.filter((item) => !isExpired(item)).length);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    event.target.value = "";
    if (chosen.length === 0) return;
    const taken = chosen.slice(0, room);
    const added: UploadItem[] = taken.map((file) => {
      const ok = acceptable(file, accept);
      return {
        key: crypto.randomUUID(),
        name: file.name || "anh.jpg",
        size: file.size,
        status: ok ? "queued" : "failed",
        progress: 0,
        ...(ok ? {} : { error: t("failedTypeFor", { accepted: acceptedSummary(accept, t) }), retryable: false }),
      };
    });
    const dropped = chosen.length - taken.length;
    emit([...latest.current, ...added]);
    added.forEach((item, i) => {
      if (item.status === "queued") void enqueueUpload(item.key, taken[i]!, patch, describe);
    });
    setNotice(dropped > 0 ? t("tooMany", { max: maxFiles }) : null);
  };

  const remove = (item: UploadItem) => {
    setNotice(null);
    cancelUpload(item.key);
    if (item.upload) void discardUpload(item.upload.id);
    emit(latest.current.filter((other) => other.key !== item.key));
  };

  const retry = (item: UploadItem) => {
    if (!retryUpload(item.key, patch, describe)) patch(item.key, { error: t("chooseAgain"), retryable: false });
  };

  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;
  const galleryLabel = acceptsImages(accept) ? (accept.includes("pdf") ? t("pickBoth") : t("pickImage")) : t("pickPdf");

  return (
    <fieldset className={`upload-field${error ? " upload-field--error" : ""}`} aria-describedby={[hintId, error ? errorId : ""].filter(Boolean).join(" ")}>
      <legend className="upload-field__label">
        {label}
        <span className={required ? "upload-field__required" : "upload-field__optional"}>{required ? t("required") : t("optional")}</span>
      </legend>
      <p id={hintId} className="upload-field__hint muted">
        {requirementHint ? `${requirementHint} · ` : ""}
        {acceptedSummary(accept, t)} · {t("maxFiles", { max: maxFiles })}
      </p>

      {files.length > 0 && (
        <ul className="upload-field__list">
          {files.map((item) => {
            const busy = isBusy(item);
            const expired = isExpired(item);
            return (
              <li key={item.key} className={`upload-item upload-item--${expired ? "expired" : item.status}`}>
                <Thumbnail item={item} />
                <div className="upload-item__body">
                  <span className="upload-item__name">{item.name}</span>
                  <span className="upload-item__status" aria-live="polite">
                    {statusText(item, t, language)}
                  </span>
                  {busy && (
                    <div
                      className="upload-item__bar"
                      role="progressbar"
                      aria-label={t("progressOf", { name: item.name })}
                      aria-valuemin={0}
                      aria-valuemax={100}
                      aria-valuenow={Math.round(item.progress * 100)}
                    >
                      <span style={{ width: `${Math.round(item.progress * 100)}%` }} />
                    </div>
                  )}
                </div>
                <div className="upload-item__actions">
                  {item.status === "failed" && item.retryable !== false && (
                    <button type="button" className="upload-item__button" aria-label={t("retryNamed", { name: item.name })} onClick={() => retry(item)}>
                      {t("retry")}
                    </button>
                  )}
                  <button type="button" className="upload-item__button upload-item__button--remove" aria-label={t("removeNamed", { name: item.name })} onClick={() => remove(item)}>
                    {t("remove")}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {room > 0 && (
        <div className="upload-field__pickers">
          {acceptsImages(accept) && (
            <>
              <input id={`${baseId}-camera`} className="visually-hidden" type="file" accept="image/*" capture="environment" onChange={choose} />
              <label htmlFor={`${baseId}-camera`} className="upload-field__picker upload-field__picker--primary">
                {t("pickCamera")}
                <span className="visually-hidden">: {label}</span>
              </label>
            </>
          )}
          <input id={`${baseId}-gallery`} className="visually-hidden" type="file" accept={acceptAttribute(accept)} multiple={room > 1} onChange={choose} />
          <label htmlFor={`${baseId}-gallery`} className="upload-field__picker">
            {galleryLabel}
            <span className="visually-hidden">: {label}</span>
          </label>
        </div>
      )}

      {notice && (
        <p className="upload-field__notice" role="status">
          {notice}
        </p>
      )}

      {error && (
        <p id={errorId} className="upload-field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
