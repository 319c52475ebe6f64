import type { FormField } from "@motcua/contracts";
import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createQueryClient } from "../../../api/query-client.ts";
import { installFakeBff, jsonResponse } from "../../../test/fake-bff.ts";
import { newFilingData, type AnswerInput } from "../filing-data.ts";
import { messageOf, validateAnswers } from "../validation.ts";
import { FormRenderer } from "./FormRenderer.tsx";
import { formField } from "./form-field.ts";

/** One field of every type a procedure can define (contracts' formFieldTypes). */
const fields: FormField[] = [
  formField({ key: "fatherName", type: "text", label: "Họ tên cha", maxLength: 10 }),
  formField({ key: "history", type: "textarea", label: "Quá trình cư trú", required: false, help: "Ghi theo từng giai đoạn" }),
  formField({ key: "copies", type: "number", label: "Số bản", min: 1, max: 10 }),
  formField({ key: "marriedOn", type: "date", label: "Ngày kết hôn" }),
  formField({ key: "kind", type: "select", label: "Loại phiếu", options: [{ value: "1", label: "Phiếu số 1" }, { value: "2", label: "Phiếu số 2" }] }),
  formField({ key: "nation", type: "select", label: "Dân tộc", options: ["Kinh", "Tày", "Thái", "Mường", "Khmer"].map((n) => ({ value: n, label: n })) }),
  formField({ key: "agree", type: "checkbox", label: "Tôi cam đoan thông tin là đúng" }),
  formField({ key: "contact", type: "phone", label: "Số điện thoại liên hệ" }),
  formField({ key: "mail", type: "email", label: "Thư điện tử", required: false }),
  formField({ key: "fatherId", type: "id_number", label: "Số định danh của cha" }),
  formField({ key: "residence", type: "address", label: "Nơi cư trú" }),
];

const wards = [
  { code: "26041", name: "Trấn Biên", fullName: "Phường Trấn Biên", unit: "Phường", provinceCode: "75" },
  { code: "25333", name: "An Lộc", fullName: "Phường An Lộc", unit: "Phường", provinceCode: "75" },
  { code: "26383", name: "An Phước", fullName: "Xã An Phước", unit: "Xã", provinceCode: "75" },
];

/** As the wizard does: errors from the server's schema, shown once a field was left, then live. */
function Host() {
  const [answers, setAnswers] = useState<Record<string, AnswerInput>>(() => newFilingData({ name: "T", form: { fields } }).answers);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const errors = validateAnswers(fields, answers);
  return (
    <FormRenderer
      fields={fields}
      answers={answers}
      onChange={(key, value) => setAnswers((a) => ({ ...a, [key]: value }))}
      onBlur={(path) => setTouched((t) => new Set(t).add(path))}
      errorOf={(path) => (touched.has(path) ? messageOf(errors[path], "vi") : undefined)}
    />
  );
}

function renderForm() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <Host />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

describe("FormRenderer", () => {
  beforeEach(() => {
    installFakeBff({
      "GET /api/v1/provinces": () => jsonResponse({ items: [{ code: "75", name: "Đồng Nai", fullName: "Thành phố Đồng Nai", unit: "Thành phố" }] }),
      "GET /api/v1/wards": () => jsonResponse({ items: wards }),
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("gives every field type a visible label", async () => {
    renderForm();
    for (const label of ["Họ tên cha", "Quá trình cư trú (không bắt buộc)", "Số bản", "Ngày kết hôn", "Dân tộc", "Tôi cam đoan thông tin là đúng", "Số điện thoại liên hệ", "Thư điện tử (không bắt buộc)", "Số định danh của cha"]) {
      expect(screen.getByLabelText(label), label).toBeTruthy();
    }
    expect(screen.getByRole("group", { name: "Loại phiếu" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Phiếu số 2" })).toBeTruthy();
    const residence = within(screen.getByRole("group", { name: "Nơi cư trú" }));
    expect(residence.getByLabelText("Số nhà, tên đường, thôn/ấp/khu phố")).toBeTruthy();
    expect(residence.getByLabelText("Tỉnh, thành phố")).toBeTruthy();
    expect(residence.getByLabelText("Phường, xã, đặc khu")).toBeTruthy();
  });

  it("checks text as it is typed once the field was left", async () => {
    const user = renderForm();
    const name = screen.getByLabelText("Họ tên cha");
    await user.click(name);
    await user.tab();
    expect(screen.getByText("Không được để trống")).toBeTruthy();
    await user.type(name, "Nguyễn Văn Bình");
    expect(screen.getByText("Tối đa 10 ký tự")).toBeTruthy();
    expect(name.getAttribute("aria-invalid")).toBe("true");
    await user.clear(name);
    await user.type(name, "Ng Bình");
    expect(screen.queryByText("Tối đa 10 ký tự")).toBeNull();
    expect(name.getAttribute("aria-invalid")).toBeNull();
  });

  it("checks numbers against their bounds", async () => {
    const user = renderForm();
    const copies = screen.getByLabelText("Số bản");
    await user.type(copies, "12");
    await user.tab();
    expect(screen.getByText("Không lớn hơn 10")).toBeTruthy();
    await user.clear(copies);
    await user.type(copies, "abc");
    expect(screen.getByText("Cần nhập một số")).toBeTruthy();
    await user.clear(copies);
    await user.type(copies, "2");
    expect(screen.queryByText("Cần nhập một số")).toBeNull();
  });

  it("formats a date as typed and asks for day/month/year", async () => {
    const user = renderForm();
    const date = screen.getByLabelText("Ngày kết hôn") as HTMLInputElement;
    await user.type(date, "0509");
    await user.tab();
    expect(date.value).toBe("05/09/");
    expect(screen.getByText("Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/09/1965")).toBeTruthy();
    await user.type(date, "2010");
    expect(date.value).toBe("05/09/2010");
    expect(screen.queryByText(/Nhập ngày theo dạng/)).toBeNull();
  });

  it("checks phone, email and the 12 digits of an ID number", async () => {
    const user = renderForm();
    await user.type(screen.getByLabelText("Số điện thoại liên hệ"), "0123");
    await user.tab();
    expect(screen.getByText("Số điện thoại Việt Nam không hợp lệ")).toBeTruthy();
    await user.type(screen.getByLabelText("Thư điện tử (không bắt buộc)"), "an@");
    await user.tab();
    expect(screen.getByText("Thư điện tử không hợp lệ")).toBeTruthy();
    const id = screen.getByLabelText("Số định danh của cha");
    await user.type(id, "07508");
    await user.tab();
    expect(screen.getByText("Số định danh cá nhân (CCCD) gồm đúng 12 chữ số")).toBeTruthy();
    expect(screen.getByText("Đã nhập 5/12 chữ số")).toBeTruthy();
    await user.type(id, "5001234");
    expect(screen.queryByText(/gồm đúng 12 chữ số/)).toBeNull();
  });

  it("requires a choice and the confirmation box", async () => {
    const user = renderForm();
    const nation = screen.getByLabelText("Dân tộc");
    await user.click(nation);
    await user.tab();
    expect(screen.getByText("Hãy chọn một mục")).toBeTruthy();
    await user.selectOptions(nation, "Kinh");
    expect(screen.queryByText("Hãy chọn một mục")).toBeNull();
    const agree = screen.getByLabelText("Tôi cam đoan thông tin là đúng");
    await user.click(agree);
    await user.click(agree);
    await user.tab();
    expect(screen.getByText("Cần xác nhận mục này")).toBeTruthy();
  });

  it("finds a ward without diacritics and shows the choice", async () => {
    const user = renderForm();
    const residence = within(screen.getByRole("group", { name: "Nơi cư trú" }));
    await user.type(residence.getByLabelText("Phường, xã, đặc khu"), "an phuoc");
    await user.click(await residence.findByRole("button", { name: "Xã An Phước" }));
    expect(residence.getByText("Xã An Phước")).toBeTruthy();
    expect(residence.getByRole("button", { name: "Đổi Phường, xã, đặc khu" })).toBeTruthy();
    expect(residence.queryByRole("button", { name: "Phường An Lộc" })).toBeNull();
  });
});
