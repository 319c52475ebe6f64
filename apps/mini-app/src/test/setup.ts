import { cleanup, configure } from "@testing-library/react";
import { afterEach, vi } from "vitest";

// The end-to-end files run in Node, not happy-dom: nothing to set up there.
const inDom = typeof window !== "undefined";

// These tests share two cores with the BFF's database suites in one run: a screen that takes over
// a second to update there is slow, not wrong, so `findBy…` waits up to five.
configure({ asyncUtilTimeout: 5000 });

// zmp-ui's Page scrolls itself and reads media queries; happy-dom lacks both.
if (inDom) {
  Element.prototype.scrollTo ??= function scrollTo() {};
  window.scrollTo = () => {};
  window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;
}

afterEach(() => {
  cleanup();
  // react-transition-group leaves timers that would fire after the DOM is torn down.
  vi.clearAllTimers();
  if (inDom) window.localStorage.clear();
});
