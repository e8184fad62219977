import { type CheckContext, createIssue } from "./check-context";
import type { QaIssue, QaSegmentReference } from "./qa-report";
import { countScriptLetters, findMixedScriptWords } from "./script-letters";
import type { TargetProfile } from "./target-profiles";

/** Below this share of target-script letters a text is in the wrong script. */
const minimumScriptShare = 0.5;
/** Too few letters (a name, a score line) say nothing about the script. */
const minimumLetters = 12;
const foreignCyrillicWord = /\p{Script=Cyrillic}+/u;

function scriptName(script: TargetProfile["script"]): string {
  return script === "Latn" ? "Latin" : "Cyrillic";
}

function wrongScriptIssue(segment: QaSegmentReference, target: string, profile: TargetProfile) {
  const counts = countScriptLetters(target);
  const total = counts.latin + counts.cyrillic + counts.other;
  const expected = profile.script === "Latn" ? counts.latin : counts.cyrillic;
  if (total < minimumLetters || expected / total >= minimumScriptShare) return undefined;
  const share = Math.round((100 * expected) / total);
  return createIssue({
    check: "script",
    severity: "blocking",
    segment,
    message: `not in ${scriptName(profile.script)} script (${share}% of letters)`,
    targetText: target,
    expected: scriptName(profile.script),
  });
}

function strayWordIssues(segment: QaSegmentReference, target: string, profile: TargetProfile) {
  const mixed = findMixedScriptWords(target);
  const stray = profile.script === "Latn" ? foreignCyrillicWord.exec(target)?.[0] : undefined;
  const words = stray === undefined ? mixed : [...mixed, stray];
  if (words.length === 0) return [];
  return [
    createIssue({
      check: "script",
      severity: "warning",
      segment,
      message: `mixed or foreign script in ${words.slice(0, 3).join(", ")}`,
      targetText: target,
    }),
  ];
}

function checkText(segment: QaSegmentReference, target: string, profile: TargetProfile) {
  const wrong = wrongScriptIssue(segment, target, profile);
  return wrong === undefined ? strayWordIssues(segment, target, profile) : [wrong];
}

/** The translation is written in the target script (Latin for en, Cyrillic for ru and kk). */
export function checkScript(context: CheckContext): QaIssue[] {
  const texts = [...context.pairs, ...context.targetOnly];
  return texts.flatMap((text) => checkText(text.segment, text.target, context.profile));
}
