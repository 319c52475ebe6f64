import type { DeskAction, DeskActionCommand } from "@motcua/contracts";

/** The inputs an action dialog can show; each action picks the ones its body needs. */
export type ActionInput = "note" | "reason" | "items" | "agencyCode" | "amount" | "dueDate" | "documents" | "trackingNumber" | "recipient";

export interface ActionSpec {
  /** The button, and the dialog's confirm button. */
  label: string;
  /** What will happen, in the officer's words; the dialog opens with it. */
  explain: string;
  inputs: readonly ActionInput[];
  /** Ends or rejects the citizen's request: drawn in red. */
  danger?: boolean;
  done: string;
}

export const actionSpecs: Record<DeskAction, ActionSpec> = {
  accept: { label: "Tiếp nhận", explain: "Tiếp nhận hồ sơ, cấp mã hồ sơ và ngày hẹn trả kết quả.", inputs: ["note"], done: "Đã tiếp nhận hồ sơ." },
  refuse: { label: "Từ chối tiếp nhận", explain: "Từ chối tiếp nhận hồ sơ. Công dân sẽ nhận được lý do.", inputs: ["reason"], danger: true, done: "Đã từ chối tiếp nhận hồ sơ." },
  request_supplement: {
    label: "Yêu cầu bổ sung",
    explain: "Yêu cầu công dân bổ sung, hoàn thiện giấy tờ. Thời hạn giải quyết tính lại từ khi nhận đủ.",
    inputs: ["items", "note"],
    done: "Đã gửi yêu cầu bổ sung.",
  },
  start_processing: { label: "Bắt đầu xử lý", explain: "Chuyển hồ sơ sang bước giải quyết.", inputs: ["note"], done: "Hồ sơ đã chuyển sang đang xử lý." },
  transfer: { label: "Chuyển cơ quan khác", explain: "Chuyển hồ sơ cho cơ quan có thẩm quyền. Hồ sơ sẽ rời hàng đợi của cơ quan này.", inputs: ["agencyCode", "reason"], done: "Đã chuyển hồ sơ." },
  request_payment: { label: "Yêu cầu nộp phí", explain: "Thông báo cho công dân số phí, lệ phí phải nộp.", inputs: ["amount", "note"], done: "Đã gửi yêu cầu nộp phí, lệ phí." },
  confirm_payment: { label: "Xác nhận đã nộp phí", explain: "Xác nhận công dân đã nộp đủ phí, lệ phí; hồ sơ tiếp tục được xử lý.", inputs: ["note"], done: "Đã xác nhận nộp phí." },
  extend: {
    label: "Xin lỗi, hẹn lại ngày trả",
    explain: "Gửi phiếu xin lỗi và hẹn lại ngày trả kết quả. Hồ sơ vẫn được tính là trễ hạn.",
    inputs: ["dueDate", "reason"],
    done: "Đã hẹn lại ngày trả kết quả.",
  },
  result_ready: { label: "Đã có kết quả", explain: "Ghi nhận kết quả giải quyết; công dân được báo để nhận kết quả.", inputs: ["documents", "note"], done: "Đã ghi nhận kết quả." },
  dispatch: { label: "Gửi kết quả qua bưu điện", explain: "Ghi nhận đã giao kết quả cho VNPost để chuyển phát.", inputs: ["trackingNumber", "note"], done: "Đã ghi nhận gửi bưu điện." },
  deliver: { label: "Trả kết quả", explain: "Ghi nhận đã trả kết quả cho công dân. Hồ sơ sẽ kết thúc.", inputs: ["recipient", "note"], done: "Đã trả kết quả." },
  stop: { label: "Dừng xử lý", explain: "Dừng giải quyết hồ sơ. Công dân sẽ nhận được lý do.", inputs: ["reason"], danger: true, done: "Đã dừng xử lý hồ sơ." },
};

export interface SupplementItemDraft {
  requirementId: string;
  note: string;
}

export interface ResultDocumentDraft {
  name: string;
  number: string;
  issuedAt: string;
}

/** Everything any dialog can hold, as the inputs hold it: strings, before any conversion. */
export interface ActionDraft {
  note: string;
  reason: string;
  items: SupplementItemDraft[];
  agencyCode: string;
  amount: string;
  dueDate: string;
  documents: ResultDocumentDraft[];
  trackingNumber: string;
  recipient: string;
}

export function emptyDraft(defaults: { resultName?: string; recipient?: string } = {}): ActionDraft {
  return {
    note: "",
    reason: "",
    items: [{ requirementId: "", note: "" }],
    agencyCode: "",
    amount: "",
    dueDate: "",
    documents: [{ name: defaults.resultName ?? "", number: "", issuedAt: "" }],
    trackingNumber: "",
    recipient: defaults.recipient ?? "",
  };
}

/** Appointments fall at closing time, Vietnam time, like the ones the BFF computes. */
export const dueAtOf = (day: string): string => `${day}T17:00:00+07:00`;

const optional = <K extends string>(key: K, value: string): Partial<Record<K, string>> =>
  (value.trim() ? { [key]: value.trim() } : {}) as Partial<Record<K, string>>;

/** The command to send; the server validates it, so this only shapes and trims. */
export function buildCommand(action: DeskAction, d: ActionDraft): DeskActionCommand {
  const note = optional("note", d.note);
  const reason = d.reason.trim();
  switch (action) {
    case "accept":
    case "start_processing":
    case "confirm_payment":
      return { action, ...note };
    case "refuse":
    case "stop":
      return { action, reason };
    case "request_supplement":
      return { action, items: d.items.map((i) => ({ ...optional("requirementId", i.requirementId), note: i.note.trim() })), ...note };
    case "transfer":
      return { action, agencyCode: d.agencyCode, reason };
    case "request_payment":
      return { action, amount: Number(d.amount), ...note };
    case "extend":
      return { action, dueAt: dueAtOf(d.dueDate), reason };
    case "result_ready":
      return {
        action,
        documents: d.documents.map((doc) => ({ name: doc.name.trim(), ...optional("number", doc.number), ...optional("issuedAt", doc.issuedAt) })),
        ...note,
      };
    case "dispatch":
      return { action, trackingNumber: d.trackingNumber.trim(), ...note };
    case "deliver":
      return { action, ...optional("recipient", d.recipient), ...note };
  }
}
