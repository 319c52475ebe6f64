import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from "react";
import { AnimationRoutes, App, Route, SnackbarProvider, ZMPRouter } from "zmp-ui";
import { PageLoading } from "./components/PageLoading.tsx";
import { BottomNav } from "./components/BottomNav.tsx";
import { SettingsProvider, type Settings } from "./settings/settings.tsx";

// Each screen is its own chunk: Home's first paint on 3G must not wait for the filing wizard.
const HomePage = lazy(() => import("./routes/home/HomePage.tsx"));
const SearchPage = lazy(() => import("./routes/search/SearchPage.tsx"));
const ProcedurePage = lazy(() => import("./routes/procedure/ProcedurePage.tsx"));
const FilingPage = lazy(() => import("./routes/filing/FilingPage.tsx"));
const MyDossiersPage = lazy(() => import("./routes/dossiers/MyDossiersPage.tsx"));
const DossierPage = lazy(() => import("./routes/dossiers/DossierPage.tsx"));
const LookupPage = lazy(() => import("./routes/lookup/LookupPage.tsx"));
const SettingsPage = lazy(() => import("./routes/settings/SettingsPage.tsx"));
const FeedbackPage = lazy(() => import("./routes/feedback/FeedbackPage.tsx"));
const SendFeedbackPage = lazy(() => import("./routes/feedback/SendFeedbackPage.tsx"));
const PublishedFeedbackPage = lazy(() => import("./routes/feedback/PublishedFeedbackPage.tsx"));
const FeedbackDetailPage = lazy(() => import("./routes/feedback/FeedbackDetailPage.tsx"));
const MyAppointmentsPage = lazy(() => import("./routes/appointments/MyAppointmentsPage.tsx"));
const BookAppointmentPage = lazy(() => import("./routes/appointments/BookAppointmentPage.tsx"));
const TicketPage = lazy(() => import("./routes/appointments/TicketPage.tsx"));
const ServicesPage = lazy(() => import("./routes/services/ServicesPage.tsx"));
const ConsultingRequestPage = lazy(() => import("./routes/services/ConsultingRequestPage.tsx"));
const TranslationRequestPage = lazy(() => import("./routes/services/TranslationRequestPage.tsx"));
const ServiceRequestPage = lazy(() => import("./routes/services/ServiceRequestPage.tsx"));

const screen = (Screen: LazyExoticComponent<ComponentType>) => (
  <Suspense fallback={<PageLoading />}>
    <Screen />
  </Suspense>
);

export function MotcuaApp({ queryClient, settings }: { queryClient: QueryClient; settings?: Settings }) {
  return (
    <QueryClientProvider client={queryClient}>
      <SettingsProvider {...(settings ? { initial: settings } : {})}>
        <App>
          <SnackbarProvider>
            <ZMPRouter>
              <AnimationRoutes>
                <Route path="/" element={screen(HomePage)} />
                <Route path="/search" element={screen(SearchPage)} />
                <Route path="/procedures/:code" element={screen(ProcedurePage)} />
                <Route path="/file/:code" element={screen(FilingPage)} />
                <Route path="/dossiers" element={screen(MyDossiersPage)} />
                <Route path="/dossiers/:id" element={screen(DossierPage)} />
                <Route path="/lookup" element={screen(LookupPage)} />
                <Route path="/settings" element={screen(SettingsPage)} />
                <Route path="/feedback" element={screen(FeedbackPage)} />
                <Route path="/feedback/new" element={screen(SendFeedbackPage)} />
                <Route path="/feedback/published" element={screen(PublishedFeedbackPage)} />
                <Route path="/feedback/:code" element={screen(FeedbackDetailPage)} />
                <Route path="/appointments" element={screen(MyAppointmentsPage)} />
                <Route path="/appointments/new" element={screen(BookAppointmentPage)} />
                <Route path="/appointments/:id" element={screen(TicketPage)} />
                <Route path="/services" element={screen(ServicesPage)} />
                <Route path="/services/consulting" element={screen(ConsultingRequestPage)} />
                <Route path="/services/translation" element={screen(TranslationRequestPage)} />
                <Route path="/services/:code" element={screen(ServiceRequestPage)} />
              </AnimationRoutes>
              <BottomNav />
            </ZMPRouter>
          </SnackbarProvider>
        </App>
      </SettingsProvider>
    </QueryClientProvider>
  );
}
