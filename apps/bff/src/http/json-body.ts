import type { Env, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "./app-error.ts";

/**
 * For JSON write routes: the body must say it is JSON (415 otherwise, instead of silently parsing
 * as empty) and stay under `maxBytes` (413, chunked bodies included). Applied per route, never
 * app-wide: body-limit on reads costs @hono/node-server its fast path.
 */
export function jsonBody<E extends Env = Env>(maxBytes: number): MiddlewareHandler<E> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      // The rest of the body is never read, so this connection cannot carry another request.
      throw new AppError("PAYLOAD_TOO_LARGE", `Dữ liệu gửi lên vượt quá ${Math.round(maxBytes / 1024)} KB.`, {
        headers: { Connection: "close" },
      });
    },
  });
  return async function jsonBodyMiddleware(c, next) {
    const type = c.req.header("content-type") ?? "";
    if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
      throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Nội dung phải là JSON (Content-Type: application/json).");
    }
    // With a Content-Length, Node's parser never hands over more bytes than it declares, so the
    // header alone decides; only chunked bodies need body-limit's counting stream.
    const declared = c.req.header("content-length");
    if (declared !== undefined && /^\d+$/.test(declared) && Number(declared) <= maxBytes) {
      await next();
      return;
    }
    return limit(c, next);
  };
}
