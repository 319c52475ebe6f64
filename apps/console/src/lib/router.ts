import { useEffect, useState } from "react";
import { dossierStatuses, feedbackCategories, feedbackStatuses, type DossierStatus, type FeedbackCategory, type FeedbackStatus } from "@motcua/contracts";
import { parseServiceRoute, SERVICE_SEGMENT, serviceHref, type ServiceRoute } from "../service-requests/service-routes.ts";

// Hash routes: the BFF serves one index.html, and a reload or a pasted link lands on the same screen.

export interface QueueRoute {
  name: "queue";
  status?: DossierStatus;
  q?: string;
  overdue: boolean;
  page: number;
}

export interface FeedbackRoute {
  name: "feedback";
  status?: FeedbackStatus;
  category?: FeedbackCategory;
  q?: string;
  overdue: boolean;
  page: number;
}

export type Route =
  | QueueRoute
  | { name: "dossier"; id: string }
  | { name: "stats" }
  | { name: "holidays" }
  | FeedbackRoute
  | { name: "feedbackItem"; code: string }
  | { name: "appointments"; date?: string }
  | ServiceRoute;

const isStatus = (v: string | null): v is DossierStatus => v !== null && (dossierStatuses as readonly string[]).includes(v);

export function parseRoute(hash: string): Route {
  const [path = "", search = ""] = hash.replace(/^#/, "").split("?");
  const segments = path.split("/").filter(Boolean);
  if (segments[0] === "ho-so" && segments[1]) return { name: "dossier", id: decodeURIComponent(segments[1]) };
  if (segments[0] === "thong-ke") return { name: "stats" };
  if (segments[0] === "lich-nghi") return { name: "holidays" };
  const params = new URLSearchParams(search);
  if (segments[0] === "phan-anh" && segments[1]) return { name: "feedbackItem", code: decodeURIComponent(segments[1]) };
  if (segments[0] === "phan-anh") return parseFeedbackRoute(params);
  if (segments[0] === SERVICE_SEGMENT) return parseServiceRoute(segments[1], params);
  if (segments[0] === "lich-hen") return { name: "appointments", ...(/^\d{4}-\d{2}-\d{2}$/.test(params.get("date") ?? "") ? { date: params.get("date")! } : {}) };
  const status = params.get("status");
  const page = Number(params.get("page"));
  return {
    name: "queue",
    ...(isStatus(status) ? { status } : {}),
    ...(params.get("q") ? { q: params.get("q")! } : {}),
    overdue: params.get("overdue") === "true",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function href(route: Route): string {
  switch (route.name) {
    case "dossier":
      return `#/ho-so/${encodeURIComponent(route.id)}`;
    case "stats":
      return "#/thong-ke";
    case "holidays":
      return "#/lich-nghi";
    case "feedbackItem":
      return `#/phan-anh/${encodeURIComponent(route.code)}`;
    case "appointments":
      return route.date ? `#/lich-hen?date=${route.date}` : "#/lich-hen";
    case "serviceRequests":
    case "serviceRequest":
      return serviceHref(route);
    case "feedback": {
      const params = new URLSearchParams();
      if (route.status) params.set("status", route.status);
      if (route.category) params.set("category", route.category);
      if (route.q) params.set("q", route.q);
      if (route.overdue) params.set("overdue", "true");
      if (route.page > 1) params.set("page", String(route.page));
      const search = params.toString();
      return search ? `#/phan-anh?${search}` : "#/phan-anh";
    }
    case "queue": {
      const params = new URLSearchParams();
      if (route.status) params.set("status", route.status);
      if (route.q) params.set("q", route.q);
      if (route.overdue) params.set("overdue", "true");
      if (route.page > 1) params.set("page", String(route.page));
      const search = params.toString();
      return search ? `#/?${search}` : "#/";
    }
  }
}

/** Filter edits replace the entry, so Back leaves the queue instead of undoing each keystroke. */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const target = href(route);
  if (options.replace) {
    history.replaceState(history.state, "", target);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } else {
    window.location.hash = target;
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return route;
}

const isOneOf = <T extends string>(values: readonly T[], v: string | null): v is T => v !== null && (values as readonly string[]).includes(v);

function parseFeedbackRoute(params: URLSearchParams): FeedbackRoute {
  const status = params.get("status");
  const category = params.get("category");
  const page = Number(params.get("page"));
  return {
    name: "feedback",
    ...(isOneOf(feedbackStatuses, status) ? { status } : {}),
    ...(isOneOf(feedbackCategories, category) ? { category } : {}),
    ...(params.get("q") ? { q: params.get("q")! } : {}),
    overdue: params.get("overdue") === "true",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

let lastQueue: QueueRoute = { name: "queue", overdue: false, page: 1 };

/** The queue as the officer last filtered it, for the way back from a dossier. */
export const lastQueueRoute = (): QueueRoute => lastQueue;

export function rememberQueueRoute(route: QueueRoute): void {
  lastQueue = route;
}
