import type { FinishReason } from "../../core/model/language-model";

/**
 * Maps a Messages API `stop_reason` to ours. `model_context_window_exceeded` cuts the output
 * short just like `max_tokens`, so both are "length".
 */
export function mapAnthropicStopReason(stopReason: string | null | undefined): FinishReason {
  switch (stopReason) {
    case "end_turn":
    case "stop_sequence":
      return "stop";
    case "max_tokens":
    case "model_context_window_exceeded":
      return "length";
    case "refusal":
      return "content_filter";
    default:
      return "other";
  }
}
