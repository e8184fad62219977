/** The mock LLM server's programmatic API, for tests and benchmarks (see README.md). */
export {
  createMockLlmServer,
  getMockLlmStats,
  resetMockLlmStats,
} from "./create-mock-llm-server";
export { type FaultKind, faultKinds } from "./faults";
export type { MockLlmOptions, RequestLogEntry } from "./mock-llm-options";
export { mockHeaders } from "./request-settings";
export type { ServerStats } from "./server-stats";
export {
  type StartedMockLlm,
  type StartMockLlmOptions,
  startMockLlmServer,
} from "./start-mock-llm-server";
