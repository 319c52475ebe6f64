/**
 * Preloaded into the BFF's process (NODE_OPTIONS=--import, see clock.ts): its clock reads
 * MOTCUA_E2E_CLOCK_OFFSET_MS later than the machine's and runs on from there. Plain JavaScript
 * because it loads before tsx does.
 */
const offset = Number(process.env.MOTCUA_E2E_CLOCK_OFFSET_MS ?? 0);

if (offset) {
  const RealDate = Date;
  const now = () => RealDate.now() + offset;
  // A function rather than a subclass: `Date()` without `new` must still work, and dates made
  // here must stay plain dates (same prototype) for every `instanceof Date` in the libraries.
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length ? args : [now()], new.target);
  }
  Object.setPrototypeOf(ShiftedDate, RealDate);
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = now;
  globalThis.Date = ShiftedDate;
}
