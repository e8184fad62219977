import { DeepLError } from "./deepl-error";
import type { DeepLUsageStore } from "./deepl-usage-store";

/** 456, as DeepL answers, when these characters would take the client past its limit. */
export async function checkDeepLQuota(
  usage: DeepLUsageStore,
  characters: number,
  characterLimit: number,
): Promise<void> {
  if ((await usage.characterCount()) + characters > characterLimit) {
    throw new DeepLError(456, "Quota exceeded");
  }
}
