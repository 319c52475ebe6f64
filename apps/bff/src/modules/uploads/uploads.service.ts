import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import type { Readable } from "node:stream";
import type { Upload } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { ObjectNotFoundError, type ObjectStorage } from "../../integrations/storage/storage.ts";
import { displayNameFor, extensionContradicts, sanitiseFileName, sniffType } from "./file-kind.ts";
import { MAX_IMAGE_PIXELS, readImageDimensions } from "./image-dimensions.ts";
import { receiveUpload, tooLarge, type ReceivedFile } from "./upload-stream.ts";
import { deleteUnattached, findOwnedUpload, insertUpload, usageSince, type UploadRow } from "./uploads.repo.ts";

export interface UploadLimits {
  maxBytes: number;
  dailyFiles: number;
  dailyBytes: number;
  ttlHours: number;
}

export interface UploadsService {
  /** Receives the multipart request body of one upload for the citizen. */
  receive(citizenId: string, request: Request): Promise<Upload>;
  open(citizenId: string, id: string): Promise<{ upload: UploadRow; body: Readable }>;
  remove(citizenId: string, id: string): Promise<void>;
}

/** Boundaries, part headers and a long file name fit comfortably in this. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

const notFound = () => new AppError("NOT_FOUND", "Không tìm thấy tệp.");
const unsupported = (detail: string) => new AppError("UNSUPPORTED_FILE_TYPE", detail);

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

export function createUploadsService(deps: { db: Db; storage: ObjectStorage; limits: UploadLimits; now?: () => Date }): UploadsService {
  const { db, storage, limits } = deps;
  const now = deps.now ?? (() => new Date());

  async function assertQuota(citizenId: string, incomingBytes: number) {
    const used = await usageSince(db, citizenId, new Date(now().getTime() - DAY_MS));
    if (used.files >= limits.dailyFiles || used.bytes + incomingBytes > limits.dailyBytes) {
      throw new AppError("QUOTA_EXCEEDED", "Đã vượt số tệp hoặc dung lượng được tải lên trong 24 giờ. Vui lòng thử lại sau.");
    }
  }

  /** Everything that can be refused without reading the body is refused first. */
  async function admit(citizenId: string, request: Request) {
    if (!/^multipart\/form-data\s*;/i.test(request.headers.get("content-type") ?? "")) {
      throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Tệp phải được gửi dạng multipart/form-data, trong trường `file`.");
    }
    const declared = Number(request.headers.get("content-length") ?? Number.NaN);
    if (declared > limits.maxBytes + MULTIPART_OVERHEAD_BYTES) throw tooLarge(limits.maxBytes);
    await assertQuota(citizenId, Number.isFinite(declared) ? Math.max(0, declared - MULTIPART_OVERHEAD_BYTES) : 0);
  }

  async function assertDecodable(tempPath: string): Promise<void> {
    const dimensions = await readImageDimensions(tempPath);
    if (dimensions && dimensions.width * dimensions.height > MAX_IMAGE_PIXELS) {
      throw new AppError("IMAGE_TOO_LARGE", `Ảnh ${dimensions.width} × ${dimensions.height} điểm ảnh vượt quá ${MAX_IMAGE_PIXELS / 1_000_000} triệu điểm ảnh; hãy chụp lại hoặc thu nhỏ ảnh.`);
    }
  }

  async function store(citizenId: string, file: ReceivedFile): Promise<UploadRow> {
    if (file.size === 0) {
      throw new AppError("VALIDATION_FAILED", "Tệp rỗng.", { errors: [{ field: "file", code: "EMPTY", message: "Tệp không có nội dung" }] });
    }
    const type = await sniffType(file.head);
    if (!type) throw unsupported("Chỉ nhận tệp PDF, JPEG, PNG hoặc HEIC.");
    if (extensionContradicts(sanitiseFileName(file.fileName), type.kind)) {
      throw unsupported("Phần mở rộng của tên tệp không khớp với nội dung tệp.");
    }
    await assertQuota(citizenId, file.size);
    if (type.kind !== "pdf") await assertDecodable(file.tempPath);

    const storageKey = randomUUID();
    await storage.put(storageKey, createReadStream(file.tempPath), file.size, type.contentType);
    const createdAt = now();
    try {
      return await insertUpload(db, {
        citizenId,
        storageKey,
        displayName: displayNameFor(file.fileName, type),
        contentType: type.contentType,
        kind: type.kind,
        size: file.size,
        sha256: file.sha256,
        createdAt,
        expiresAt: new Date(createdAt.getTime() + limits.ttlHours * 60 * 60 * 1000),
      });
    } catch (err) {
      await storage.delete(storageKey).catch(() => undefined);
      throw err;
    }
  }

  return {
    async receive(citizenId, request) {
      await admit(citizenId, request);
      const file = await receiveUpload(request, {
        maxBytes: limits.maxBytes,
        overheadBytes: MULTIPART_OVERHEAD_BYTES,
        tempDir: storage.tempDir,
      });
      try {
        return toUploadDto(await store(citizenId, file));
      } finally {
        await rm(file.tempPath, { force: true });
      }
    },

    async open(citizenId, id) {
      const upload = await findOwnedUpload(db, id, citizenId);
      if (!upload) throw notFound();
      try {
        return { upload, body: await storage.get(upload.storageKey) };
      } catch (err) {
        if (err instanceof ObjectNotFoundError) throw notFound();
        throw err;
      }
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
