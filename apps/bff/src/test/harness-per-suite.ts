import { afterAll, beforeAll, beforeEach } from "vitest";

/**
 * Starts one harness for the calling `describe` block, closes it after the block's tests and runs
 * `reset` before each of them. The object returned is empty until the block's first hook has run,
 * then holds the harness's own members, so helpers declared in the block can close over it before
 * it exists; the harness's methods must therefore not rely on `this`.
 */
export function harnessPerSuite<H extends { close(): Promise<void> }>(start: () => Promise<H>, reset?: (harness: H) => Promise<void>): H {
  const harness = {} as H;
  beforeAll(async () => {
    Object.assign(harness, await start());
  });
  // A start that failed left nothing to close; its own error is the one to see.
  afterAll(() => ("close" in harness ? harness.close() : undefined));
  if (reset) {
    beforeEach(async () => {
      await reset(harness);
    });
  }
  return harness;
}
