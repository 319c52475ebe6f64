import { useState, type FormEvent } from "react";
import { Alert } from "../components/Alert.tsx";
import { ApiError } from "../lib/http.ts";
import { useSession } from "../session.tsx";

function signInMessage(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 401 && err.retryAfter) {
      const minutes = Math.ceil(err.retryAfter / 60);
      return `Tài khoản đang tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ${minutes} phút.`;
    }
    if (err.status === 401) return "Sai tên đăng nhập hoặc mật khẩu.";
    if (err.status === 429 && err.retryAfter) return `Thử quá nhiều lần. Vui lòng thử lại sau ${err.retryAfter} giây.`;
    if (err.code === "NETWORK") return err.title;
    if (err.status === 422) return "Vui lòng nhập tên đăng nhập và mật khẩu.";
  }
  return "Không đăng nhập được. Vui lòng thử lại sau.";
}

export function Login() {
  const { signIn, endedReason } = useSession();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username, password);
    } catch (err) {
      setError(signInMessage(err));
      setPassword("");
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title">
        <p className="login-brand">Trung tâm Phục vụ hành chính công tỉnh Đồng Nai</p>
        <h1 id="login-title">Đăng nhập cán bộ một cửa</h1>
        {endedReason && !error && <Alert tone="info">{endedReason}</Alert>}
        {error && <Alert>{error}</Alert>}
        <label className="field">
          <span>Tên đăng nhập</span>
          <input name="username" autoComplete="username" required autoFocus value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label className="field">
          <span>Mật khẩu</span>
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <button type="submit" className="button button-primary button-block" disabled={busy} aria-busy={busy}>
          {busy ? "Đang đăng nhập…" : "Đăng nhập"}
        </button>
      </form>
    </main>
  );
}
