import { type CheckContext, createIssue } from "./check-context";
import { detectorVerdict } from "./detector-verdict";
import {
  addEvidence,
  type KazakhRussianEvidence,
  looksKazakh,
  looksRussian,
  weighKazakhRussian,
} from "./kazakh-russian-markers";
import type { QaIssue, QaSegmentReference } from "./qa-report";
import { splitSentences } from "./sentences";
import type { TargetProfile } from "./target-profiles";

/** Two different Russian-only function words in a Kazakh text are worth a look. */
const russianWordsForWarning = 2;

interface TargetText {
  readonly segment: QaSegmentReference;
  readonly target: string;
}

function issue(text: TargetText, severity: QaIssue["severity"], message: string): QaIssue {
  return createIssue({
    check: "language",
    severity,
    segment: text.segment,
    message,
    targetText: text.target,
  });
}

interface WeighedSentence {
  readonly text: string;
  readonly evidence: KazakhRussianEvidence;
}

/** A Russian sentence among two or more. */
function russianSentence(sentences: readonly WeighedSentence[]): string | undefined {
  if (sentences.length < 2) return undefined;
  return sentences.find((sentence) => looksRussian(sentence.evidence, 3))?.text;
}

function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}…`;
}

/** Russian slipped into Kazakh: the whole text, one sentence, or a few function words. */
function checkKazakhText(text: TargetText): QaIssue[] {
  // Sentences keep every word and letter of the text, so their sums are the text's evidence.
  const sentences = splitSentences(text.target).map((sentence) => ({
    text: sentence,
    evidence: weighKazakhRussian(sentence),
  }));
  const evidence = addEvidence(sentences.map((sentence) => sentence.evidence));
  if (looksRussian(evidence, 2)) return [issue(text, "blocking", "text is Russian, not Kazakh")];
  const sentence = evidence.russianScore > 0 ? russianSentence(sentences) : undefined;
  if (sentence !== undefined) {
    return [issue(text, "blocking", `Russian sentence in Kazakh text: ${shorten(sentence)}`)];
  }
  const russianWords = [...new Set(evidence.russianWords)];
  if (russianWords.length < russianWordsForWarning) return [];
  return [issue(text, "warning", `Russian words in Kazakh text: ${russianWords.join(", ")}`)];
}

function checkRussianText(text: TargetText): QaIssue[] {
  const evidence = weighKazakhRussian(text.target);
  return looksKazakh(evidence, 3) ? [issue(text, "blocking", "text is Kazakh, not Russian")] : [];
}

function checkWithDetector(text: TargetText, context: CheckContext): QaIssue[] {
  const language = context.profile.language;
  const verdict = detectorVerdict(context.detectLanguage, text.target, language);
  if (verdict === undefined) return [];
  const confidence = verdict.confidence.toFixed(2);
  const message = `detected ${verdict.language} (confidence ${confidence}), expected ${language}`;
  return [issue(text, verdict.severity, message)];
}

const slipChecks: Record<TargetProfile["languageSlip"], (text: TargetText) => QaIssue[]> = {
  "russian-in-kazakh": checkKazakhText,
  "kazakh-in-russian": checkRussianText,
  none: () => [],
};

function checkText(text: TargetText, context: CheckContext): QaIssue[] {
  const own = slipChecks[context.profile.languageSlip](text);
  return own.length > 0 ? own : checkWithDetector(text, context);
}

/** The translation is in the target language: no Russian in Kazakh, no Kazakh in Russian. */
export function checkLanguage(context: CheckContext): QaIssue[] {
  const texts = [...context.pairs, ...context.targetOnly];
  return texts.flatMap((text) => checkText(text, context));
}
