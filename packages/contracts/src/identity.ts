import { z } from "zod";

/** Zalo access tokens are a few hundred characters; the cap only stops abuse. */
const zaloToken = z.string().max(4096);

/** Strict: the client never names the citizen; Zalo (through the token) or the session does. */
export const ZaloSignInRequest = z.strictObject({
  /** From the SDK's `getAccessToken()`. Empty or the template's `"ACCESS_TOKEN"` placeholder is refused. */
  accessToken: zaloToken,
});
export type ZaloSignInRequest = z.infer<typeof ZaloSignInRequest>;

export const DevSignInRequest = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
});
export type DevSignInRequest = z.infer<typeof DevSignInRequest>;

export const PhoneLinkRequest = z.strictObject({
  /** The signed-in user's current Zalo access token; it must belong to the session's citizen. */
  accessToken: zaloToken,
  /** From the SDK's `getPhoneNumber()`: single use, valid for two minutes. */
  phoneToken: z.string().min(1).max(2048),
});
export type PhoneLinkRequest = z.infer<typeof PhoneLinkRequest>;

export const NotificationPreference = z.strictObject({
  optIn: z.boolean(),
});
export type NotificationPreference = z.infer<typeof NotificationPreference>;

/** What a citizen sees of their own record; the phone is in full because only its owner gets it. */
export const CitizenProfile = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  /** E.164 (`+84…`), or null until the citizen shares it. */
  phone: z.string().nullable(),
  phoneConsentAt: z.iso.datetime().nullable(),
  notifyOptIn: z.boolean(),
});
export type CitizenProfile = z.infer<typeof CitizenProfile>;

export const SessionGrant = z.object({
  /** Opaque bearer token for `Authorization: Bearer …`; never put it in a URL or a cookie. */
  token: z.string(),
  expiresAt: z.iso.datetime(),
  citizen: CitizenProfile,
});
export type SessionGrant = z.infer<typeof SessionGrant>;
