import type { Agency } from "@motcua/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, json } from "../../api/api.ts";

/** Agencies and sectors change a few times a year; one fetch per visit is plenty. */
const REFERENCE_STALE_MS = 30 * 60_000;

export const agenciesQuery = queryOptions({
  queryKey: ["catalog", "agencies"],
  queryFn: ({ signal }) => json(() => api.api.v1.agencies.$get(undefined, { init: { signal } })),
  staleTime: REFERENCE_STALE_MS,
});

export const sectorsQuery = queryOptions({
  queryKey: ["catalog", "sectors"],
  queryFn: ({ signal }) => json(() => api.api.v1.sectors.$get(undefined, { init: { signal } })),
  staleTime: REFERENCE_STALE_MS,
});

export const procedureQuery = (code: string) =>
  queryOptions({
    queryKey: ["catalog", "procedure", code],
    queryFn: ({ signal }) => json(() => api.api.v1.procedures[":code"].$get({ param: { code } }, { init: { signal } })),
  });

export const useAgencies = () => useQuery(agenciesQuery);
export const useSectors = () => useQuery(sectorsQuery);

/**
 * The provincial Public Administration Service Center (Trung tâm Phục vụ hành chính công). Its
 * address, hours and hotline live in its agency record, so correcting the record corrects every
 * screen. The code is the catalog's (a placeholder until the province confirms its QCVN 102 code).
 */
export const CENTER_AGENCY_CODE = "000.00.01.H19";

export const findCenter = (agencies: Agency[] | undefined): Agency | undefined =>
  agencies?.find((agency) => agency.code === CENTER_AGENCY_CODE);

/** The center's record, from the same cached agency list every catalog screen uses. */
export function useCenter() {
  const agencies = useAgencies();
  return { ...agencies, center: findCenter(agencies.data?.items) };
}
