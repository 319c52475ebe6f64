import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { useRealBff } from "../test/real-bff.ts";
import type { UploadItem } from "./upload-item.ts";

/**
 * XMLHttpRequest at the network boundary: the request really goes to the BFF (through fetch), and
 * the upload progress that Node cannot report is played as 50% before sending and 100% after. A
 * test can hold a request at 50% or drop the connection, as 3G does.
 */
class RelayXhr {
  static hold: Promise<void> | null = null;
  static dropNext = 0;
  /** Requests that reach the BFF but whose answer is lost on the way back; their bodies land here. */
  static loseAnswerNext = 0;
  static lostAnswers: string[] = [];
  static sent = 0;
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  status = 0;
  responseText = "";
  private method = "GET";
  private url = "";
  private headers: Record<string, string> = {};
  private responseHeaders = new Headers();
  private aborted = false;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return this.responseHeaders.get(name);
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  async send(body: FormData) {
    RelayXhr.sent += 1;
    const total = (body.get("file") as File).size;
    this.upload.onprogress?.({ lengthComputable: true, loaded: total / 2, total });
    if (RelayXhr.hold) await RelayXhr.hold;
    if (this.aborted) return;
    if (RelayXhr.dropNext > 0) {
      RelayXhr.dropNext -= 1;
      this.onerror?.();
      return;
    }
    const res = await fetch(this.url, { method: this.method, headers: this.headers, body });
    if (RelayXhr.loseAnswerNext > 0) {
      RelayXhr.loseAnswerNext -= 1;
      RelayXhr.lostAnswers.push(await res.text());
      this.onerror?.();
      return;
    }
    this.upload.onprogress?.({ lengthComputable: true, loaded: total, total });
    this.status = res.status;
    this.responseText = await res.text();
    this.responseHeaders = res.headers;
    this.onload?.();
  }
}

const bff = useRealBff();
let UploadField: typeof import("./UploadField.tsx").UploadField;

beforeAll(async () => {
  ({ UploadField } = await import("./UploadField.tsx"));
});

afterEach(() => {
  vi.unstubAllGlobals();
  RelayXhr.hold = null;
  RelayXhr.dropNext = 0;
  RelayXhr.loseAnswerNext = 0;
  RelayXhr.lostAnswers = [];
  RelayXhr.sent = 0;
});

const pdf = (name: string) => new File([new TextEncoder().encode(`%PDF-1.4\n% ${name}\n%%EOF\n`)], name, { type: "application/pdf" });

let latest: UploadItem[] = [];
function Host() {
  const [files, setFiles] = useState<UploadItem[]>([]);
  latest = files;
  return <UploadField label="Tờ khai" accept={["pdf", "jpeg", "png"]} files={files} onChange={setFiles} maxFiles={2} requirementHint="1 bản chính" required />;
}

async function stored(id: string): Promise<number> {
  return (await bff.fetchAsCitizen(`/api/v1/uploads/${id}`)).status;
}

describe("UploadField against the real BFF", () => {
  it("shows each file's progress, then what was stored", async () => {
    vi.stubGlobal("XMLHttpRequest", RelayXhr);
    let release!: () => void;
    RelayXhr.hold = new Promise<void>((done) => (release = done));
    const user = userEvent.setup();
    render(<Host />);
    expect(screen.getByRole("group", { name: /Tờ khai/ })).toBeTruthy();
    await user.upload(screen.getByLabelText("Chọn ảnh hoặc tệp PDF: Tờ khai"), pdf("to-khai.pdf"));

    const bar = await screen.findByRole("progressbar", { name: "Tiến độ tải lên to-khai.pdf" });
    await waitFor(() => expect(bar.getAttribute("aria-valuenow")).toBe("50"));
    expect(screen.getByText("Đang tải lên 50%")).toBeTruthy();

    await act(async () => release());
    expect(await screen.findByText(/^Đã tải lên \(1 KB\)$/)).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    const [item] = latest;
    expect(item).toMatchObject({ status: "done", progress: 1, name: "to-khai.pdf" });
    expect(item!.upload).toMatchObject({ kind: "pdf", displayName: "to-khai.pdf" });
    expect(await stored(item!.upload!.id)).toBe(200);
  });

  it("says a dropped upload failed, and sends the same file again on Thử lại", async () => {
    vi.stubGlobal("XMLHttpRequest", RelayXhr);
    RelayXhr.dropNext = 1;
    const user = userEvent.setup();
    render(<Host />);
    await user.upload(screen.getByLabelText("Chọn ảnh hoặc tệp PDF: Tờ khai"), pdf("giay-to.pdf"));

    expect(await screen.findByText("Mất kết nối khi tải lên. Bấm Thử lại khi có mạng.")).toBeTruthy();
    expect(latest[0]).toMatchObject({ status: "failed", retryable: true });
    await user.click(screen.getByRole("button", { name: "Thử lại tệp giay-to.pdf" }));

    expect(await screen.findByText(/^Đã tải lên/)).toBeTruthy();
    expect(RelayXhr.sent).toBe(2);
    expect(await stored(latest[0]!.upload!.id)).toBe(200);
  });

  it("after a lost answer, Thử lại gets the upload the server already stored, not a second copy", async () => {
    vi.stubGlobal("XMLHttpRequest", RelayXhr);
    RelayXhr.loseAnswerNext = 1;
    const user = userEvent.setup();
    render(<Host />);
    await user.upload(screen.getByLabelText("Chọn ảnh hoặc tệp PDF: Tờ khai"), pdf("bien-lai.pdf"));

    expect(await screen.findByText("Mất kết nối khi tải lên. Bấm Thử lại khi có mạng.")).toBeTruthy();
    const firstStored = (JSON.parse(RelayXhr.lostAnswers[0]!) as { id: string }).id;
    await user.click(screen.getByRole("button", { name: "Thử lại tệp bien-lai.pdf" }));

    expect(await screen.findByText(/^Đã tải lên/)).toBeTruthy();
    expect(RelayXhr.sent).toBe(2);
    expect(latest[0]!.upload!.id).toBe(firstStored);
  });

  it("refuses a kind the document does not take before sending anything", async () => {
    vi.stubGlobal("XMLHttpRequest", RelayXhr);
    const user = userEvent.setup({ applyAccept: false });
    render(<Host />);
    await user.upload(screen.getByLabelText("Chọn ảnh hoặc tệp PDF: Tờ khai"), new File(["hello"], "ghi-chu.txt", { type: "text/plain" }));
    expect(await screen.findByText("Không nhận loại tệp này. Nhận ảnh chụp hoặc tệp PDF.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Thử lại/ })).toBeNull();
    expect(RelayXhr.sent).toBe(0);
  });

  it("removes a file from the list and from the server", async () => {
    vi.stubGlobal("XMLHttpRequest", RelayXhr);
    const user = userEvent.setup();
    render(<Host />);
    await user.upload(screen.getByLabelText("Chọn ảnh hoặc tệp PDF: Tờ khai"), pdf("ban-sao.pdf"));
    await screen.findByText(/^Đã tải lên/);
    const id = latest[0]!.upload!.id;

    await user.click(screen.getByRole("button", { name: "Xoá tệp ban-sao.pdf" }));
    expect(screen.queryByText("ban-sao.pdf")).toBeNull();
    expect(latest).toEqual([]);
    await waitFor(async () => expect(await stored(id)).toBe(404));
  });

  it("stops offering pickers once the document has its files", async () => {
    vi.stubGlobal("XMLHttpRequest", RelayXhr);
    const user = userEvent.setup();
    render(<Host />);
    await user.upload(screen.getByLabelText("Chọn ảnh hoặc tệp PDF: Tờ khai"), [pdf("a.pdf"), pdf("b.pdf"), pdf("c.pdf")]);
    expect(await screen.findByText("Giấy tờ này nhận tối đa 2 tệp; các tệp thừa không được thêm.")).toBeTruthy();
    const list = within(screen.getByRole("list"));
    expect(list.getAllByRole("listitem")).toHaveLength(2);
    expect(screen.queryByLabelText(/Chụp ảnh: Tờ khai/)).toBeNull();
    await waitFor(() => expect(latest.every((item) => item.status === "done")).toBe(true));
  });
});
