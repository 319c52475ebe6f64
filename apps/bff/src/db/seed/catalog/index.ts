/** The seed catalog of Đồng Nai and its integrity check. */
import { Agency, Procedure, Sector } from "@motcua/contracts";
import type { Agency as AgencyT, Procedure as ProcedureT, Sector as SectorT } from "@motcua/contracts";
import { agencies } from "./agencies.ts";
import { procedures } from "./procedures/index.ts";
import { sectors } from "./sectors.ts";

export { agencies, procedures, sectors };

export interface Catalog {
  agencies: AgencyT[];
  sectors: SectorT[];
  procedures: ProcedureT[];
}

const where = (path: ReadonlyArray<PropertyKey>) => (path.length > 0 ? path.map(String).join(".") : "(root)");

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/**
 * Every problem in a catalog: schema violations and broken references.
 * Empty when the catalog is sound.
 */
export function findCatalogProblems(c: Catalog): string[] {
  const problems: string[] = [];

  c.agencies.forEach((a, i) => {
    const r = Agency.safeParse(a);
    if (!r.success) for (const is of r.error.issues) problems.push(`agency[${i}] ${a.code}: ${where(is.path)}: ${is.message}`);
    if (a.level === "COMMUNE" && a.wardCode == null) problems.push(`agency ${a.code}: commune agency without wardCode`);
    if (a.level === "PROVINCE" && a.wardCode != null) problems.push(`agency ${a.code}: provincial agency with a wardCode`);
  });
  c.sectors.forEach((s, i) => {
    const r = Sector.safeParse(s);
    if (!r.success) for (const is of r.error.issues) problems.push(`sector[${i}] ${s.code}: ${where(is.path)}: ${is.message}`);
  });
  for (const d of duplicates(c.agencies.map((a) => a.code))) problems.push(`agency code ${d} is not unique`);
  for (const d of duplicates(c.sectors.map((s) => s.code))) problems.push(`sector code ${d} is not unique`);
  for (const d of duplicates(c.procedures.map((p) => p.code))) problems.push(`procedure code ${d} is not unique`);
  for (const d of duplicates(c.procedures.map((p) => p.localCode))) problems.push(`procedure localCode ${d} is not unique`);

  const sectorCodes = new Set(c.sectors.map((s) => s.code));
  const agencyLevel = new Map(c.agencies.map((a) => [a.code, a.level]));

  c.procedures.forEach((p, i) => {
    const id = `procedure[${i}] ${p.code}`;
    const r = Procedure.safeParse(p);
    if (!r.success) for (const is of r.error.issues) problems.push(`${id}: ${where(is.path)}: ${is.message}`);

    if (!sectorCodes.has(p.sectorCode)) problems.push(`${id}: unknown sectorCode ${p.sectorCode}`);
    if (p.level === "PROVINCE") {
      if (p.agencyCode == null) problems.push(`${id}: provincial procedure without agencyCode`);
      else if (!agencyLevel.has(p.agencyCode)) problems.push(`${id}: unknown agencyCode ${p.agencyCode}`);
      else if (agencyLevel.get(p.agencyCode) !== "PROVINCE") problems.push(`${id}: agency ${p.agencyCode} is not a provincial agency`);
    } else if (p.agencyCode != null) {
      problems.push(`${id}: commune-level procedure must have agencyCode null (got ${p.agencyCode})`);
    }
    if (!p.localCode.startsWith(`${p.code}.`)) problems.push(`${id}: localCode ${p.localCode} does not start with the national code`);

    for (const d of duplicates(p.requirements.map((q) => q.id))) problems.push(`${id}: requirement id ${d} is not unique`);
    for (const d of duplicates(p.form.fields.map((f) => f.key))) problems.push(`${id}: form field key ${d} is not unique`);
    for (const d of duplicates(p.channels.map((ch) => ch.channel))) problems.push(`${id}: channel ${d} listed twice`);
    if (!p.channels.some((ch) => ch.channel === "DIRECT")) problems.push(`${id}: no DIRECT channel`);

    const online = p.channels.some((ch) => ch.channel === "ONLINE");
    if (p.onlineLevel === "NONE" && online) problems.push(`${id}: onlineLevel NONE but an ONLINE channel is listed`);
    if (p.onlineLevel !== "NONE") {
      if (!online) problems.push(`${id}: onlineLevel ${p.onlineLevel} without an ONLINE channel`);
      if (p.form.fields.length === 0) problems.push(`${id}: onlineLevel ${p.onlineLevel} but the form has no fields`);
      if (!p.requirements.some((q) => !q.presentOnly)) problems.push(`${id}: onlineLevel ${p.onlineLevel} but no uploadable requirement`);
    }
    for (const ch of p.channels) {
      const t = ch.processingTime;
      if (t.unit === "SAME_DAY" && t.value !== 0) problems.push(`${id}: ${ch.channel} SAME_DAY time with value ${t.value}`);
      if (t.unit !== "SAME_DAY" && t.value === 0) problems.push(`${id}: ${ch.channel} ${t.unit} time with value 0`);
    }
    for (const fd of p.form.fields) {
      if (fd.type === "select" && (fd.options == null || fd.options.length === 0)) problems.push(`${id}: select field ${fd.key} has no options`);
    }
    if (!p.verified && p.sourceNote == null) problems.push(`${id}: unverified procedure without sourceNote`);
  });
  return problems;
}

/** Parses the whole seed catalog and checks referential integrity; throws listing every problem. */
export function validateCatalog(c: Catalog = { agencies, sectors, procedures }): Catalog {
  const problems = findCatalogProblems(c);
  if (problems.length > 0) {
    throw new Error(`Seed catalog has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  }
  return c;
}
