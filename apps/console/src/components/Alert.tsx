import type { ReactNode } from "react";
import { ApiError } from "../lib/http.ts";

export function messageOf(err: unknown): string {
  if (err instanceof ApiError) return err.detail ?? err.title;
  return "Đã có lỗi không mong muốn. Vui lòng thử lại.";
}

/** Announced by screen readers as soon as it appears. */
export function Alert({ children, tone = "error" }: { children: ReactNode; tone?: "error" | "success" | "info" }) {
  return (
    <div className={`alert alert-${tone}`} role={tone === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}

export function ErrorAlert({ error }: { error: unknown }) {
  return error ? <Alert>{messageOf(error)}</Alert> : null;
}
