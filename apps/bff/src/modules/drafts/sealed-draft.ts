import { fieldAad, type FieldCrypto } from "../../crypto/field-crypto.ts";

type DraftData = Record<string, unknown>;

/**
 * How a draft's data is stored: sealed whole. A draft is the mini app's unvalidated form state, and
 * citizen IDs and phone numbers turn up anywhere in it (the applicant, `id_number` answers, copies of
 * requests whose answer was lost), so no field-by-field rule could be sure to find them all. Only the
 * draft's owner ever reads it, and only whole.
 */
export type SealedDraftData = { sealed: string };

/** Binds the envelope to its draft: copied into another citizen's draft, it no longer opens. */
export const draftDataAad = (draftId: string) => fieldAad("draft", draftId, "data");

export function isSealedDraftData(stored: DraftData): stored is DraftData & SealedDraftData {
  return Object.keys(stored).length === 1 && typeof stored.sealed === "string";
}

export function sealDraftData(data: DraftData, draftId: string, crypto: Pick<FieldCrypto, "seal">): SealedDraftData {
  return { sealed: crypto.seal(JSON.stringify(data), draftDataAad(draftId)) };
}

export function openDraftData(stored: DraftData, draftId: string, crypto: Pick<FieldCrypto, "open">): DraftData {
  // Drafts saved before sealing are plain; they expire with the retention period.
  if (!isSealedDraftData(stored)) return stored;
  return JSON.parse(crypto.open(stored.sealed, draftDataAad(draftId))) as DraftData;
}
