import { FeedbackCategory } from "@motcua/contracts";
import { storage } from "../../platform/zalo.ts";
import { persistable, uploadIds, type UploadItem } from "../../uploads/upload-item.ts";
import type { FeedbackBody } from "./feedback-queries.ts";
import type { ChosenProcedure } from "./ProcedurePicker.tsx";

/** Everything the form holds, kept on the phone as it is typed so closing the app loses nothing. */
export interface FeedbackDraft {
  category: FeedbackCategory | null;
  agencyCode: string;
  procedure: ChosenProcedure | null;
  text: string;
  anonymous: boolean;
  contactPhone: string;
  publishConsent: boolean;
  photos: UploadItem[];
}

const KEY = "motcua.feedback.draft";

export const emptyDraft: FeedbackDraft = {
  category: null,
  agencyCode: "",
  procedure: null,
  text: "",
  anonymous: false,
  contactPhone: "",
  publishConsent: false,
  photos: [],
};

export function loadDraft(): FeedbackDraft {
  try {
    const stored = JSON.parse(storage.get(KEY) ?? "null") as Partial<FeedbackDraft> | null;
    if (!stored) return emptyDraft;
    const category = FeedbackCategory.safeParse(stored.category);
    return { ...emptyDraft, ...stored, category: category.success ? category.data : null, photos: persistable(stored.photos ?? []) };
  } catch {
    return emptyDraft;
  }
}

/** Photos still uploading cannot outlive the app; only finished ones are kept. */
export function saveDraft(draft: FeedbackDraft): void {
  storage.set(KEY, JSON.stringify({ ...draft, photos: persistable(draft.photos) }));
}

export function clearDraft(): void {
  storage.remove(KEY);
}

/** The request as the BFF expects it; what does not apply (anonymous complaint, phone when anonymous) is left out. */
export function bodyOf(draft: FeedbackDraft, anonymousAllowed: boolean): FeedbackBody {
  const anonymous = anonymousAllowed && draft.anonymous;
  return {
    category: draft.category as FeedbackCategory,
    text: draft.text,
    photoIds: uploadIds(draft.photos),
    anonymous,
    publishConsent: draft.publishConsent,
    ...(draft.agencyCode ? { agencyCode: draft.agencyCode } : {}),
    ...(draft.procedure ? { procedureCode: draft.procedure.code } : {}),
    ...(!anonymous && draft.contactPhone.trim() ? { contactPhone: draft.contactPhone.trim() } : {}),
  };
}
