import { readFileSync } from "node:fs";
import type { Province, Ward } from "@motcua/contracts";
import { z } from "zod";
import { foldVietnamese } from "../catalog/search/index.ts";

const Unit = z.object({ code: z.string().regex(/^\d+$/), name: z.string().min(1), fullName: z.string().min(1), unit: z.string().min(1) });
const Dataset = z.object({ provinces: z.array(Unit.extend({ wards: z.array(Unit) })).min(1) });
type Dataset = z.infer<typeof Dataset>;

export interface AddressParts {
  street: string;
  wardCode: string;
  provinceCode: string;
}

export interface AdminUnits {
  /** In national (NSO) code order. */
  provinces(): Province[];
  /** Sorted by name without diacritics; undefined for an unknown province. */
  wards(provinceCode: string): Ward[] | undefined;
  ward(code: string): Ward | undefined;
  isWardOf(wardCode: string, provinceCode: string): boolean;
  /** "số nhà, đường, Phường X, Thành phố Đồng Nai": two tiers, no district since 1/7/2025. */
  formatAddress(address: AddressParts): string;
}

let dataset: Dataset | undefined;

/** Parsed once per process and checked, so a bad vendored file fails at start, not on a request. */
function loadDataset(): Dataset {
  dataset ??= Dataset.parse(JSON.parse(readFileSync(new URL("../../../data/vn-admin-units-2026.json", import.meta.url), "utf8")));
  return dataset;
}

const byFoldedName = (a: { sortKey: string; ward: Ward }, b: { sortKey: string; ward: Ward }) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.ward.code < b.ward.code ? -1 : 1;

export function createAdminUnits(): AdminUnits {
  const provinces = new Map<string, Province>();
  const wardsByProvince = new Map<string, Ward[]>();
  const wardsByCode = new Map<string, Ward>();
  const inCodeOrder = [...loadDataset().provinces].sort((a, b) => (a.code < b.code ? -1 : 1));
  for (const { wards, code, name, fullName, unit } of inCodeOrder) {
    provinces.set(code, { code, name, fullName, unit });
    const list = wards
      .map((w) => ({ sortKey: foldVietnamese(w.name), ward: { code: w.code, name: w.name, fullName: w.fullName, unit: w.unit, provinceCode: code } }))
      .sort(byFoldedName)
      .map(({ ward }) => ward);
    wardsByProvince.set(code, list);
    for (const ward of list) wardsByCode.set(ward.code, ward);
  }

  const ward = (code: string) => wardsByCode.get(code);
  const isWardOf = (wardCode: string, provinceCode: string) => ward(wardCode)?.provinceCode === provinceCode;

  return {
    provinces: () => [...provinces.values()],
    wards: (provinceCode) => {
      const list = wardsByProvince.get(provinceCode);
      return list && [...list];
    },
    ward,
    isWardOf,
    formatAddress({ street, wardCode, provinceCode }) {
      const w = wardsByCode.get(wardCode);
      const province = provinces.get(provinceCode);
      // Callers validate with isWardOf first; a mismatch here is a bug, not user input.
      if (!w || !province || w.provinceCode !== provinceCode) {
        throw new RangeError(`ward ${wardCode} is not in province ${provinceCode}`);
      }
      return [street.trim(), w.fullName, province.fullName].filter(Boolean).join(", ");
    },
  };
}
