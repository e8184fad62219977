import type { AlignedPair, CheckContext, TargetOnlyText } from "./check-context";
import type { QualityCheckInput } from "./qa-report";
import { targetProfiles } from "./target-profiles";
import { createTextMemo } from "./text-memo";
import { foldLatinAccents } from "./text-words";

const foldedSourceOf = createTextMemo(foldLatinAccents);

function hasText(text: string | null): text is string {
  return text !== null && text.trim() !== "";
}

function pair(segment: AlignedPair["segment"], source: string, target: string): AlignedPair {
  return { segment, source, target, foldedSource: foldedSourceOf(source) };
}

function alignPairs(input: QualityCheckInput): AlignedPair[] {
  const { source, translation } = input;
  const pairs: AlignedPair[] = [];
  if (hasText(source.title) && hasText(translation.title)) {
    pairs.push(pair("title", source.title, translation.title));
  }
  const aligned = Math.min(source.segments.length, translation.segments.length);
  for (let index = 0; index < aligned; index += 1) {
    pairs.push(pair(index, source.segments[index] ?? "", translation.segments[index] ?? ""));
  }
  return pairs;
}

function summaryTexts(input: QualityCheckInput): TargetOnlyText[] {
  const summary = input.translation.summary ?? [];
  return summary.map((bullet) => ({ segment: "summary", target: bullet }));
}

/** Aligns title and segments, picks the target profile, and fills in defaults. */
export function buildCheckContext(input: QualityCheckInput): CheckContext {
  const context: CheckContext = {
    profile: targetProfiles[input.targetLanguage],
    outline: {
      sourceSegments: input.source.segments.length,
      targetSegments: input.translation.segments.length,
      sourceTitle: hasText(input.source.title),
      targetTitle: hasText(input.translation.title),
    },
    pairs: alignPairs(input),
    targetOnly: summaryTexts(input),
    glossary: input.glossary ?? [],
  };
  return input.detectLanguage === undefined
    ? context
    : { ...context, detectLanguage: input.detectLanguage };
}
