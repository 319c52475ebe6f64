import type { YearTable } from "../types.ts";
import { table2025 } from "./2025.ts";
import { table2026 } from "./2026.ts";
import { table2027 } from "./2027.ts";

export const bundledTables: readonly YearTable[] = [table2025, table2026, table2027];
