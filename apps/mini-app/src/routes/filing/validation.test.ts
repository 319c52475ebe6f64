import { describe, expect, it } from "vitest";
import { newFilingData, type ApplicantInput } from "./filing-data.ts";
import { formField } from "./form/form-field.ts";
import { answersValue, stepOfField, validateAnswers, validateApplicant, validateDelivery } from "./validation.ts";

const valid: ApplicantInput = {
  fullName: "Nguyễn Văn An",
  idNumber: "075085001234",
  dateOfBirth: "05/09/1985",
  gender: "MALE",
  phone: "0912 345 678",
  email: "",
  address: { street: "12 Võ Thị Sáu", wardCode: "26041", provinceCode: "75" },
};

const messages = (input: Partial<ApplicantInput>) =>
  Object.fromEntries(Object.entries(validateApplicant({ ...valid, ...input })).map(([path, error]) => [path, error.message]));

describe("the applicant step, checked with the server's schema", () => {
  it("accepts a complete applicant", () => {
    expect(validateApplicant(valid)).toEqual({});
  });

  it("asks for exactly 12 digits of the CCCD", () => {
    expect(messages({ idNumber: "07508500123" })).toEqual({ "applicant.idNumber": "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số" });
    expect(messages({ idNumber: "07508500123a" })["applicant.idNumber"]).toBe("Số định danh cá nhân (CCCD) gồm đúng 12 chữ số");
  });

  it("checks the CCCD against the birth year", () => {
    expect(messages({ idNumber: "075090001234" })).toEqual({ "applicant.idNumber": "Số CCCD không khớp với năm sinh" });
  });

  it("takes the phone numbers people type and refuses others", () => {
    expect(messages({ phone: "+84 912.345.678" })).toEqual({});
    expect(messages({ phone: "0123" })).toEqual({ "applicant.phone": "Số điện thoại Việt Nam không hợp lệ" });
  });

  it("asks for a real past date, typed as day/month/year", () => {
    expect(messages({ dateOfBirth: "31/02/1985" })["applicant.dateOfBirth"]).toBe("Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/09/1965");
    expect(messages({ dateOfBirth: "05/09/19" })["applicant.dateOfBirth"]).toBe("Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/09/1965");
    expect(messages({ dateOfBirth: "05/09/2999" })["applicant.dateOfBirth"]).toBe("Ngày sinh phải trong quá khứ");
  });

  it("says 'required' for what is empty, and asks to choose a ward", () => {
    const empty = messages({ fullName: "", phone: " ", dateOfBirth: "", address: { street: "", wardCode: "", provinceCode: "75" } });
    expect(empty).toMatchObject({
      "applicant.fullName": "Không được để trống",
      "applicant.phone": "Không được để trống",
      "applicant.dateOfBirth": "Không được để trống",
      "applicant.address.street": "Không được để trống",
      "applicant.address.wardCode": "Hãy chọn phường, xã",
    });
  });

  it("gives the English wording too", () => {
    expect(validateApplicant({ ...valid, phone: "0123" })["applicant.phone"]?.messageEn).toBe("Not a valid Vietnamese phone number");
  });
});

describe("a procedure's answers", () => {
  const fields = [
    formField({ key: "copies", type: "number", min: 1, max: 10 }),
    formField({ key: "purpose", type: "text", required: false }),
    formField({ key: "kind", type: "select", options: [{ value: "1", label: "Số 1" }] }),
    formField({ key: "agree", type: "checkbox" }),
  ];

  it("sends numbers as numbers and leaves out empty optional answers", () => {
    expect(answersValue(fields, { copies: "2", purpose: "", kind: "1", agree: true })).toEqual({ copies: 2, kind: "1", agree: true });
  });

  it("reports each field with the schema's Vietnamese message", () => {
    const errors = validateAnswers(fields, { copies: "12", purpose: "", kind: "", agree: false });
    expect(Object.fromEntries(Object.entries(errors).map(([path, e]) => [path, e.message]))).toEqual({
      "answers.copies": "Không lớn hơn 10",
      "answers.kind": "Hãy chọn một mục",
      "answers.agree": "Cần xác nhận mục này",
    });
  });
});

describe("delivery", () => {
  it("needs the recipient, phone and ward only when the result goes by post", () => {
    const data = newFilingData({ name: "X", form: { fields: [] } });
    expect(validateDelivery(data)).toEqual({});
    const post = { ...data, delivery: { ...data.delivery, method: "post" as const } };
    expect(Object.keys(validateDelivery(post)).sort()).toEqual([
      "delivery.address.phone",
      "delivery.address.recipient",
      "delivery.address.street",
      "delivery.address.wardCode",
    ]);
  });

  it("places every field on its step", () => {
    expect(["applicant.address.wardCode", "answers.copies", "documents.to-khai", "pickup.address.phone", "agencyCode", "procedureCode"].map(stepOfField)).toEqual([
      "applicant",
      "form",
      "documents",
      "delivery",
      "delivery",
      "review",
    ]);
  });
});
