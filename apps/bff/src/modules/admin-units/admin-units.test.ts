import { describe, expect, it } from "vitest";
import { foldVietnamese } from "../catalog/search/index.ts";
import { createAdminUnits } from "./admin-units.ts";

const units = createAdminUnits();

describe("administrative units (two-tier, 2026)", () => {
  it("has the 34 provincial units in code order and 3,321 wards", () => {
    const provinces = units.provinces();
    expect(provinces).toHaveLength(34);
    expect(provinces.map((p) => p.code)).toEqual([...provinces.map((p) => p.code)].sort());
    expect(provinces.find((p) => p.code === "75")).toEqual({ code: "75", name: "Đồng Nai", fullName: "Thành phố Đồng Nai", unit: "Thành phố" });
    const total = provinces.reduce((n, p) => n + (units.wards(p.code)?.length ?? 0), 0);
    expect(total).toBe(3321);
  });

  it("lists the 95 Đồng Nai wards sorted by their name without diacritics", () => {
    const wards = units.wards("75")!;
    expect(wards).toHaveLength(95);
    expect(wards.every((w) => w.provinceCode === "75" && /^\d{5}$/.test(w.code))).toBe(true);
    const keys = wards.map((w) => foldVietnamese(w.name));
    expect(keys).toEqual([...keys].sort());
    expect(new Set(wards.map((w) => w.unit))).toEqual(new Set(["Phường", "Xã"]));
  });

  it("hands out copies, so a caller cannot reorder the shared lists", () => {
    const firstWard = units.wards("75")![0];
    const firstProvince = units.provinces()[0];
    units.wards("75")!.reverse();
    units.provinces().reverse();
    expect(units.wards("75")![0]).toEqual(firstWard);
    expect(units.provinces()[0]).toEqual(firstProvince);
  });

  it("knows which province a ward belongs to", () => {
    expect(units.ward("25195")).toEqual({ code: "25195", name: "Bình Phước", fullName: "Phường Bình Phước", unit: "Phường", provinceCode: "75" });
    expect(units.isWardOf("25195", "75")).toBe(true);
    expect(units.isWardOf("25195", "79")).toBe(false);
    expect(units.isWardOf("99999", "75")).toBe(false);
    expect(units.wards("99")).toBeUndefined();
    expect(units.ward("99999")).toBeUndefined();
  });

  it("formats a two-tier address without a district", () => {
    expect(units.formatAddress({ street: " 12 Nguyễn Huệ ", wardCode: "25195", provinceCode: "75" })).toBe(
      "12 Nguyễn Huệ, Phường Bình Phước, Thành phố Đồng Nai",
    );
    expect(units.formatAddress({ street: "", wardCode: "25195", provinceCode: "75" })).toBe("Phường Bình Phước, Thành phố Đồng Nai");
    const hcmWard = units.wards("79")![0]!;
    const hcm = units.provinces().find((p) => p.code === "79")!;
    expect(units.formatAddress({ street: "1 Lê Lợi", wardCode: hcmWard.code, provinceCode: "79" })).toBe(`1 Lê Lợi, ${hcmWard.fullName}, ${hcm.fullName}`);
  });

  it("refuses to format a ward under the wrong province", () => {
    expect(() => units.formatAddress({ street: "1", wardCode: "25195", provinceCode: "79" })).toThrow(RangeError);
  });
});
