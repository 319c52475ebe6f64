import { isAbsolute, resolve } from "node:path";
import { z } from "zod";

const csv = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean),
  );

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  DATA_DIR: z.string().min(1).default("./.data"),
  DATABASE_URL: z.url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Origins allowed to call /api cross-origin: the Zalo webview hosts by default. */
  CORS_ORIGINS: csv.default(["https://h5.zdn.vn", "zbrowser://h5.zdn.vn"]),
  /** How often each instance checks whether another one changed the catalog. */
  CATALOG_REFRESH_MS: z.coerce.number().int().min(0).default(5000),
  /** Seed the Đồng Nai catalog into an empty database at start. */
  SEED_CATALOG: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

export type Config = Omit<z.infer<typeof EnvSchema>, "DATA_DIR"> & {
  /** Absolute; relative values resolve against the directory the command was started from. */
  DATA_DIR: string;
};

export class ConfigError extends Error {}

/** Reads and validates the environment once; everything else receives the result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const base = env.INIT_CWD ?? process.cwd();
  const dataDir = parsed.data.DATA_DIR;
  return { ...parsed.data, DATA_DIR: isAbsolute(dataDir) ? dataDir : resolve(base, dataDir) };
}
