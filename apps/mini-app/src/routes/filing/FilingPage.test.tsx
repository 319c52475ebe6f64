import type { ProcedureDetail, Upload } from "@motcua/contracts";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { useRealBff } from "../../test/real-bff.ts";
import type { LocalDraft } from "./draft-store.ts";

/**
 * The wizard in the whole app against the real BFF: drafts, uploads and dossiers are stored by the
 * server as in production. Only the network is played with, at fetch, to lose answers.
 */
const CODE = "2.000488"; // Cấp Phiếu lý lịch tư pháp

const bff = useRealBff();
let app: {
  MotcuaApp: typeof import("../../app.tsx").MotcuaApp;
  createQueryClient: typeof import("../../api/query-client.ts").createQueryClient;
  store: typeof import("./draft-store.ts");
  newFilingData: typeof import("./filing-data.ts").newFilingData;
  DraftsSection: typeof import("./DraftsSection.tsx").DraftsSection;
  QueryClientProvider: typeof import("@tanstack/react-query").QueryClientProvider;
  zmp: typeof import("zmp-ui");
};
const realFetch = globalThis.fetch;

beforeAll(async () => {
  app = {
    MotcuaApp: (await import("../../app.tsx")).MotcuaApp,
    createQueryClient: (await import("../../api/query-client.ts")).createQueryClient,
    store: await import("./draft-store.ts"),
    newFilingData: (await import("./filing-data.ts")).newFilingData,
    DraftsSection: (await import("./DraftsSection.tsx")).DraftsSection,
    QueryClientProvider: (await import("@tanstack/react-query")).QueryClientProvider,
    zmp: await import("zmp-ui"),
  };
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.pushState({}, "", "/");
});

/** The citizen's dossiers, newest first (development sign-in is one citizen for every test). */
const dossiers = async () => (await asCitizen<{ items: Array<{ reference: string }> }>("/api/v1/me/dossiers")).items;

function openApp(path: string) {
  window.history.pushState({}, "", path);
  const view = render(<app.MotcuaApp queryClient={app.createQueryClient()} settings={{ language: "vi", textScale: 1 }} />);
  return { ...view, user: userEvent.setup() };
}

async function asCitizen<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await bff.fetchAsCitizen(path, init);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A draft filled in to the review step, with the required declaration really uploaded. */
async function completeDraft(): Promise<LocalDraft> {
  const procedure = (await (await realFetch(`${bff.url()}/api/v1/procedures/${CODE}`)).json()) as ProcedureDetail;
  const wards = (await (await realFetch(`${bff.url()}/api/v1/wards?province=75`)).json()) as { items: Array<{ code: string; name: string }> };
  const wardCode = wards.items.find((w) => w.name === "Trấn Biên")!.code;
  const form = new FormData();
  form.append("file", new File([new TextEncoder().encode("%PDF-1.4\n% to khai\n%%EOF\n")], "to-khai.pdf", { type: "application/pdf" }));
  const upload = await asCitizen<Upload>("/api/v1/uploads", { method: "POST", body: form });
  const address = { street: "12 Võ Thị Sáu", wardCode, provinceCode: "75" };
  const data = app.newFilingData(procedure);
  data.step = "review";
  data.applicant = { fullName: "Nguyễn Văn An", idNumber: "075085001234", dateOfBirth: "05/09/1985", gender: "MALE", phone: "0912345678", email: "", address };
  Object.assign(data.answers, {
    fullName: "Nguyễn Văn An",
    dateOfBirth: "05/09/1985",
    gender: "M",
    idNumber: "075085001234",
    residence: address,
    phone: "0912345678",
    fatherName: "Nguyễn Văn Bình",
    motherName: "Trần Thị Cúc",
    certificateType: "1",
    copiesRequested: "1",
    usePurpose: "Xin việc",
    residenceHistory: "Từ 1999 đến nay ở Biên Hoà",
    resultDelivery: "counter",
  });
  data.documents = { "to-khai": [{ key: "k1", name: "to-khai.pdf", size: upload.size, status: "done", progress: 1, upload }] };
  const draft: LocalDraft = { localId: crypto.randomUUID(), serverId: null, serverVersion: null, procedureCode: CODE, procedureName: procedure.name, updatedAt: new Date().toISOString(), dirty: true, data };
  app.store.writeLocalDraft(draft);
  return draft;
}

/** fetch as the app sees it; the next `lost` dossier submissions reach the server but their answers never come back. */
function flakyNetwork(lost: number) {
  const keys: string[] = [];
  const network = { lost, keys };
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (request.method === "POST" && new URL(request.url).pathname === "/api/v1/dossiers") {
      keys.push(request.headers.get("idempotency-key") ?? "");
      const answer = await realFetch(request);
      if (network.lost > 0) {
        network.lost -= 1;
        throw new TypeError("Failed to fetch");
      }
      return answer;
    }
    return realFetch(request);
  });
  return network;
}

/** Opens the draft (at its review step) and presses Nộp hồ sơ. */
async function submitDraft(draft: LocalDraft) {
  const { user } = openApp(`/file/${CODE}?draft=${draft.localId}`);
  await user.click(await screen.findByRole("button", { name: "Nộp hồ sơ" }, { timeout: 10_000 }));
  return user;
}

describe("FilingPage against the real BFF", () => {
  it("keeps typed text on the phone and the server, and the idempotency key across reloads", async () => {
    const first = openApp(`/file/${CODE}`);
    const name = await screen.findByLabelText("Họ và tên", {}, { timeout: 10_000 });
    await first.user.type(name, "Nguyễn Văn An");
    await first.user.type(screen.getByLabelText("Số CCCD (số định danh cá nhân)"), "0750850");

    const [saved] = app.store.listLocalDrafts();
    expect(saved!.data.applicant).toMatchObject({ fullName: "Nguyễn Văn An", idNumber: "0750850" });
    const key = saved!.data.idempotencyKey;
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByText("Đã lưu bản nháp.", {}, { timeout: 10_000 })).toBeTruthy();
    first.unmount();

    // Reopened on this phone: the draft is offered, and everything typed is back.
    const second = openApp(`/file/${CODE}`);
    expect(await screen.findByText("Bạn có bản nháp chưa nộp")).toBeTruthy();
    await second.user.click(screen.getByRole("button", { name: "Tiếp tục bản nháp" }));
    expect((screen.getByLabelText("Họ và tên") as HTMLInputElement).value).toBe("Nguyễn Văn An");
    expect((screen.getByLabelText("Số CCCD (số định danh cá nhân)") as HTMLInputElement).value).toBe("0750850");
    expect(app.store.listLocalDrafts()[0]!.data.idempotencyKey).toBe(key);
    second.unmount();

    // On a phone that has nothing saved, the link to the server draft brings back the same text and key.
    const { items } = await asCitizen<{ items: Array<{ id: string; data: { idempotencyKey: string } }> }>("/api/v1/me/drafts");
    const onServer = items.find((item) => item.data.idempotencyKey === key)!;
    expect(onServer).toBeTruthy();
    for (const draft of app.store.listLocalDrafts()) app.store.removeLocalDraft(draft.localId);
    openApp(`/file/${CODE}?draft=${onServer.id}`);
    expect(((await screen.findByLabelText("Họ và tên")) as HTMLInputElement).value).toBe("Nguyễn Văn An");
    expect(app.store.findLocalDraft(onServer.id)!.data.idempotencyKey).toBe(key);
  });

  it("retries a submission whose answers were lost with one Idempotency-Key, and files one dossier", async () => {
    const draft = await completeDraft();
    const before = (await dossiers()).length;
    const network = flakyNetwork(3);
    const user = await submitDraft(draft);

    // Three automatic tries, all answers lost: the citizen is told, and nothing typed is lost.
    expect(await screen.findByText("Không có kết nối mạng", {}, { timeout: 15_000 })).toBeTruthy();
    expect(network.keys).toHaveLength(3);
    network.lost = 0;
    await user.click(screen.getByRole("button", { name: "Thử lại" }));

    expect(await screen.findByText("Đã nộp hồ sơ", {}, { timeout: 10_000 })).toBeTruthy();
    expect(network.keys).toHaveLength(4);
    expect(new Set(network.keys)).toEqual(new Set([draft.data.idempotencyKey]));
    const items = await dossiers();
    expect(items).toHaveLength(before + 1);
    expect(screen.getByTestId("receipt-reference").textContent).toBe(items[0]!.reference);
    expect(screen.getByTestId("receipt-secret").textContent).toMatch(/^[A-Z0-9]{4,}$/);
    expect(screen.getByText(/Mã tra cứu chỉ hiện một lần này/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Chia sẻ" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Xem hồ sơ" })).toBeTruthy();
    await waitFor(() => expect(app.store.listLocalDrafts()).toEqual([]));
  }, 40_000);

  it("after a lost answer and an edit, shows the receipt of the dossier already filed instead of a second one", async () => {
    const draft = await completeDraft();
    const before = (await dossiers()).length;
    const network = flakyNetwork(3);
    const user = await submitDraft(draft);
    await screen.findByText("Không có kết nối mạng", {}, { timeout: 15_000 });
    network.lost = 0;

    await user.click(screen.getByRole("button", { name: "Sửa Thông tin hồ sơ" }));
    const purpose = await screen.findByLabelText("Mục đích sử dụng Phiếu");
    await user.clear(purpose);
    await user.type(purpose, "Đi du học");
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole("button", { name: "Tiếp tục" }));
    await user.click(await screen.findByRole("button", { name: "Nộp hồ sơ" }));

    expect(await screen.findByText("Đã nộp hồ sơ", {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText(/đã được ghi nhận từ lần gửi trước/)).toBeTruthy();
    const items = await dossiers();
    expect(items).toHaveLength(before + 1);
    expect(screen.getByTestId("receipt-reference").textContent).toBe(items[0]!.reference);
  }, 40_000);

  it("shows the server's field errors beside the fields, on the step that holds them", async () => {
    const draft = await completeDraft();
    // A ward of Đồng Nai under Hà Nội: well-formed, so only the server can tell.
    draft.data.applicant.address.provinceCode = "01";
    app.store.writeLocalDraft(draft);
    const before = (await dossiers()).length;
    await submitDraft(draft);

    expect(await screen.findByText("Phường/xã không thuộc tỉnh/thành phố đã chọn", {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Thông tin người nộp" })).toBeTruthy();
    expect(screen.getByText(/Cơ quan chưa nhận hồ sơ vì còn thông tin cần sửa/)).toBeTruthy();
    expect(await dossiers()).toHaveLength(before);
  }, 30_000);

  it("lists the drafts with Tiếp tục and Xoá, and deletes one everywhere", async () => {
    const draft = await completeDraft();
    const { App, ZMPRouter } = app.zmp;
    const user = userEvent.setup();
    render(
      <app.QueryClientProvider client={app.createQueryClient()}>
        <App>
          <ZMPRouter memoryRouter>
            <app.DraftsSection />
          </ZMPRouter>
        </App>
      </app.QueryClientProvider>,
    );
    const name = `Tiếp tục bản nháp ${draft.procedureName}`;
    expect(await screen.findByRole("button", { name }, { timeout: 10_000 })).toBeTruthy();
    await waitFor(() => expect(app.store.readLocalDraft(draft.localId)?.serverId).toBeTruthy());
    const serverId = app.store.readLocalDraft(draft.localId)!.serverId!;

    await user.click(screen.getAllByRole("button", { name: `Xoá bản nháp ${draft.procedureName}` })[0]!);
    await user.click(screen.getByRole("button", { name: "Xoá bản nháp" }));
    await waitFor(() => expect(app.store.readLocalDraft(draft.localId)).toBeNull());
    const { items } = await asCitizen<{ items: Array<{ id: string }> }>("/api/v1/me/drafts");
    expect(items.map((item) => item.id)).not.toContain(serverId);
  }, 30_000);
});
