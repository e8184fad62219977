import type { FinishReason } from "../../core/model/language-model";

/** Maps a Chat Completions `finish_reason` to ours. */
export function mapOpenAiFinishReason(finishReason: string | null | undefined): FinishReason {
  switch (finishReason) {
    case "stop":
      return "stop";
    case "length":
      return "length";
    case "content_filter":
      return "content_filter";
    default:
      return "other";
  }
}
