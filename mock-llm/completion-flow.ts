import type { MockChatMessage } from "./chat-message";
import { decideFault, type ErrorFault, isErrorFault } from "./faults";
import { waitForAbort } from "./http-io";
import { generationMs, type LatencySettings, sleep } from "./latency";
import { type CompletionPlan, planCompletion } from "./plan-completion";
import { resolveRequestSettings } from "./request-settings";
import type { RouteContext } from "./route-context";
import { recordCompletion, type Vendor } from "./server-stats";
import type { WorkerPrompt } from "./worker-prompt";

/** A completion request, already read from either vendor's format. */
export interface CompletionRequest {
  readonly model: string;
  readonly messages: readonly MockChatMessage[];
  readonly maxTokens: number | undefined;
  readonly stream: boolean;
}

/** How to answer: an invalid `x-mock-*` header, an error fault, silence, or a completion. */
export type CompletionStart =
  | { readonly kind: "invalid-header"; readonly message: string }
  | { readonly kind: "error"; readonly fault: ErrorFault; readonly sequence: number }
  | { readonly kind: "timeout"; readonly sequence: number }
  | {
      readonly kind: "answer";
      readonly plan: CompletionPlan;
      readonly latency: LatencySettings;
      readonly sequence: number;
    };

/** Numbers the request, draws its fault and plans the answer (the vendor-neutral part). */
export function startCompletion(
  context: RouteContext,
  vendor: Vendor,
  request: CompletionRequest,
): CompletionStart {
  let settings: ReturnType<typeof resolveRequestSettings>;
  try {
    settings = resolveRequestSettings(context.defaults, context.request.headers);
  } catch (error) {
    return {
      kind: "invalid-header",
      message: error instanceof Error ? error.message : String(error),
    };
  }
  const sequence = recordCompletion(context.stats, vendor);
  const fault = decideFault(settings.faultPolicy, sequence);
  if (fault) context.stats.faults[fault] += 1;
  const head = `${vendor} #${sequence} ${request.model}${request.stream ? " stream" : ""}`;
  if (fault && isErrorFault(fault)) {
    context.describe(`${head} fault=${fault}`);
    return { kind: "error", fault, sequence };
  }
  if (fault === "timeout") {
    context.describe(`${head} fault=timeout (held until the client left)`);
    return { kind: "timeout", sequence };
  }
  const plan = planCompletion({ messages: request.messages, maxTokens: request.maxTokens, fault });
  context.describe(`${head} ${describePlan(plan)}${fault ? ` fault=${fault}` : ""}`);
  return { kind: "answer", plan, latency: settings.latency, sequence };
}

function describePlan(plan: CompletionPlan): string {
  const tokens = `tokens in=${plan.inputTokens} out=${plan.outputTokens}`;
  return `${describePrompt(plan.prompt)}; ${tokens} finish=${plan.finishReason}`;
}

/** `translate kk: 5 segments`, `summary en,kk,ru: 12 segments, 2 notes, 5 bullets`, `echo`. */
function describePrompt(prompt: WorkerPrompt | undefined): string {
  if (!prompt) return "echo";
  const segments = `${prompt.segments.length} segments`;
  if (prompt.kind === "translation") {
    return `translate ${prompt.targetCodes.join(",")}: ${segments}`;
  }
  const codes = prompt.languageCodes.join(",");
  return `summary ${codes}: ${segments}, ${prompt.noteIds.length} notes, ${prompt.bullets} bullets`;
}

/** The `timeout` fault: no answer at all; the socket is dropped once the client gives up. */
export async function holdUntilClientLeaves(context: RouteContext): Promise<void> {
  await waitForAbort(context.signal);
  context.response.destroy();
}

/** Waits as long as the whole answer takes to "generate"; false if the client left meanwhile. */
export async function waitForWholeAnswer(
  context: RouteContext,
  plan: CompletionPlan,
  latency: LatencySettings,
): Promise<boolean> {
  await sleep(latency.ttftMs + generationMs(plan.outputTokens, latency), context.signal);
  return !context.signal.aborted;
}
