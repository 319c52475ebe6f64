/**
 * The expiry an upload gets once feedback or a service request holds it (a dossier holds its own by
 * `dossier_id`): the sweeper never reaches it, and no other record may take it.
 */
export const KEPT_UNTIL = new Date("9999-12-31T00:00:00Z");

export const isHeld = (expiresAt: Date): boolean => expiresAt.getTime() >= KEPT_UNTIL.getTime();
