/** Where the CLI sends its request: a server over HTTP, or the app in this process. */
export interface Transport {
  /** Shown in messages: the server's URL, or "in-process". */
  readonly name: string;
  readonly baseUrl: string;
  readonly fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  readonly headers: Readonly<Record<string, string>>;
  /** Waits for the work the app left running after its response (cache writes). */
  readonly settle: () => Promise<void>;
}
