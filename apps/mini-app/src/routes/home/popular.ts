import type { HomeKey } from "./messages.ts";

/**
 * What most people come to the one-stop desk for, by national procedure code. Each code must exist
 * in the catalog (popular.test.ts checks it against the seed); the short labels are ours, so Home
 * draws them before any data arrives.
 */
export const popularProcedures = [
  { code: "2.000488", label: "popularCriminalRecord" },
  { code: "1.001193", label: "popularBirth" },
  { code: "1.000894", label: "popularMarriage" },
  { code: "1.004222", label: "popularResidence" },
  { code: "1.001612", label: "popularHouseholdBusiness" },
  { code: "2.000815", label: "popularCertifiedCopy" },
] as const satisfies ReadonlyArray<{ code: string; label: HomeKey }>;
