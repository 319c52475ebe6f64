/** Every screen's path in one place, so links cannot drift from the router. */
export const paths = {
  home: "/",
  search: "/search",
  procedure: (code: string) => `/procedures/${encodeURIComponent(code)}`,
  file: (code: string) => `/file/${encodeURIComponent(code)}`,
  resumeDraft: (code: string, draftId: string) => `/file/${encodeURIComponent(code)}?draft=${encodeURIComponent(draftId)}`,
  myDossiers: "/dossiers",
  dossier: (id: string) => `/dossiers/${encodeURIComponent(id)}`,
  lookup: "/lookup",
  settings: "/settings",
  feedback: "/feedback",
  sendFeedback: "/feedback/new",
  feedbackDetail: (code: string) => `/feedback/${encodeURIComponent(code)}`,
  publishedFeedback: "/feedback/published",
  appointments: "/appointments",
  bookAppointment: "/appointments/new",
  appointment: (id: string) => `/appointments/${encodeURIComponent(id)}`,
} as const;
