import type { Province, Ward } from "@motcua/contracts";
import { useQuery } from "@tanstack/react-query";
import { api, json } from "../../../api/api.ts";

// Administrative units change only with a reform: keep them for the whole visit.
const forever = { staleTime: Number.POSITIVE_INFINITY, gcTime: Number.POSITIVE_INFINITY } as const;

export function useProvinces() {
  return useQuery({
    queryKey: ["provinces"],
    queryFn: async (): Promise<Province[]> => (await json(() => api.api.v1.provinces.$get())).items,
    ...forever,
  });
}

export function useWards(provinceCode: string) {
  return useQuery({
    queryKey: ["wards", provinceCode],
    queryFn: async (): Promise<Ward[]> => (await json(() => api.api.v1.wards.$get({ query: { province: provinceCode } }))).items,
    enabled: /^\d{2}$/.test(provinceCode),
    ...forever,
  });
}

/** "Phường Trấn Biên", or null while unknown. */
export function useWardName(provinceCode: string, wardCode: string): string | null {
  const wards = useWards(provinceCode);
  return wards.data?.find((ward) => ward.code === wardCode)?.fullName ?? null;
}

export function useProvinceName(provinceCode: string): string | null {
  const provinces = useProvinces();
  return provinces.data?.find((province) => province.code === provinceCode)?.fullName ?? null;
}
