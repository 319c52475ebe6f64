// The helpers moved to src/test/; this path stays while the feedback and appointments tests import it.
export { installFakeBff, jsonResponse, problemResponse, type FakeRequest } from "../../test/fake-bff.ts";
export { renderApp } from "../../test/render-app.tsx";
