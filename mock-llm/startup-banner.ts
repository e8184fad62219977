import type { MockLlmOptions } from "./mock-llm-options";

/** The one line printed at start: where it listens and what to put in the worker's `.dev.vars`. */
export function startupBanner(url: string, options: MockLlmOptions): string {
  const devVars = [
    `OPENAI_BASE_URL=${url}/v1`,
    "OPENAI_API_KEY=mock",
    `ANTHROPIC_BASE_URL=${url}`,
    "ANTHROPIC_API_KEY=mock",
  ].join(" ");
  return `mock-llm listening on ${url} (${describeOptions(options)}); in the worker's .dev.vars set: ${devVars}`;
}

function describeOptions(options: MockLlmOptions): string {
  const faults = options.fault === undefined ? [] : [options.fault].flat();
  const parts = [
    `ttft ${options.ttftMs ?? 0} ms`,
    options.tokensPerSecond ? `${options.tokensPerSecond} tokens/s` : "instant output",
  ];
  if (faults.length === 0) {
    parts.push("no faults");
  } else {
    const limits = [
      options.faultRate === undefined ? undefined : `rate ${options.faultRate}`,
      options.faultFirstN === undefined ? undefined : `first ${options.faultFirstN} requests`,
      `seed ${options.seed ?? 1}`,
    ].filter((part) => part !== undefined);
    parts.push(`fault ${faults.join("|")} (${limits.join(", ")})`);
  }
  return parts.join(", ");
}
