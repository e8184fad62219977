import { allUnitIds, unitText } from "../prompt/build-translation-messages";
import { findGlossaryTerms } from "../glossary/find-glossary-terms";
import { renderGlossaryInstructions } from "../glossary/render-glossary-instructions";
import type { TranslationRequest } from "./translate-article";

/** The glossary lines each language's calls carry: the terms that occur in this article. */
export function glossaryInstructionsByLanguage(request: TranslationRequest): Map<string, string> {
  const text = allUnitIds(request.document)
    .map((unitId) => unitText(request.document, unitId))
    .join("\n");
  const present = findGlossaryTerms(text, request.glossary);
  return new Map(
    request.languages.map((language) => [language.code, renderGlossaryInstructions(present, language.code)]),
  );
}
