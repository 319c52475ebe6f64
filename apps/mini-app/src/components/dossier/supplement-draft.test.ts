import type { DossierDetail, Requirement } from "@motcua/contracts";
import { describe, expect, it } from "vitest";
import type { UploadItem } from "../../uploads/upload-item.ts";
import { OTHER_DOCUMENT, requestedFields, supplementBody } from "./supplement-draft.ts";

const requirement = (id: string, presentOnly = false): Requirement => ({
  id,
  name: `Giấy tờ ${id}`,
  originals: 1,
  copies: 0,
  required: true,
  condition: null,
  presentOnly,
  acceptedTypes: ["pdf", "jpeg"],
  maxFiles: 3,
  template: null,
});
const procedure = { requirements: [requirement("to-khai"), requirement("cccd"), requirement("ban-chinh", true)] };
const askedFor = (items: Array<{ requirementId: string | null; note: string }> | null) =>
  ({ supplementRequest: items && { items, note: null, requestedAt: "2026-03-03T02:00:00Z" } }) as DossierDetail;

const done = (id: string): UploadItem => ({
  key: id,
  name: `${id}.pdf`,
  size: 1000,
  status: "done",
  progress: 1,
  upload: { id, displayName: `${id}.pdf`, kind: "pdf", size: 1000, expiresAt: "2999-01-01T00:00:00Z" } as UploadItem["upload"],
});

describe("requestedFields", () => {
  it("gives a field per requirement the officer named, once each, and one for documents not in the list", () => {
    const { named, other } = requestedFields(
      askedFor([
        { requirementId: "cccd", note: "Ảnh mờ" },
        { requirementId: "cccd", note: "Thiếu mặt sau" },
        { requirementId: null, note: "Xác nhận cư trú" },
      ]),
      procedure,
    );
    expect(named.map((r) => r.id)).toEqual(["cccd"]);
    expect(other).toBe(true);
  });

  it("falls back to one open field when the request names nothing the citizen can upload", () => {
    expect(requestedFields(askedFor(null), procedure)).toEqual({ named: [], other: true });
    expect(requestedFields(askedFor([{ requirementId: "ban-chinh", note: "Mang bản chính" }]), procedure)).toEqual({ named: [], other: true });
    expect(requestedFields(askedFor([{ requirementId: "to-khai", note: "Ký tên" }]), procedure)).toMatchObject({ other: false });
  });
});

describe("supplementBody", () => {
  it("sends one entry per requirement, the other documents joining the one the citizen chose", () => {
    const body = supplementBody({
      files: { cccd: [done("u1")], [OTHER_DOCUMENT]: [done("u2")], "to-khai": [] },
      otherRequirementId: "cccd",
      note: "  ",
    });
    expect(body).toEqual({ documents: [{ requirementId: "cccd", uploadIds: ["u1", "u2"] }] });
  });

  it("leaves out files still uploading or failed, and keeps the note", () => {
    const uploading: UploadItem = { key: "k", name: "a.jpg", size: 10, status: "uploading", progress: 0.5 };
    const body = supplementBody({ files: { "to-khai": [done("u1"), uploading] }, otherRequirementId: "", note: "Đã chụp lại" });
    expect(body).toEqual({ documents: [{ requirementId: "to-khai", uploadIds: ["u1"] }], note: "Đã chụp lại" });
  });
});
