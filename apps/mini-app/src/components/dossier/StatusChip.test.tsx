import { dossierStatuses, statusLabel } from "@motcua/contracts";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LanguageProvider } from "../../i18n/i18n.tsx";
import { StatusChip } from "./StatusChip.tsx";

describe("StatusChip", () => {
  it.each(dossierStatuses)("says %s in the citizen's Vietnamese words", (status) => {
    const { container } = render(<StatusChip status={status} />);
    const chip = container.querySelector(".status-chip")!;
    expect(chip.textContent).toBe(`Trạng thái: ${statusLabel[status].vi}`);
  });

  it("uses the labels a citizen expects for the common states", () => {
    const { rerender } = render(<StatusChip status="AWAITING_SUPPLEMENT" />);
    expect(screen.getByText("Cần bổ sung giấy tờ")).toBeTruthy();
    rerender(<StatusChip status="SUBMITTED" />);
    expect(screen.getByText("Đã nộp, chờ tiếp nhận")).toBeTruthy();
    rerender(<StatusChip status="DELIVERED" />);
    expect(screen.getByText("Đã trả kết quả")).toBeTruthy();
  });

  it("marks a status that needs the citizen as the loud tone, with the colour only repeating the words", () => {
    const { container } = render(<StatusChip status="AWAITING_SUPPLEMENT" />);
    const chip = container.querySelector<HTMLElement>(".status-chip")!;
    expect(chip.classList.contains("status-chip--action")).toBe(true);
    expect(chip.style.background).not.toBe("");
    expect(chip.textContent).toContain("Cần bổ sung giấy tờ");
  });

  it("speaks English when the citizen chose it", () => {
    render(
      <LanguageProvider language="en">
        <StatusChip status="IN_PROGRESS" />
      </LanguageProvider>,
    );
    expect(screen.getByText("In progress")).toBeTruthy();
    expect(screen.getByText("Status:", { exact: false })).toBeTruthy();
  });
});
