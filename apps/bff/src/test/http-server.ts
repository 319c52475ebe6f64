import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** The app behind a real socket on loopback, so tests cross the same HTTP stack as clients. */
export function startTestServer(app: { fetch: (request: Request) => Response | Promise<Response> }): Promise<TestServer> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
  });
}
