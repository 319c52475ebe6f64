import { useEffect } from "react";
import { DossierScreen } from "./dossier/DossierScreen.tsx";
import { href, rememberQueueRoute, useRoute, type Route } from "./lib/router.ts";
import { Holidays } from "./screens/Holidays.tsx";
import { Login } from "./screens/Login.tsx";
import { Queue } from "./screens/Queue.tsx";
import { isManager, useOfficer, useSession } from "./session.tsx";
import { Stats } from "./stats/Stats.tsx";
import { FeedbackList } from "./feedback/FeedbackList.tsx";
import { FeedbackScreen } from "./feedback/FeedbackScreen.tsx";
import { Appointments } from "./appointments/Appointments.tsx";
import { ServiceRequestList } from "./service-requests/ServiceRequestList.tsx";
import { ServiceRequestScreen } from "./service-requests/ServiceRequestScreen.tsx";

const titles: Record<Route["name"], string> = {
  queue: "Hàng đợi hồ sơ",
  dossier: "Chi tiết hồ sơ",
  stats: "Thống kê",
  holidays: "Lịch nghỉ",
  feedback: "Phản ánh, kiến nghị",
  feedbackItem: "Chi tiết phản ánh",
  appointments: "Lịch hẹn tại quầy",
  serviceRequests: "Tư vấn, dịch thuật",
  serviceRequest: "Chi tiết yêu cầu tư vấn, dịch thuật",
};

export function App() {
  const { officer } = useSession();
  return officer ? <Shell /> : <Login />;
}

function Shell() {
  const officer = useOfficer();
  const { signOut } = useSession();
  const route = useRoute();
  const manager = isManager(officer);

  useEffect(() => {
    document.title = `${titles[route.name]} — Một cửa Đồng Nai`;
    if (route.name === "queue") rememberQueueRoute(route);
  }, [route]);

  const nav = (target: Route, label: string) => (
    <a href={href(target)} aria-current={route.name === target.name ? "page" : undefined}>
      {label}
    </a>
  );

  return (
    <>
      {/* Focus, not a hash link: the hash is the router's. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById("main")?.focus();
        }}
      >
        Bỏ qua đến nội dung chính
      </a>
      <header className="topbar">
        <span className="brand">Một cửa Đồng Nai</span>
        <nav aria-label="Chức năng" className="topnav">
          {nav({ name: "queue", overdue: false, page: 1 }, "Hàng đợi hồ sơ")}
          {manager && nav({ name: "stats" }, "Thống kê")}
          {manager && nav({ name: "holidays" }, "Lịch nghỉ")}
          {nav({ name: "appointments" }, "Lịch hẹn")}
          {nav({ name: "serviceRequests", page: 1 }, "Tư vấn, dịch thuật")}
          {manager && nav({ name: "feedback", overdue: false, page: 1 }, "Phản ánh")}
        </nav>
        <div className="who">
          <span className="who-name">{officer.fullName}</span>
          <span className="who-agency">{officer.agency.name}</span>
        </div>
        <button type="button" className="button button-ghost" onClick={() => void signOut()}>
          Đăng xuất
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {route.name === "queue" && <Queue route={route} />}
        {route.name === "dossier" && <DossierScreen key={route.id} id={route.id} />}
        {route.name === "stats" && (manager ? <Stats /> : <Forbidden />)}
        {route.name === "holidays" && (manager ? <Holidays /> : <Forbidden />)}
        {route.name === "appointments" && <Appointments date={route.date} manager={manager} />}
        {route.name === "serviceRequests" && <ServiceRequestList route={route} />}
        {route.name === "serviceRequest" && <ServiceRequestScreen key={route.code} code={route.code} />}
        {route.name === "feedback" && (manager ? <FeedbackList route={route} /> : <Forbidden />)}
        {route.name === "feedbackItem" && (manager ? <FeedbackScreen key={route.code} code={route.code} /> : <Forbidden />)}
      </main>
    </>
  );
}

function Forbidden() {
  return <p className="alert alert-info">Chức năng này dành cho lãnh đạo, quản lý Trung tâm.</p>;
}
