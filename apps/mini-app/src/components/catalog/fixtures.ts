/**
 * Test data: answers recorded from a running BFF over the seeded catalog (trimmed lists), checked
 * against the contracts' schemas so they cannot drift from what the BFF may send.
 */
import { Agency, ProcedureDetail, ProcedureList, Sector } from "@motcua/contracts";
import { z } from "zod";
import agenciesJson from "./fixtures/agencies.json";
import browsePage1Json from "./fixtures/browse-page-1.json";
import browsePage2Json from "./fixtures/browse-page-2.json";
import inPersonJson from "./fixtures/procedure-1.003583.json";
import criminalRecordJson from "./fixtures/procedure-2.000488.json";
import searchJson from "./fixtures/search-ly-lich-tu-phap.json";
import sectorsJson from "./fixtures/sectors.json";

export const agencies = z.object({ items: z.array(Agency) }).parse(agenciesJson);
export const sectors = z.object({ items: z.array(Sector) }).parse(sectorsJson);
/** Cấp Phiếu lý lịch tư pháp: provincial, fully online, the same time and fee on every channel. */
export const criminalRecord = ProcedureDetail.parse(criminalRecordJson);
/** Đăng ký khai sinh lưu động: commune level, in person only. */
export const inPersonOnly = ProcedureDetail.parse(inPersonJson);
/** GET /procedures?q=ly lich tu phap */
export const criminalRecordSearch = ProcedureList.parse(searchJson);
/** GET /procedures (no query), pages 1 and 2 of 20. */
export const browsePages = [ProcedureList.parse(browsePage1Json), ProcedureList.parse(browsePage2Json)] as const;
export const emptyList: ProcedureList = { items: [], total: 0, page: 1, pageSize: 20 };
