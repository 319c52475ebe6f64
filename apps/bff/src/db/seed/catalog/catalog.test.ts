import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Procedure } from "@motcua/contracts";
import { agencies, findCatalogProblems, procedures, sectors, validateCatalog } from "./index.ts";

interface Ward {
  code: string;
  name: string;
  fullName: string;
  unit: string;
}
interface AdminUnits {
  provinces: { code: string; wards: Ward[] }[];
}

const adminUnits = JSON.parse(
  readFileSync(new URL("../../../../data/vn-admin-units-2026.json", import.meta.url), "utf8"),
) as AdminUnits;
const dongNai = adminUnits.provinces.find((p) => p.code === "75");

function strings(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === "string") out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

const byCode = (code: string): Procedure => {
  const p = procedures.find((x) => x.code === code);
  if (p === undefined) throw new Error(`missing ${code}`);
  return p;
};

describe("Đồng Nai seed catalog", () => {
  it("passes schema validation and referential integrity", () => {
    expect(findCatalogProblems({ agencies, sectors, procedures })).toEqual([]);
    expect(() => validateCatalog()).not.toThrow();
  });

  it("has the required breadth", () => {
    expect(agencies.filter((a) => a.level === "PROVINCE").length).toBeGreaterThanOrEqual(20);
    expect(agencies.filter((a) => a.level === "COMMUNE").length).toBeGreaterThanOrEqual(12);
    expect(procedures.length).toBeGreaterThanOrEqual(120);
    const online = procedures.filter((p) => p.onlineLevel !== "NONE").length;
    expect(online / procedures.length).toBeGreaterThanOrEqual(0.6);
    expect(procedures.some((p) => p.level === "COMMUNE")).toBe(true);
    const provincialAgenciesUsed = new Set(procedures.map((p) => p.agencyCode).filter((c) => c !== null));
    expect(provincialAgenciesUsed.size).toBeGreaterThanOrEqual(15);
  });

  it("ties every commune agency to a real ward of province 75, with the dataset's name", () => {
    expect(dongNai).toBeDefined();
    const wards = new Map((dongNai?.wards ?? []).map((w) => [w.code, w]));
    expect(wards.size).toBe(95);
    for (const a of agencies.filter((x) => x.level === "COMMUNE")) {
      const ward = wards.get(a.wardCode ?? "");
      expect(ward, `${a.code} ${a.name}`).toBeDefined();
      expect(a.name.toLowerCase()).toBe(`ủy ban nhân dân ${ward?.fullName.toLowerCase()}`);
    }
  });

  it("uses NFC-normalised text and no blank strings", () => {
    const all = strings({ agencies, sectors, procedures }, "catalog", []);
    expect(all.length).toBeGreaterThan(1000);
    expect(all.filter(([, s]) => s.normalize("NFC") !== s).map(([path]) => path)).toEqual([]);
    expect(all.filter(([, s]) => s.trim().length === 0).map(([path]) => path)).toEqual([]);
  });

  it("derives local codes from the national code and Đồng Nai's id", () => {
    for (const p of procedures) expect(p.localCode).toBe(`${p.code}.000.00.00.H19`);
    expect(byCode("1.001612").localCode).toBe("1.001612.000.00.00.H19");
  });

  it("gives every online procedure a form and an uploadable document", () => {
    for (const p of procedures.filter((x) => x.onlineLevel !== "NONE")) {
      expect(p.form.fields.length, p.code).toBeGreaterThan(0);
      expect(p.requirements.some((r) => !r.presentOnly), p.code).toBe(true);
      expect(p.channels.map((c) => c.channel), p.code).toContain("ONLINE");
      for (const fd of p.form.fields) expect(fd.labelEn, `${p.code}.${fd.key}`).not.toBeNull();
    }
  });

  it("explains every unverified fact", () => {
    for (const p of procedures.filter((x) => !x.verified)) expect(p.sourceNote, p.code).not.toBeNull();
  });

  it("keeps the facts checked against public records", () => {
    const khaiSinh = byCode("1.001193");
    expect(khaiSinh.level).toBe("COMMUNE");
    expect(khaiSinh.agencyCode).toBeNull();
    expect(khaiSinh.channels[0]?.processingTime).toMatchObject({ unit: "SAME_DAY", value: 0, cutoff: "15:00" });
    expect(byCode("2.000635").channels[0]?.fees[0]?.amount).toBe(8000);
    expect(byCode("2.000488").channels[0]?.processingTime).toMatchObject({ unit: "CALENDAR_DAY", value: 10 });
    expect(byCode("2.000488").agencyCode).toBe(agencies.find((a) => a.shortName === "Công an tỉnh")?.code);
    expect(byCode("1.014027").channels[0]?.processingTime).toMatchObject({ unit: "WORKING_DAY", value: 10 });
  });

  it("carries the words citizens type", () => {
    const words = new Set(procedures.flatMap((p) => p.keywords.map((k) => k.toLowerCase())));
    for (const w of ["lltp", "gpxd", "cccd", "hkd", "sổ đỏ", "bhyt", "giấy khai sinh", "gcn qsdđ"]) expect(words, w).toContain(w);
  });

  it("reports every kind of broken reference", () => {
    const base = byCode("1.001193");
    const broken: Procedure[] = [
      ...procedures,
      { ...base, localCode: "1.001193.X" },
      { ...base, code: "1.999999", localCode: "1.999999.000.00.00.H19", sectorCode: "NOPE", agencyCode: "000.00.03.H19" },
      { ...base, code: "1.999998", localCode: "1.999998.000.00.00.H19", level: "PROVINCE", agencyCode: agencies.find((a) => a.level === "COMMUNE")?.code ?? null },
      { ...base, code: "1.999997", localCode: "1.999997.000.00.00.H19", form: { fields: [] } },
    ];
    const problems = findCatalogProblems({ agencies, sectors, procedures: broken }).join("\n");
    expect(problems).toMatch(/procedure code 1\.001193 is not unique/);
    expect(problems).toMatch(/unknown sectorCode NOPE/);
    expect(problems).toMatch(/commune-level procedure must have agencyCode null/);
    expect(problems).toMatch(/is not a provincial agency/);
    expect(problems).toMatch(/form has no fields/);
    expect(() => validateCatalog({ agencies, sectors, procedures: broken })).toThrow(/problem\(s\)/);
  });
});
