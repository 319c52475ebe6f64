import type { FakeZaloMessage } from "../../../bff/src/test/fake-zalo.ts";

/**
 * The messages once the outbox has gone quiet: at least `expected` arrived, then a further
 * `settleMs` (several worker polls) passed with nothing new, so a duplicate would have shown.
 */
export async function settledMessages(messages: readonly FakeZaloMessage[], expected: number, settleMs = 1_500, timeoutMs = 20_000): Promise<FakeZaloMessage[]> {
  const deadline = Date.now() + timeoutMs;
  while (messages.length < expected) {
    if (Date.now() > deadline) throw new Error(`only ${messages.length} of ${expected} notifications reached Zalo`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, settleMs));
  return [...messages];
}

/** For each step, the messages whose text is the one that step sends (message-templates.ts). */
export function messagesPerStep(messages: readonly FakeZaloMessage[], phrases: Record<string, RegExp>): Record<string, number> {
  return Object.fromEntries(Object.entries(phrases).map(([step, phrase]) => [step, messages.filter((m) => phrase.test(String(m.data.contentDescription))).length]));
}
