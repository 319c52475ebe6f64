import { config } from "zod";

// The contracts build zod schemas at import, and zod then probes `new Function("")` to see whether
// it may compile fast parsers. Under the mini app's CSP (no 'unsafe-eval') that probe is a logged
// violation on every start; jitless skips it. Must be evaluated before any contract.
config({ jitless: true });
