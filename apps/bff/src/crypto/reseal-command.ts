import { ConfigError, loadConfig } from "../config.ts";
import { openDatabase, pgliteDataDir } from "../db/client.ts";
import { createLogger } from "../logger.ts";
import { resolveKeyring } from "./dev-keys.ts";
import { createFieldCrypto } from "./field-crypto.ts";
import { resealPersonalData } from "./reseal.ts";

/**
 * `pnpm --filter @motcua/bff reseal`, with the server's configuration, once a new key has been put
 * first in ID_ENCRYPTION_KEYS. Safe beside running servers on PostgreSQL; PGlite's directory is one
 * process's only, so there the server is stopped first.
 */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const crypto = createFieldCrypto(resolveKeyring(config));
  const database = await openDatabase(
    config.DATABASE_URL ? { kind: "postgres", url: config.DATABASE_URL } : { kind: "pglite", dataDir: pgliteDataDir(config.DATA_DIR) },
    logger,
  );
  try {
    const resealed = await resealPersonalData({ db: database.db, crypto, batchSize: 500 });
    logger.info({ ...resealed, activeKid: crypto.activeKid }, "everything is sealed under the active key; older keys may be removed");
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `re-sealing stopped: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
