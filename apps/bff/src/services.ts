import type { Config } from "./config.ts";
import { resolveKeyring } from "./crypto/dev-keys.ts";
import { createFieldCrypto } from "./crypto/field-crypto.ts";
import type { Database } from "./db/client.ts";
import { createFixedWindows, type RateLimiter } from "./http/rate-limit.ts";
import { createPgRateLimiter } from "./integrations/rate-limit/pg-rate-limiter.ts";
import { createRedisRateLimiter } from "./integrations/rate-limit/redis-rate-limiter.ts";
import { createStorage } from "./integrations/storage/create-storage.ts";
import { createZaloGraphClient } from "./integrations/zalo/graph-client.ts";
import type { Logger } from "./logger.ts";
import { createAdminUnits } from "./modules/admin-units/admin-units.ts";
import { createCatalogService } from "./modules/catalog/catalog.service.ts";
import { createDossiersService } from "./modules/dossiers/dossiers.service.ts";
import { createDraftsService } from "./modules/drafts/drafts.service.ts";
import { createIdentityService } from "./modules/identity/identity.service.ts";
import { rateLimitedSessions } from "./modules/identity/rate-limited-sessions.ts";
import { createSessionService } from "./modules/identity/session.service.ts";
import { createNotifications } from "./modules/notifications/create-notifications.ts";
import { createUploadsService } from "./modules/uploads/uploads.service.ts";
import { createClamdScanner } from "./modules/uploads/clamd-scanner.ts";
import { createDeskService } from "./modules/desk/desk.service.ts";
import { createOfficerAuthService } from "./modules/desk/officer-auth.service.ts";
import { createDocumentsService } from "./modules/documents/documents.service.ts";
import { createStatsService } from "./modules/stats/stats.service.ts";
import { createSatisfactionService } from "./modules/stats/satisfaction.service.ts";
import { delegatingCalendar } from "./modules/holidays/delegating-calendar.ts";
import { createHolidayCalendar } from "./modules/holidays/holidays.service.ts";
import { createRatingsService } from "./modules/ratings/ratings.service.ts";
import { createFeedbackService } from "./modules/feedback/feedback.service.ts";
import { createAppointmentsService } from "./modules/appointments/appointments.service.ts";
import { createServiceRequestsService } from "./modules/service-requests/service-requests.service.ts";

/** The composition root: every service built once from validated config, passed down explicitly. */
export async function createServices(config: Config, database: Database, logger: Logger) {
  const { db } = database;
  // Counters every instance shares: Redis when configured, else the database.
  const redisLimiter = config.REDIS_URL ? createRedisRateLimiter(config.REDIS_URL, logger) : undefined;
  const dbLimiter = createPgRateLimiter(db);
  const limiter: RateLimiter = redisLimiter ?? dbLimiter;
  const sessions = rateLimitedSessions(createSessionService({ db, ttlMinutes: config.SESSION_TTL_MINUTES }), limiter, config.CITIZEN_LIMIT_PER_MINUTE);
  const zalo = config.ZALO_APP_SECRET
    ? createZaloGraphClient({ baseUrl: config.ZALO_GRAPH_URL, appSecret: config.ZALO_APP_SECRET, timeoutMs: config.ZALO_TIMEOUT_MS, logger })
    : undefined;
  const catalog = await createCatalogService({ db, logger, refreshMs: config.CATALOG_REFRESH_MS });
  const adminUnits = createAdminUnits();
  const storage = await createStorage(config);
  const crypto = createFieldCrypto(resolveKeyring(config));
  const holidays = await createHolidayCalendar({ db, logger });
  // Built once, but every call reads the latest merged calendar, so a manager's change applies at once.
  const calendar = delegatingCalendar(() => holidays.calendar());
  const uploads = createUploadsService({
    db,
    storage,
    limits: {
      maxBytes: config.UPLOAD_MAX_BYTES,
      dailyFiles: config.UPLOAD_DAILY_FILES,
      dailyBytes: config.UPLOAD_DAILY_BYTES,
      ttlHours: config.UPLOAD_TTL_HOURS,
    },
    scanner: config.CLAMD_URL ? createClamdScanner({ url: config.CLAMD_URL, timeoutMs: config.CLAMD_TIMEOUT_MS, logger }) : undefined,
  });
  return {
    config,
    logger,
    database,
    sessions,
    catalog,
    adminUnits,
    storage,
    crypto,
    holidays,
    limiter,
    /** Sweeps the database counters (Redis expires its own). */
    rateLimitCounters: dbLimiter,
    redisLimiter,
    /** The per-instance flood guard on every API request; too hot a path for a shared store. */
    floodLimiter: createFixedWindows(),
    /** Per-address limit on public lookups: slow enough to make guessing secrets pointless. */
    trackLimit: { limit: config.TRACK_LIMIT_PER_MINUTE, windowMs: 60_000 },
    identity: createIdentityService({ db, sessions, zalo, devAuth: config.devAuth, logger }),
    uploads,
    drafts: createDraftsService({ db, crypto, ttlDays: config.DRAFT_TTL_DAYS }),
    dossiers: createDossiersService({ db, catalog, adminUnits, crypto, calendar }),
    notifications: createNotifications(config, db, logger),
    officerAuth: createOfficerAuthService({ db, sessions }),
    desk: createDeskService({ db, crypto, calendar, catalog, storage }),
    stats: createStatsService({ db, catalog, calendar }),
    satisfaction: createSatisfactionService({ db, catalog }),
    ratings: createRatingsService({ db }),
    feedback: createFeedbackService({ db, catalog, calendar, storage }),
    appointments: createAppointmentsService({ db, catalog, calendar }),
    serviceRequests: createServiceRequestsService({ db, calendar, storage, uploads }),
    documents: createDocumentsService({ db, catalog, adminUnits, publicBaseUrl: config.PUBLIC_BASE_URL, place: "Đồng Nai" }),
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
