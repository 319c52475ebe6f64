/**
 * The one door to zmp-sdk. Everything else asks this module, never the SDK, because:
 * - zmp-sdk decides at import time whether it runs inside Zalo, and evaluating it in an ordinary
 *   browser throws, so it is imported lazily and only on a Zalo host;
 * - outside Zalo (a browser on localhost, tests) every call has a plain web fallback, so all flows
 *   stay usable with development sign-in.
 */
type Sdk = typeof import("zmp-sdk/apis");

/** Inside Zalo's webview (or its device-mode preview), where the SDK's calls reach the native side. */
export function isInsideZalo(): boolean {
  if (typeof window === "undefined") return false;
  return window.location.hostname.includes("h5.zdn.vn") || /\bzalo\b/i.test(navigator.userAgent);
}

let sdkLoad: Promise<Sdk | null> | undefined;

function sdk(): Promise<Sdk | null> {
  sdkLoad ??= isInsideZalo() ? import("zmp-sdk/apis").catch(() => null) : Promise.resolve(null);
  return sdkLoad;
}

/** Runs an SDK call; a refusal, a missing permission or an older Zalo all mean "not available". */
async function attempt<T>(call: (s: Sdk) => Promise<T>): Promise<T | null> {
  const s = await sdk();
  if (!s) return null;
  try {
    return await call(s);
  } catch {
    return null;
  }
}

/** Zalo's access token for the BFF's sign-in; null outside Zalo (the SDK's mock gives "" there). */
export async function getAccessToken(): Promise<string | null> {
  const token = await attempt((s) => s.getAccessToken());
  return token ? token : null;
}

/** Name and avatar, which needs the citizen's consent; null when refused or outside Zalo. */
export async function getUserProfile(): Promise<{ name: string; avatar: string } | null> {
  const result = await attempt((s) => s.getUserInfo({ autoRequestPermission: true }));
  return result ? { name: result.userInfo.name, avatar: result.userInfo.avatar } : null;
}

/** A single-use, two-minute token the BFF exchanges for the phone number; null when refused. */
export async function getPhoneNumberToken(): Promise<string | null> {
  const result = await attempt((s) => s.getPhoneNumber());
  return result?.token ? result.token : null;
}

/** The text of a scanned QR code; null when cancelled or when no camera scanner exists here. */
export async function scanQrCode(): Promise<string | null> {
  const result = await attempt((s) => s.scanQRCode());
  return result?.content ? result.content : null;
}

/** Asks to receive the Mini App's notifications; true when the citizen accepted. */
export async function requestNotifications(): Promise<boolean> {
  if (!isInsideZalo()) return typeof Notification !== "undefined" && (await Notification.requestPermission()) === "granted";
  return (await attempt(async (s) => (await s.requestSendNotification(), true))) ?? false;
}

export async function followOfficialAccount(oaId: string): Promise<boolean> {
  return (await attempt(async (s) => (await s.followOA({ id: oaId }), true))) ?? false;
}

/** Shares a text (a receipt's reference and lookup link): Zalo's share sheet, else the Web Share API, else the clipboard. */
export async function shareText(text: string): Promise<"shared" | "copied" | "unavailable"> {
  const viaZalo = await attempt(async (s) => (await s.openShareSheet({ type: "text", data: { text } }), true));
  if (viaZalo) return "shared";
  if (typeof navigator.share === "function") {
    try {
      await navigator.share({ text });
      return "shared";
    } catch {
      // Cancelled or refused: fall through to the clipboard.
    }
  }
  try {
    await navigator.clipboard.writeText(text);
    return "copied";
  } catch {
    return "unavailable";
  }
}

/** Ends Zalo's splash screen (app-config's selfControlLoading); a no-op elsewhere. */
export async function closeLoading(): Promise<void> {
  await attempt((s) => s.closeLoading());
}

/**
 * Key-value storage that survives closing the app. Zalo's nativeStorage throws outside Zalo (and in
 * some webviews), so every call falls back to localStorage, and to memory if that is blocked too.
 */
export interface KeyValueStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

const memory = new Map<string, string>();

function webStorage(): KeyValueStorage {
  const local = (() => {
    try {
      return window.localStorage;
    } catch {
      return null;
    }
  })();
  return {
    get: (key) => {
      try {
        return local ? local.getItem(key) : (memory.get(key) ?? null);
      } catch {
        return memory.get(key) ?? null;
      }
    },
    set: (key, value) => {
      memory.set(key, value);
      try {
        local?.setItem(key, value);
      } catch {
        // Quota or privacy mode: the in-memory copy still serves this visit.
      }
    },
    remove: (key) => {
      memory.delete(key);
      try {
        local?.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}

let nativeStorage: Sdk["nativeStorage"] | null = null;

/** Switches storage to Zalo's nativeStorage once the SDK has loaded inside Zalo. */
export async function prepareStorage(): Promise<void> {
  const s = await sdk();
  if (!s) return;
  try {
    s.nativeStorage.getItem("motcua.probe");
    nativeStorage = s.nativeStorage;
  } catch {
    nativeStorage = null;
  }
}

const web = typeof window === "undefined" ? null : webStorage();

export const storage: KeyValueStorage = {
  get(key) {
    if (nativeStorage) {
      try {
        return nativeStorage.getItem(key) || null;
      } catch {
        // Fall back below.
      }
    }
    return web?.get(key) ?? null;
  },
  set(key, value) {
    if (nativeStorage) {
      try {
        nativeStorage.setItem(key, value);
        return;
      } catch {
        // Fall back below.
      }
    }
    web?.set(key, value);
  },
  remove(key) {
    try {
      nativeStorage?.removeItem(key);
    } catch {
      // Fall back below.
    }
    web?.remove(key);
  },
};
