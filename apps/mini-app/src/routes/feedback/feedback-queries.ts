import type { FeedbackCategory, SubmitFeedbackRequest } from "@motcua/contracts";
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { api, json } from "../../api/api.ts";
import { authed } from "../../api/session.ts";

export const feedbackKeys = {
  mine: ["me", "feedback", "list"] as const,
  detail: (code: string) => ["me", "feedback", "detail", code] as const,
  published: (category: FeedbackCategory | "") => ["feedback", "published", category] as const,
};

/** Answers arrive from the agency at any time: a visit shows what is cached and refreshes at once. */
export const myFeedbackQuery = queryOptions({
  queryKey: feedbackKeys.mine,
  queryFn: ({ signal }) => authed((auth) => api.api.v1.me.feedback.$get(undefined, { ...auth, init: { signal } })),
  staleTime: 0,
});

export const feedbackQuery = (code: string) =>
  queryOptions({
    queryKey: feedbackKeys.detail(code),
    queryFn: ({ signal }) => authed((auth) => api.api.v1.me.feedback[":code"].$get({ param: { code } }, { ...auth, init: { signal } })),
    staleTime: 0,
  });

export const PUBLISHED_PAGE_SIZE = 10;

export const publishedFeedbackQuery = (category: FeedbackCategory | "") =>
  infiniteQueryOptions({
    queryKey: feedbackKeys.published(category),
    queryFn: ({ pageParam, signal }) =>
      json(() =>
        api.api.v1.feedback.published.$get(
          { query: { page: String(pageParam), pageSize: String(PUBLISHED_PAGE_SIZE), ...(category ? { category } : {}) } },
          { init: { signal } },
        ),
      ),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });

/** The body as the form holds it: the BFF fills in the defaults. */
export type FeedbackBody = Partial<Pick<SubmitFeedbackRequest, "photoIds" | "anonymous" | "publishConsent">> &
  Omit<SubmitFeedbackRequest, "photoIds" | "anonymous" | "publishConsent">;

export const sendFeedback = (body: FeedbackBody, key: string) =>
  authed((auth) => api.api.v1.feedback.$post({ json: body, header: { "idempotency-key": key } }, auth));
