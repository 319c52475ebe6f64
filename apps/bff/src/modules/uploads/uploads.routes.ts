import { createRoute, z } from "@hono/zod-openapi";
import { Upload } from "@motcua/contracts";
import { requireSession } from "../../http/auth.ts";
import { createRouter } from "../../http/openapi-app.ts";
import type { SessionService } from "../identity/session.service.ts";
import { requireIdempotencyKey } from "../idempotency/idempotency.ts";
import { sendAttachment } from "./send-attachment.ts";
import type { UploadsService } from "./uploads.service.ts";
import { problem } from "../../http/openapi-spec.ts";


const tags = ["Tệp tải lên"];
const bearer = [{ bearerAuth: [] }];
const unauthenticated = problem("Thiếu phiên đăng nhập hoặc phiên đã hết hạn");
const notFound = problem("Không có tệp này (hoặc tệp thuộc người khác)");
const params = z.object({ id: z.uuid() });
const IdempotencyHeader = z.object({ "idempotency-key": z.string().max(255).optional() });

export function uploadsRoutes({ uploads, sessions }: { uploads: UploadsService; sessions: SessionService }) {
  const citizenSession = requireSession(sessions, "citizen");

  const create = createRoute({
    method: "post",
    path: "/uploads",
    tags,
    summary: "Tải lên một tệp (PDF, JPEG, PNG, HEIC) để đính kèm hồ sơ",
    description:
      "Gửi `multipart/form-data` với đúng một tệp trong trường `file`. Loại tệp được xác định từ nội dung, không từ tên. " +
      "Ảnh JPEG/PNG được mã hóa lại (xoay đúng chiều, bỏ EXIF/GPS và mọi siêu dữ liệu), nên `size` và `sha256` là của tệp đã lưu. " +
      "Tệp được quét virus; PDF có JavaScript, lệnh chạy chương trình hoặc tệp nhúng bị từ chối. " +
      "Nên gửi tiêu đề `Idempotency-Key` (một khóa cho mỗi tệp, dùng lại khi gửi lại): gửi lại cùng khóa và cùng tệp nhận lại đúng tệp đã lưu (lưu 48 giờ). " +
      "Tệp chưa được đính kèm hồ sơ sẽ bị xóa sau `expiresAt`.",
    middleware: [citizenSession] as const,
    security: bearer,
    // A plain OpenAPI schema, not zod: a zod form schema would make the router buffer the whole
    // body through parseBody (about 4x the file in memory) before the handler runs.
    request: {
      headers: IdempotencyHeader,
      body: {
        required: true,
        content: {
          "multipart/form-data": {
            schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" } } },
          },
        },
      },
    },
    responses: {
      201: { description: "Đã lưu tệp (hoặc tệp đã lưu trước đó với cùng Idempotency-Key)", content: { "application/json": { schema: Upload } } },
      400: problem("Dữ liệu multipart hỏng, tải lên bị gián đoạn, hoặc Idempotency-Key sai dạng"),
      401: unauthenticated,
      409: problem("Một lần gửi khác với cùng Idempotency-Key đang được xử lý"),
      413: problem("Tệp vượt quá dung lượng cho phép"),
      415: problem("Không phải multipart/form-data, hoặc loại tệp không được chấp nhận"),
      422: problem(
        "Thiếu tệp, tệp rỗng hoặc ảnh hỏng, vượt hạn mức trong 24 giờ, có mã độc (`MALWARE_DETECTED`), PDF có nội dung tự chạy (`PDF_ACTIVE_CONTENT`), " +
          "hoặc Idempotency-Key đã dùng cho tệp khác",
      ),
      503: problem("Chưa quét virus được (dịch vụ quét tạm ngừng); thử lại sau `Retry-After` giây"),
    },
  });

  const download = createRoute({
    method: "get",
    path: "/uploads/{id}",
    tags,
    summary: "Tải về tệp của chính mình",
    middleware: [citizenSession] as const,
    security: bearer,
    request: { params },
    responses: {
      200: { description: "Nội dung tệp, luôn dạng đính kèm (attachment)", content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } },
      401: unauthenticated,
      404: notFound,
    },
  });

  const remove = createRoute({
    method: "delete",
    path: "/uploads/{id}",
    tags,
    summary: "Xóa tệp chưa đính kèm hồ sơ",
    middleware: [citizenSession] as const,
    security: bearer,
    request: { params },
    responses: {
      204: { description: "Đã xóa" },
      401: unauthenticated,
      404: notFound,
      409: problem("Tệp đã được đính kèm hồ sơ"),
    },
  });

  return createRouter()
    .openapi(create, async (c) => {
      const header = c.req.header("idempotency-key");
      const key = header === undefined ? undefined : requireIdempotencyKey(header);
      return c.json(await uploads.receive(c.get("subjectId"), c.req.raw, key), 201);
    })
    .openapi(download, async (c) => {
      const { upload, body } = await uploads.open(c.get("subjectId"), c.req.valid("param").id);
      return sendAttachment(c, upload, body);
    })
    .openapi(remove, async (c) => {
      await uploads.remove(c.get("subjectId"), c.req.valid("param").id);
      return c.body(null, 204);
    });
}
