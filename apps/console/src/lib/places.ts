import { useEffect, useState } from "react";
import type { Address } from "@motcua/contracts";
import * as api from "../api.ts";

// Addresses are stored as NSO codes; the names come from the BFF once per page load.
let provinces: Promise<Map<string, string>> | undefined;
const wards = new Map<string, Promise<Map<string, string>>>();

const names = (items: { code: string; fullName: string }[]) => new Map(items.map((i) => [i.code, i.fullName]));

function provinceNames(): Promise<Map<string, string>> {
  provinces ??= api.listProvinces().then(names, () => new Map());
  return provinces;
}

function wardNames(provinceCode: string): Promise<Map<string, string>> {
  let found = wards.get(provinceCode);
  if (!found) {
    found = api.listWards(provinceCode).then(names, () => new Map());
    wards.set(provinceCode, found);
  }
  return found;
}

/** "12 Đường Võ Thị Sáu, Phường Trấn Biên, Tỉnh Đồng Nai"; codes stand in until the names arrive. */
export function useAddressText(address: Address): string {
  const fallback = `${address.street}, mã phường/xã ${address.wardCode}, mã tỉnh ${address.provinceCode}`;
  const [text, setText] = useState(fallback);
  useEffect(() => {
    let live = true;
    Promise.all([wardNames(address.provinceCode), provinceNames()]).then(([w, p]) => {
      const ward = w.get(address.wardCode);
      const province = p.get(address.provinceCode);
      if (live && ward && province) setText(`${address.street}, ${ward}, ${province}`);
    });
    return () => {
      live = false;
    };
  }, [address.street, address.wardCode, address.provinceCode]);
  return text;
}
