export * from "./problem.ts";
export * from "./catalog.ts";
