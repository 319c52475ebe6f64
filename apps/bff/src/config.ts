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
  /**
   * The tables' owner, used only to migrate and then grant DATABASE_URL's role what the app needs,
   * and no more (no UPDATE/DELETE/TRUNCATE on the audit tables). Without it the app migrates as itself.
   */
  DATABASE_MIGRATION_URL: z.url().optional(),
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

  /** Zalo app credentials. Without a secret, development sign-in stands in (never in production). */
  ZALO_APP_ID: z.string().min(1).optional(),
  ZALO_APP_SECRET: z.string().min(1).optional(),
  ZALO_GRAPH_URL: z.url().default("https://graph.zalo.me"),
  ZALO_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(3000),
  SESSION_TTL_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(120),

  /** `kid:base64key` pairs (32-byte AES-256 keys); the first one seals new values. */
  ID_ENCRYPTION_KEYS: z.string().min(1).optional(),
  /** Base64 HMAC key for the citizen-ID blind index; separate from the encryption keys. */
  ID_HASH_KEY: z.string().min(1).optional(),

  STORAGE: z.enum(["fs", "s3"]).default("fs"),
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
  UPLOAD_DAILY_FILES: z.coerce.number().int().min(1).default(60),
  UPLOAD_DAILY_BYTES: z.coerce.number().int().min(1024).default(200 * 1024 * 1024),
  UPLOAD_TTL_HOURS: z.coerce.number().int().min(1).default(24),
  /**
   * ClamAV's clamd (`tcp://host:port`): every upload is scanned, and refused (503) while clamd cannot
   * answer. Its StreamMaxLength must be at least UPLOAD_MAX_BYTES (the default 25 MB is). Unset: no scan.
   */
  CLAMD_URL: z
    .url()
    .refine((u) => /^tcp:\/\/[^/]+:\d+\/?$/.test(u), "must be tcp://host:port")
    .optional(),
  /** One scan, connecting included; a 10 MB PDF takes clamd a few seconds. */
  CLAMD_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  DRAFT_TTL_DAYS: z.coerce.number().int().min(1).default(30),
  /** Zalo Mini App notifications (the shared "OA Mini App") and, optionally, paid ZNS by phone. */
  ZALO_MINIAPP_ID: z.string().min(1).optional(),
  ZALO_NOTIFY_API_KEY: z.string().min(1).optional(),
  ZALO_NOTIFY_URL: z.url().default("https://openapi.mini.zalo.me"),
  ZALO_NOTIFY_TEMPLATE_ID: z.string().min(1).default("00126fd75392bacce383"),
  ZNS_URL: z.url().default("https://business.openapi.zalo.me"),
  ZNS_ACCESS_TOKEN: z.string().min(1).optional(),
  ZNS_TEMPLATE_ID: z.string().min(1).optional(),
  NOTIFY_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  NOTIFY_POLL_MS: z.coerce.number().int().min(100).default(2000),
  /** The public origin of the tracking page printed as a QR code on receipts. */
  PUBLIC_BASE_URL: z.url().default("http://localhost:8787"),
  /** Sign-in attempts (citizen and officer) per client address per minute. */
  SIGN_IN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Public status lookups per client address per minute. */
  TRACK_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Uploads per client address per minute (each citizen also has daily file and byte quotas). */
  UPLOAD_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Authenticated requests per citizen or officer per minute, counted in the shared store. */
  CITIZEN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  /** API requests per client address per minute, per instance: a flood guard, not a quota. */
  API_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  /**
   * How many reverse proxies of ours stand in front (each appends to X-Forwarded-For). 0: the header
   * is ignored and the socket's peer is the client.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** Shared rate-limit counters in Redis; without it they live in the database. */
  REDIS_URL: z.url().optional(),
  /** A whole request, body included: 10 MB at ~1 Mbit/s over 3G needs well over a minute. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(180_000),
  /** Headers must arrive within this; slow-loris clients get 408. */
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).default(10_000),
  KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1000).default(5_000),
});

export type Config = Omit<z.infer<typeof EnvSchema>, "DATA_DIR"> & {
  /** Absolute; relative values resolve against the directory the command was started from. */
  DATA_DIR: string;
  /** Development sign-in: on exactly while no Zalo secret is configured. */
  devAuth: boolean;
};

export class ConfigError extends Error {}

/** Reads and validates the environment once; everything else receives the result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const data = parsed.data;
  const problems: string[] = [];
  if (data.NODE_ENV === "production") {
    if (!data.ZALO_APP_SECRET) problems.push("  ZALO_APP_SECRET: required in production (development sign-in must stay off)");
    if (!data.ID_ENCRYPTION_KEYS) problems.push("  ID_ENCRYPTION_KEYS: required in production");
    if (!data.ID_HASH_KEY) problems.push("  ID_HASH_KEY: required in production");
  }
  if (data.STORAGE === "s3") {
    for (const key of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
      if (!data[key]) problems.push(`  ${key}: required when STORAGE=s3`);
    }
  }
  if (data.ZNS_ACCESS_TOKEN && !data.ZNS_TEMPLATE_ID) problems.push("  ZNS_TEMPLATE_ID: required with ZNS_ACCESS_TOKEN");
  if (data.HEADERS_TIMEOUT_MS > data.REQUEST_TIMEOUT_MS) problems.push("  HEADERS_TIMEOUT_MS: must not exceed REQUEST_TIMEOUT_MS");
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}`);
  const base = env.INIT_CWD ?? process.cwd();
  return {
    ...data,
    DATA_DIR: isAbsolute(data.DATA_DIR) ? data.DATA_DIR : resolve(base, data.DATA_DIR),
    devAuth: !data.ZALO_APP_SECRET,
  };
}
