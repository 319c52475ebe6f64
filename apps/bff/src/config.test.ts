import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("applies the documented defaults", () => {
    const config = loadConfig({ INIT_CWD: "/srv/motcua" });
    expect(config).toMatchObject({ PORT: 8787, DATA_DIR: "/srv/motcua/.data", NODE_ENV: "development", SEED_CATALOG: true });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("resolves a relative DATA_DIR against the directory the command started in", () => {
    expect(loadConfig({ INIT_CWD: "/home/a", DATA_DIR: "store" }).DATA_DIR).toBe("/home/a/store");
    expect(loadConfig({ DATA_DIR: "/var/lib/motcua" }).DATA_DIR).toBe("/var/lib/motcua");
  });

  it("refuses invalid values with every problem listed", () => {
    expect(() => loadConfig({ PORT: "eighty", DATABASE_URL: "not a url" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "eighty", DATABASE_URL: "not a url" })).toThrow(/PORT[\s\S]*DATABASE_URL/);
  });
});

describe("production safety", () => {
  it("refuses to start in production with development sign-in or without key material", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/ZALO_APP_SECRET[\s\S]*ID_ENCRYPTION_KEYS[\s\S]*ID_HASH_KEY/);
  });

  it("turns development sign-in on exactly while no Zalo secret is configured", () => {
    expect(loadConfig({}).devAuth).toBe(true);
    expect(loadConfig({ ZALO_APP_SECRET: "s" }).devAuth).toBe(false);
  });
});
