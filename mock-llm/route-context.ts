import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestSettings } from "./request-settings";
import type { ServerStats } from "./server-stats";

/** Everything a route handler gets for one request. */
export interface RouteContext {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  readonly method: string;
  /** The URL path, without the query string. */
  readonly path: string;
  /** The whole request body, as text. */
  readonly body: string;
  /** Server-wide settings, before this request's `x-mock-*` headers. */
  readonly defaults: RequestSettings;
  readonly stats: ServerStats;
  /** Aborts when the client disconnects before the answer is complete. */
  readonly signal: AbortSignal;
  /** Sets the detail of this request's log line. */
  describe(detail: string): void;
}
