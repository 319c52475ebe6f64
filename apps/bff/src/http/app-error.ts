import type { ErrorCode, FieldError } from "@motcua/contracts";

export const statusOfCode: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  MALFORMED_JSON: 400,
  MALFORMED_URL: 400,
  IDEMPOTENCY_KEY_REQUIRED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  IN_PROGRESS: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNSUPPORTED_FILE_TYPE: 415,
  IMAGE_TOO_LARGE: 422,
  MALWARE_DETECTED: 422,
  PDF_ACTIVE_CONTENT: 422,
  VALIDATION_FAILED: 422,
  UNKNOWN_FIELD: 422,
  QUOTA_EXCEEDED: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  PRECONDITION_REQUIRED: 428,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UPSTREAM_UNAVAILABLE: 503,
  SERVICE_UNAVAILABLE: 503,
};

/** Vietnamese titles: the product is Vietnamese-first, and clients show `title` when they have nothing better. */
export const titleOfCode: Record<ErrorCode, string> = {
  BAD_REQUEST: "Yêu cầu không hợp lệ",
  MALFORMED_JSON: "Dữ liệu JSON không đúng định dạng",
  MALFORMED_URL: "Địa chỉ yêu cầu không đúng định dạng",
  IDEMPOTENCY_KEY_REQUIRED: "Thiếu khóa chống gửi trùng (Idempotency-Key)",
  UNAUTHENTICATED: "Chưa đăng nhập hoặc phiên đã hết hạn",
  FORBIDDEN: "Không có quyền thực hiện",
  NOT_FOUND: "Không tìm thấy",
  METHOD_NOT_ALLOWED: "Phương thức không được hỗ trợ",
  CONFLICT: "Xung đột dữ liệu",
  ILLEGAL_TRANSITION: "Không thể chuyển hồ sơ sang trạng thái này",
  IN_PROGRESS: "Yêu cầu giống hệt đang được xử lý",
  PRECONDITION_FAILED: "Dữ liệu đã bị thay đổi bởi người khác",
  PAYLOAD_TOO_LARGE: "Dữ liệu gửi lên quá lớn",
  UNSUPPORTED_MEDIA_TYPE: "Kiểu nội dung không được hỗ trợ",
  UNSUPPORTED_FILE_TYPE: "Loại tệp không được chấp nhận",
  IMAGE_TOO_LARGE: "Ảnh có kích thước điểm ảnh quá lớn",
  MALWARE_DETECTED: "Tệp chứa mã độc",
  PDF_ACTIVE_CONTENT: "Tệp PDF chứa mã lệnh hoặc tệp nhúng",
  VALIDATION_FAILED: "Dữ liệu không hợp lệ",
  UNKNOWN_FIELD: "Có trường dữ liệu không được phép",
  QUOTA_EXCEEDED: "Vượt quá hạn mức cho phép",
  IDEMPOTENCY_KEY_REUSED: "Khóa chống gửi trùng đã dùng cho nội dung khác",
  PRECONDITION_REQUIRED: "Thiếu điều kiện phiên bản (If-Match)",
  RATE_LIMITED: "Quá nhiều yêu cầu, vui lòng thử lại sau",
  INTERNAL: "Lỗi hệ thống",
  UPSTREAM_UNAVAILABLE: "Dịch vụ liên kết tạm thời không phản hồi",
  SERVICE_UNAVAILABLE: "Hệ thống tạm thời gián đoạn",
};

/** A refusal the client can act on; services throw it, the error handler renders it as problem+json. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? code);
    this.name = "AppError";
    this.status = statusOfCode[code];
  }
}
