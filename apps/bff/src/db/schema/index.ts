export * from "./catalog.ts";
export * from "./identity.ts";
export * from "./dossiers.ts";
export * from "./uploads.ts";
export * from "./desk.ts";
export * from "./holidays.ts";
export * from "./ratings.ts";
export * from "./rate-limits.ts";
