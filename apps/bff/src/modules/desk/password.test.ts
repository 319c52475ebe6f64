import { describe, expect, it } from "vitest";
import { dummyVerify, hashPassword, verifyPassword } from "./password.ts";

describe("officer password hashing (scrypt)", () => {
  it("encodes its parameters and a fresh salt, and verifies only the right password", async () => {
    const [a, b] = await Promise.all([hashPassword("MotCua@2026"), hashPassword("MotCua@2026")]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("MotCua@2026", a)).toBe(true);
    expect(await verifyPassword("motcua@2026", a)).toBe(false);
    expect(await verifyPassword("", a)).toBe(false);
  });

  it("treats Vietnamese passwords typed in either Unicode form as the same", async () => {
    const composed = "Mật khẩu Đồng Nai";
    const hash = await hashPassword(composed);
    expect(await verifyPassword(composed.normalize("NFD"), hash)).toBe(true);
  });

  it("never verifies against a tampered or malformed hash, and refuses absurd parameters", async () => {
    const hash = await hashPassword("MotCua@2026");
    const parts = hash.split("$");
    const flipped = [...parts.slice(0, 5), `${parts[5]!.startsWith("A") ? "B" : "A"}${parts[5]!.slice(1)}`].join("$");
    for (const bad of [flipped, "", "bcrypt$x", hash.replace("$32768$", "$1073741824$"), hash.replace("$32768$", "$1000$"), `${hash}$extra`]) {
      expect(await verifyPassword("MotCua@2026", bad)).toBe(false);
    }
  });

  it("spends a real derivation on unknown usernames and always says no", async () => {
    const started = performance.now();
    expect(await dummyVerify("MotCua@2026")).toBe(false);
    const first = performance.now() - started;
    const again = performance.now();
    await dummyVerify("x");
    // The second call has the dummy hash cached, yet still derives a key: it cannot be instant.
    expect(performance.now() - again).toBeGreaterThan(5);
    expect(first).toBeGreaterThan(5);
  });
});
