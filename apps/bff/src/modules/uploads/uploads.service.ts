import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import type { Upload } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import type { ObjectStorage } from "../../integrations/storage/storage.ts";
import { openUpload } from "./open-upload.ts";
import { findReplay, requestHash, runIdempotent } from "../idempotency/idempotency.ts";
import { displayNameFor, extensionContradicts, sanitiseFileName, sniffType, type SniffedType } from "./file-kind.ts";
import { MAX_IMAGE_PIXELS, readImageDimensions } from "./image-dimensions.ts";
import { reencodeImage } from "./image-reencode.ts";
import { ScannerUnavailableError, type MalwareScanner } from "./malware-scanner.ts";
import { inspectPdf } from "./pdf-active-content.ts";
import { receiveUpload, tooLarge, type ReceivedFile } from "./upload-stream.ts";
import { completedUnderKey, deleteUnattached, findOwnedUpload, insertUpload, usageSince, type UploadRow } from "./uploads.repo.ts";

export interface UploadLimits {
  maxBytes: number;
  dailyFiles: number;
  dailyBytes: number;
  ttlHours: number;
}

export interface UploadsService {
  /**
   * Receives the multipart request body of one upload for the citizen. With an Idempotency-Key, a
   * retry of an upload that completed gets that same upload back, and stores nothing new.
   */
  receive(citizenId: string, request: Request, idempotencyKey?: string): Promise<Upload>;
  open(citizenId: string, id: string): Promise<{ upload: UploadRow; body: Readable }>;
  remove(citizenId: string, id: string): Promise<void>;
}

/** Boundaries, part headers and a long file name fit comfortably in this. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

const notFound = () => new AppError("NOT_FOUND", "Không tìm thấy tệp.");
const unsupported = (detail: string) => new AppError("UNSUPPORTED_FILE_TYPE", detail);
const quotaExceeded = () => new AppError("QUOTA_EXCEEDED", "Đã vượt số tệp hoặc dung lượng được tải lên trong 24 giờ. Vui lòng thử lại sau.");
const scopeOf = (citizenId: string) => `citizen:${citizenId}:POST /uploads`;

/** The bytes that will be stored, and where they are on local disk. */
interface Vetted {
  path: string;
  size: number;
  sha256: string;
}

function toUploadDto(row: UploadRow): Upload {
  return {
    id: row.id,
    kind: row.kind,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    displayName: row.displayName,
    expiresAt: row.expiresAt.toISOString(),
  };
}

export function createUploadsService(deps: {
  db: Db;
  storage: ObjectStorage;
  limits: UploadLimits;
  /** Without one, files are not virus-scanned (development, tests of other modules). */
  scanner?: MalwareScanner | undefined;
  now?: () => Date;
}): UploadsService {
  const { db, storage, limits, scanner } = deps;
  const now = deps.now ?? (() => new Date());

  async function withinQuota(citizenId: string, incomingBytes: number): Promise<boolean> {
    const used = await usageSince(db, citizenId, new Date(now().getTime() - DAY_MS));
    return used.files < limits.dailyFiles && used.bytes + incomingBytes <= limits.dailyBytes;
  }

  /** Everything that can be refused without reading the body is refused first. */
  async function admit(citizenId: string, request: Request, key: string | undefined) {
    if (!/^multipart\/form-data\s*;/i.test(request.headers.get("content-type") ?? "")) {
      throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Tệp phải được gửi dạng multipart/form-data, trong trường `file`.");
    }
    const declared = Number(request.headers.get("content-length") ?? Number.NaN);
    if (declared > limits.maxBytes + MULTIPART_OVERHEAD_BYTES) throw tooLarge(limits.maxBytes);
    const incoming = Number.isFinite(declared) ? Math.max(0, declared - MULTIPART_OVERHEAD_BYTES) : 0;
    // The retry of a completed upload is answered from what was stored, however full the quota is now.
    if (!(await withinQuota(citizenId, incoming)) && !(key && (await completedUnderKey(db, scopeOf(citizenId), key)))) {
      throw quotaExceeded();
    }
  }

  async function assertDecodable(tempPath: string): Promise<void> {
    const dimensions = await readImageDimensions(tempPath);
    if (dimensions && dimensions.width * dimensions.height > MAX_IMAGE_PIXELS) {
      throw new AppError("IMAGE_TOO_LARGE", `Ảnh ${dimensions.width} × ${dimensions.height} điểm ảnh vượt quá ${MAX_IMAGE_PIXELS / 1_000_000} triệu điểm ảnh; hãy chụp lại hoặc thu nhỏ ảnh.`);
    }
  }

  /** Fails closed: a file no scanner has seen is not stored. */
  async function assertClean(path: string): Promise<void> {
    if (!scanner) return;
    const result = await scanner.scan(path).catch((err: unknown) => {
      if (!(err instanceof ScannerUnavailableError)) throw err;
      throw new AppError("UPSTREAM_UNAVAILABLE", "Chưa kiểm tra virus được cho tệp. Vui lòng thử lại sau ít phút.", { headers: { "Retry-After": "30" } });
    });
    if (result.infected) throw new AppError("MALWARE_DETECTED", "Tệp bị phát hiện có mã độc nên không được lưu.");
  }

  async function assertInertPdf(path: string): Promise<void> {
    const verdict = await inspectPdf(path);
    if (verdict.ok) return;
    if (verdict.reason === "active-content") {
      throw new AppError("PDF_ACTIVE_CONTENT", `Tệp PDF có nội dung tự chạy hoặc tệp nhúng (/${verdict.name}). Hãy in lại ra PDF hoặc gửi bản chụp/scan.`);
    }
    throw new AppError("PDF_ACTIVE_CONTENT", "Tệp PDF bị mã hóa hoặc quá phức tạp nên không kiểm tra được. Hãy in lại ra PDF hoặc gửi bản chụp/scan.");
  }

  /**
   * Checks the received file and returns the bytes to keep: images re-encoded without metadata or
   * trailing bytes (`output` is where they go), PDFs and HEIC photos as sent. Prebuilt libvips has
   * no HEVC decoder, so a HEIC keeps its metadata; it is scanned and only ever served as an attachment.
   */
  async function vet(file: ReceivedFile, type: SniffedType, output: string): Promise<Vetted> {
    if (type.kind !== "pdf") await assertDecodable(file.tempPath);
    await assertClean(file.tempPath);
    if (type.kind === "pdf") await assertInertPdf(file.tempPath);
    if (type.kind === "jpeg" || type.kind === "png") return { path: output, ...(await reencodeImage(file.tempPath, output, type.kind)) };
    return { path: file.tempPath, size: file.size, sha256: file.sha256 };
  }

  async function store(citizenId: string, file: ReceivedFile, key: string | undefined): Promise<Upload> {
    const scope = scopeOf(citizenId);
    // What makes two attempts the same upload: the bytes and the name, not the multipart framing.
    const request = { sha256: file.sha256, fileName: file.fileName };
    if (key) {
      const earlier = await findReplay(db, scope, key, requestHash(request));
      if (earlier) return earlier.body as Upload;
    }
    if (file.size === 0) {
      throw new AppError("VALIDATION_FAILED", "Tệp rỗng.", { errors: [{ field: "file", code: "EMPTY", message: "Tệp không có nội dung" }] });
    }
    const type = await sniffType(file.head);
    if (!type) throw unsupported("Chỉ nhận tệp PDF, JPEG, PNG hoặc HEIC.");
    if (extensionContradicts(sanitiseFileName(file.fileName), type.kind)) {
      throw unsupported("Phần mở rộng của tên tệp không khớp với nội dung tệp.");
    }
    if (!(await withinQuota(citizenId, file.size))) throw quotaExceeded();

    const output = join(storage.tempDir, `${randomUUID()}.reencoded`);
    try {
      const content = await vet(file, type, output);
      const id = randomUUID();
      const storageKey = randomUUID();
      await storage.put(storageKey, createReadStream(content.path), content.size, type.contentType);
      const createdAt = now();
      let stored: Upload;
      try {
        const response = await runIdempotent(db, { scope, key, body: request, now: createdAt }, async (tx) => {
          const row = await insertUpload(tx, {
            id,
            citizenId,
            storageKey,
            displayName: displayNameFor(file.fileName, type),
            contentType: type.contentType,
            kind: type.kind,
            size: content.size,
            sha256: content.sha256,
            createdAt,
            expiresAt: new Date(createdAt.getTime() + limits.ttlHours * 60 * 60 * 1000),
          });
          return { status: 201, body: toUploadDto(row) };
        });
        stored = response.body as Upload;
      } catch (err) {
        await storage.delete(storageKey).catch(() => undefined);
        throw err;
      }
      // A concurrent attempt under the same key committed first: its upload is the answer, ours is surplus.
      if (stored.id !== id) await storage.delete(storageKey).catch(() => undefined);
      return stored;
    } finally {
      await rm(output, { force: true });
    }
  }

  return {
    async receive(citizenId, request, key) {
      await admit(citizenId, request, key);
      const file = await receiveUpload(request, {
        maxBytes: limits.maxBytes,
        overheadBytes: MULTIPART_OVERHEAD_BYTES,
        tempDir: storage.tempDir,
      });
      try {
        return await store(citizenId, file, key);
      } finally {
        await rm(file.tempPath, { force: true });
      }
    },

    async open(citizenId, id) {
      return openUpload(storage, await findOwnedUpload(db, id, citizenId), notFound);
    },

    async remove(citizenId, id) {
      const storageKey = await deleteUnattached(db, id, citizenId);
      if (storageKey) return storage.delete(storageKey);
      if (await findOwnedUpload(db, id, citizenId)) {
        throw new AppError("CONFLICT", "Tệp đã được đính kèm vào hồ sơ, không thể xóa.");
      }
      throw notFound();
    },
  };
}
