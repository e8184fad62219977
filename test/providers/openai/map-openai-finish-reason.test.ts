import { describe, expect, it } from "vitest";
import { mapOpenAiFinishReason } from "../../../src/providers/openai/map-openai-finish-reason";

describe("mapOpenAiFinishReason", () => {
  it.each([
    ["stop", "stop"],
    ["length", "length"],
    ["content_filter", "content_filter"],
    ["tool_calls", "other"],
    ["function_call", "other"],
    [null, "other"],
    [undefined, "other"],
  ] as const)("maps %s to %s", (finishReason, expected) => {
    expect(mapOpenAiFinishReason(finishReason)).toBe(expected);
  });
});
