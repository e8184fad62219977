import { describe, expect, it } from "vitest";
import { mapAnthropicStopReason } from "../../../src/providers/anthropic/map-anthropic-stop-reason";

describe("mapAnthropicStopReason", () => {
  it.each([
    ["end_turn", "stop"],
    ["stop_sequence", "stop"],
    ["max_tokens", "length"],
    ["model_context_window_exceeded", "length"],
    ["refusal", "content_filter"],
    ["tool_use", "other"],
    ["pause_turn", "other"],
    [null, "other"],
  ] as const)("maps %s to %s", (stopReason, expected) => {
    expect(mapAnthropicStopReason(stopReason)).toBe(expected);
  });
});
