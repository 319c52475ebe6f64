import { ApiError, type DossierRatingState, type RateDossierRequest } from "@motcua/contracts";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { RatingForm } from "./RatingForm.tsx";

const id = "0b6c1c52-3f57-4f4e-9d6a-4a8e2b1c7d10";
const open: DossierRatingState = { dossierId: id, delivered: true, canRate: true, rating: null };
const given: DossierRatingState = {
  dossierId: id,
  delivered: true,
  canRate: true,
  rating: {
    level: "SATISFIED",
    criteria: { STAFF_ATTITUDE: "VERY_SATISFIED" },
    comment: "Cán bộ nhiệt tình",
    firstRatedAt: "2026-03-02T03:00:00Z",
    updatedAt: "2026-03-02T03:00:00Z",
    changeableUntil: "2026-03-09T03:00:00Z",
  },
};

function renderForm(state: DossierRatingState, onSave = vi.fn<(body: RateDossierRequest) => Promise<unknown>>().mockResolvedValue(undefined)) {
  render(<RatingForm state={state} onSave={onSave} />);
  return { onSave, user: userEvent.setup() };
}

describe("RatingForm", () => {
  it("asks for one of the three levels before sending anything", async () => {
    const { onSave, user } = renderForm(open);
    const levels = within(screen.getByRole("group", { name: "Bạn có hài lòng với việc giải quyết hồ sơ này không?" })).getAllByRole("radio");
    expect(levels.map((r) => r.closest("label")!.textContent)).toEqual(["Rất hài lòng", "Hài lòng", "Không hài lòng"]);
    await user.click(screen.getByRole("button", { name: "Gửi đánh giá" }));
    expect(screen.getByRole("alert").textContent).toBe("Hãy chọn một mức độ hài lòng.");
    expect(onSave).not.toHaveBeenCalled();
  });

  it("sends the level, the criteria answered and the comment, then thanks the citizen", async () => {
    const { onSave, user } = renderForm(open);
    await user.click(screen.getByLabelText("Không hài lòng"));
    await user.click(screen.getByText("Đánh giá chi tiết theo 9 tiêu chí (không bắt buộc)"));
    expect(screen.getAllByRole("combobox")).toHaveLength(9);
    await user.selectOptions(screen.getByLabelText("1. Tổng thời gian giải quyết so với thời hạn quy định"), "DISSATISFIED");
    await user.selectOptions(screen.getByLabelText("7. Thái độ của cán bộ, công chức"), "SATISFIED");
    await user.type(screen.getByLabelText("Góp ý thêm (không bắt buộc)"), "Phải đi lại ba lần");
    await user.click(screen.getByRole("button", { name: "Gửi đánh giá" }));
    expect(onSave).toHaveBeenCalledWith({
      level: "DISSATISFIED",
      criteria: { TOTAL_TIME: "DISSATISFIED", STAFF_ATTITUDE: "SATISFIED" },
      comment: "Phải đi lại ba lần",
    });
    expect(await screen.findByText("Cảm ơn bạn đã đánh giá.")).toBeTruthy();
  });

  it("leaves out a criterion set back to no answer, and refuses hidden control characters in the comment", async () => {
    const { onSave, user } = renderForm(open);
    await user.click(screen.getByLabelText("Hài lòng"));
    await user.click(screen.getByText("Đánh giá chi tiết theo 9 tiêu chí (không bắt buộc)"));
    const criterion = screen.getByLabelText("5. Tiếp nhận và trả kết quả tại Bộ phận Một cửa");
    await user.selectOptions(criterion, "SATISFIED");
    await user.selectOptions(criterion, "");
    await user.type(screen.getByLabelText("Góp ý thêm (không bắt buộc)"), "Tốt\u202eđấy");
    await user.click(screen.getByRole("button", { name: "Gửi đánh giá" }));
    expect(screen.getByRole("alert").textContent).toBe("Văn bản có ký tự không được phép, vui lòng xóa bớt ký tự lạ.");
    expect(onSave).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText("Góp ý thêm (không bắt buộc)"));
    await user.click(screen.getByRole("button", { name: "Gửi đánh giá" }));
    expect(onSave).toHaveBeenCalledWith({ level: "SATISFIED" });
  });

  it("shows an earlier rating, how long it can change, and offers to update it", async () => {
    const { onSave, user } = renderForm(given);
    expect(screen.getByText("Bạn đã đánh giá: Hài lòng", { exact: false })).toBeTruthy();
    expect(screen.getByText("Bạn có thể sửa đánh giá đến hết 09/03/2026.")).toBeTruthy();
    expect((screen.getByLabelText("Hài lòng") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText("7. Thái độ của cán bộ, công chức") as HTMLSelectElement).value).toBe("VERY_SATISFIED");
    await user.click(screen.getByLabelText("Rất hài lòng"));
    await user.click(screen.getByRole("button", { name: "Cập nhật đánh giá" }));
    expect(onSave).toHaveBeenCalledWith({ level: "VERY_SATISFIED", criteria: { STAFF_ATTITUDE: "VERY_SATISFIED" }, comment: "Cán bộ nhiệt tình" });
  });

  it("explains a refusal once the seven days are over, keeping what was typed", async () => {
    const closed = new ApiError(409, "CONFLICT", "Xung đột dữ liệu", "Đánh giá chỉ có thể thay đổi trong 7 ngày", [], undefined);
    const { user } = renderForm(given, vi.fn().mockRejectedValue(closed));
    await user.clear(screen.getByLabelText("Góp ý thêm (không bắt buộc)"));
    await user.type(screen.getByLabelText("Góp ý thêm (không bắt buộc)"), "Đổi ý");
    await user.click(screen.getByRole("button", { name: "Cập nhật đánh giá" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Đã quá 7 ngày kể từ lần đánh giá đầu nên không sửa được nữa. Đánh giá trước của bạn vẫn được giữ.",
    );
    expect((screen.getByLabelText("Góp ý thêm (không bắt buộc)") as HTMLTextAreaElement).value).toBe("Đổi ý");
  });

  it("offers Thử lại after a network failure and sends again", async () => {
    const onSave = vi
      .fn<(body: RateDossierRequest) => Promise<unknown>>()
      .mockRejectedValueOnce(new ApiError(0, "NETWORK", "Không kết nối được máy chủ.", undefined, [], undefined))
      .mockResolvedValueOnce(undefined);
    const { user } = renderForm(open, onSave);
    await user.click(screen.getByLabelText("Rất hài lòng"));
    await user.click(screen.getByRole("button", { name: "Gửi đánh giá" }));
    expect(await screen.findByText("Không có kết nối mạng")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(onSave).toHaveBeenCalledTimes(2);
    expect(await screen.findByText("Cảm ơn bạn đã đánh giá.")).toBeTruthy();
  });

  it("only shows the rating once it can no longer change", () => {
    renderForm({ ...given, canRate: false });
    expect(screen.getByText("Bạn đã đánh giá: Hài lòng")).toBeTruthy();
    expect(screen.getByText("Đánh giá đã được ghi nhận và không thể sửa nữa.")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.queryByRole("radio")).toBeNull();
  });
});
