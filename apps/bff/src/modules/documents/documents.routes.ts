import { problem } from "../../http/openapi-spec.ts";
import { createRoute, z } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { AppError } from "../../http/app-error.ts";
import { createRouter } from "../../http/openapi-app.ts";
import type { DossierRow } from "../dossiers/transition.repo.ts";
import { documentKinds, type DocumentsService } from "./documents.service.ts";


/** The page carries no script and loads nothing: inline CSS and the inline SVG QR code are all it has. */
const DOCUMENT_HEADERS = {
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
  "Cache-Control": "private, no-store",
};

export interface DocumentsRoutesDeps<Officer> {
  documents: DocumentsService;
  /** Authenticates the officer (any desk role); runs before everything else. */
  requireOfficer: MiddlewareHandler;
  /** The officer `requireOfficer` authenticated. */
  officerOf: (c: Context) => Officer;
  /** The dossier when this officer may see it (agency scoping lives there); undefined otherwise. */
  loadDossier: (id: string, officer: Officer) => Promise<DossierRow | undefined>;
}

export function documentsRoutes<Officer>({ documents, requireOfficer, officerOf, loadDossier }: DocumentsRoutesDeps<Officer>) {
  const print = createRoute({
    method: "get",
    path: "/desk/dossiers/{id}/documents/{kind}",
    tags: ["Một cửa"],
    summary: "Văn bản in của hồ sơ (HTML khổ A4)",
    description:
      "`receipt`: Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01) · `supplement-request`: Phiếu yêu cầu bổ sung (Mẫu 02) · " +
      "`refusal`: Phiếu từ chối tiếp nhận (Mẫu 03) · `apology`: Phiếu xin lỗi và hẹn lại ngày trả (Mẫu 04). " +
      "`secret` (chỉ với `receipt`): mã tra cứu vừa cấp, để in lên giấy và mã QR; hệ thống chỉ lưu bản băm nên không tự in được.",
    middleware: requireOfficer,
    security: [{ bearerAuth: [] }],
    request: {
      params: z.object({ id: z.uuid(), kind: z.enum(documentKinds) }),
      query: z.strictObject({ secret: z.string().trim().min(4).max(20).optional() }),
    },
    responses: {
      200: { description: "Trang HTML sẵn sàng in", content: { "text/html": { schema: z.string() } } },
      400: problem("Tham số không hợp lệ, hoặc mã tra cứu không khớp"),
      401: problem("Chưa đăng nhập"),
      404: problem("Không có hồ sơ, hoặc ngoài phạm vi cơ quan"),
      409: problem("Hồ sơ chưa có văn bản này (ví dụ: phiếu từ chối cho hồ sơ không bị từ chối)"),
    },
  });

  return createRouter().openapi(print, async (c) => {
    const { id, kind } = c.req.valid("param");
    const { secret } = c.req.valid("query");
    const row = await loadDossier(id, officerOf(c));
    if (!row) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
    const page = await documents.render(kind, row, secret === undefined ? {} : { lookupSecret: secret });
    return c.html(page, 200, DOCUMENT_HEADERS);
  });
}
