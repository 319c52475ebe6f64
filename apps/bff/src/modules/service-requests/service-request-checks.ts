import { addDays, isLocalDate, localDate, type Calendar } from "@motcua/calendar";
import { CONSULTING_WINDOW_WORKING_DAYS, type FieldError } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { bookableDays, vnClock } from "../appointments/booking-window.ts";
import { isHeldElsewhere, uploadFacts } from "./service-requests.repo.ts";

export const fieldError = (field: string, code: string, message: string, messageEn: string): FieldError => ({ field, code, message, messageEn });
export const invalid = (errors: FieldError[]) => new AppError("VALIDATION_FAILED", "Yêu cầu chưa hợp lệ, xem chi tiết từng trường.", { errors });

/** The documents' problems, and whether any is held by something. */
export async function documentErrors(db: Db, citizenId: string, ids: readonly string[], at: Date): Promise<{ errors: FieldError[]; taken: boolean }> {
  const facts = await uploadFacts(db, citizenId, ids);
  const errors: FieldError[] = [];
  let taken = false;
  ids.forEach((id, i) => {
    const field = `documentIds.${i}`;
    const fact = facts.get(id);
    if (!fact) errors.push(fieldError(field, "UNKNOWN_UPLOAD", "Không tìm thấy tệp đã tải lên; hãy chọn lại tệp", "Upload not found; choose the file again"));
    else if (isHeldElsewhere(fact)) {
      taken = true;
      errors.push(fieldError(field, "ALREADY_USED", "Tệp này đã được gửi kèm ở nơi khác; hãy tải lại tệp", "This file is already attached elsewhere"));
    } else if (fact.expiresAt <= at) errors.push(fieldError(field, "EXPIRED", "Tệp đã hết hạn lưu tạm; hãy tải lại tệp", "The upload expired; upload it again"));
  });
  return { errors, taken };
}

/** A consultation's preferred day must be a working day in the coming window, from tomorrow. */
export function preferredDateErrors(calendar: Calendar, date: string, at: Date): FieldError[] {
  const tomorrow = addDays(vnClock(at).today, 1);
  const days = bookableDays(calendar, tomorrow, CONSULTING_WINDOW_WORKING_DAYS);
  if (isLocalDate(date) && days.includes(localDate(date))) return [];
  return [
    fieldError(
      "preferredDate",
      "DAY_NOT_AVAILABLE",
      `Hãy chọn một ngày làm việc trong ${CONSULTING_WINDOW_WORKING_DAYS} ngày làm việc tới, từ ngày mai`,
      `Choose a working day within the next ${CONSULTING_WINDOW_WORKING_DAYS} working days, from tomorrow`,
    ),
  ];
}
