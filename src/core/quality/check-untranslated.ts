import { type CheckContext, createIssue } from "./check-context";
import { type FrenchEvidence, looksFrench, weighFrench } from "./french-markers";
import type { QaIssue, QaSegmentReference } from "./qa-report";
import { splitSentences } from "./sentences";
import { createTextMemo } from "./text-memo";
import { foldLatinAccents, lowerCaseWords } from "./text-words";

/** Share of translation words found in the source above which the text was copied. */
const copiedShare = 0.6;

interface UntranslatedText {
  readonly segment: QaSegmentReference;
  readonly source?: string;
  readonly target: string;
}

function issue(text: UntranslatedText, message: string): QaIssue {
  return createIssue({
    check: "untranslated",
    severity: "blocking",
    segment: text.segment,
    message,
    sourceText: text.source,
    targetText: text.target,
  });
}

function foldedWords(text: string): string[] {
  return lowerCaseWords(foldLatinAccents(text)).filter((word) => word.length >= 2);
}

const sourceWordSetOf = createTextMemo((source) => new Set(foldedWords(source)));

/** A lower-case word: a copied text with one is more than a list of names. */
const ordinaryWord = /(?<![\p{L}])\p{Ll}{3,}/u;

/** Most words copied from the source, at least one of them French (not only names). */
function isCopied(source: string, target: string, evidence: FrenchEvidence): boolean {
  if (source.trim() === target.trim()) return ordinaryWord.test(target);
  if (evidence.frenchWords + evidence.accentedWords === 0) return false;
  const targetWords = foldedWords(target);
  if (targetWords.length < 2) return false;
  const sourceWords = sourceWordSetOf(source);
  const copied = targetWords.filter((word) => sourceWords.has(word)).length;
  return copied / targetWords.length >= copiedShare;
}

function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}…`;
}

function frenchSentence(target: string): string | undefined {
  const sentences = splitSentences(target);
  if (sentences.length < 2) return undefined;
  return sentences.find((sentence) => looksFrench(weighFrench(sentence)));
}

function checkText(text: UntranslatedText): QaIssue[] {
  const evidence = weighFrench(text.target);
  if (looksFrench(evidence)) return [issue(text, "text is still French")];
  if (text.source !== undefined && isCopied(text.source, text.target, evidence)) {
    return [issue(text, "text copied from the French source")];
  }
  if (evidence.frenchWords < 2) return [];
  const sentence = frenchSentence(text.target);
  return sentence === undefined ? [] : [issue(text, `French sentence left: ${shorten(sentence)}`)];
}

/** No segment, sentence or summary bullet is left in French. */
export function checkUntranslated(context: CheckContext): QaIssue[] {
  const texts: UntranslatedText[] = [...context.pairs, ...context.targetOnly];
  return texts.flatMap(checkText);
}
