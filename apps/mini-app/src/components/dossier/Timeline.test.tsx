import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LanguageProvider } from "../../i18n/i18n.tsx";
import { Timeline, type TimelineItem } from "./Timeline.tsx";

const items: TimelineItem[] = [
  { key: "1", at: "2026-03-02T01:05:00Z", label: "Nộp hồ sơ trực tuyến" },
  { key: "2", at: "2026-03-02T08:30:00Z", label: "Tiếp nhận hồ sơ" },
  { key: "3", at: "2026-03-03T02:00:00Z", label: "Yêu cầu bổ sung giấy tờ", note: "Ảnh CCCD bị mờ" },
  // 00:30 on 10 March in Đồng Nai is still 9 March in UTC.
  { key: "due", at: "2026-03-09T17:30:00Z", label: "Hẹn trả kết quả", upcoming: true },
];

describe("Timeline", () => {
  it("tells the story oldest first, with times in Vietnam", () => {
    render(<Timeline title="Quá trình giải quyết" items={items} />);
    const steps = within(screen.getByRole("list", { name: "Quá trình giải quyết" })).getAllByRole("listitem");
    expect(steps.map((s) => s.querySelector(".timeline__label")!.textContent)).toEqual([
      "Nộp hồ sơ trực tuyến",
      "Tiếp nhận hồ sơ",
      "Yêu cầu bổ sung giấy tờ Mới nhất",
      "Hẹn trả kết quả (sắp tới)",
    ]);
    expect(within(steps[0]!).getByText("02/03/2026 08:05")).toBeTruthy();
    expect(within(steps[1]!).getByText("02/03/2026 15:30")).toBeTruthy();
  });

  it("marks the latest step as the current one, not the appointment still to come", () => {
    render(<Timeline title="Quá trình giải quyết" items={items} />);
    const current = screen.getAllByRole("listitem").filter((li) => li.getAttribute("aria-current") === "step");
    expect(current).toHaveLength(1);
    expect(current[0]!.textContent).toContain("Yêu cầu bổ sung giấy tờ");
    expect(within(current[0]!).getByText("Mới nhất")).toBeTruthy();
  });

  it("shows the officer's note and the expected day of an upcoming step in dd/mm/yyyy", () => {
    render(<Timeline title="Quá trình giải quyết" items={items} />);
    expect(screen.getByText("Ảnh CCCD bị mờ").closest(".timeline__note")!.textContent).toBe("Ghi chú: Ảnh CCCD bị mờ");
    expect(screen.getByText("Dự kiến 10/03/2026")).toBeTruthy();
  });

  it("has no current step when nothing has happened yet, and speaks English", () => {
    render(
      <LanguageProvider language="en">
        <Timeline title="Progress" items={[{ key: "due", at: "2026-03-09T17:30:00Z", label: "Result due", upcoming: true }]} />
      </LanguageProvider>,
    );
    expect(screen.getByRole("listitem").getAttribute("aria-current")).toBeNull();
    expect(screen.getByText("Expected 10/03/2026")).toBeTruthy();
  });
});
