import type { ArticleDocument } from "../article/article-document";
import type { UnitId } from "../plan/translation-job";
import { allUnitIds, unitText } from "../prompt/unit-text";
import { findGlossaryTerms } from "./find-glossary-terms";
import type { GlossaryEntry } from "./glossary-schema";
import {
  renderGlossaryInstructions,
  renderMultilingualGlossaryInstructions,
} from "./render-glossary-instructions";

/** Which glossary terms occur where in one article, found once per request. */
export class ArticleGlossary {
  private readonly termsByUnit = new Map<UnitId, GlossaryEntry[]>();

  constructor(document: ArticleDocument, entries: readonly GlossaryEntry[]) {
    for (const unitId of allUnitIds(document)) {
      const found =
        entries.length > 0 ? findGlossaryTerms(unitText(document, unitId), entries) : [];
      this.termsByUnit.set(unitId, found);
    }
  }

  /** The instructions for some units in one language (a call, or one segment's cache key). */
  forUnits(unitIds: readonly UnitId[], languageCode: string): string {
    return renderGlossaryInstructions(this.entriesIn(unitIds), languageCode);
  }

  /** The instructions for one call: its units, in each of its languages. */
  forCall(unitIds: readonly UnitId[], languageCodes: readonly string[]): string {
    return renderMultilingualGlossaryInstructions(this.entriesIn(unitIds), languageCodes);
  }

  forArticle(languageCode: string): string {
    return this.forUnits([...this.termsByUnit.keys()], languageCode);
  }

  /** Every term of the article with its form in each language, for the summary call. */
  forSummary(languageCodes: readonly string[]): string {
    return this.forCall([...this.termsByUnit.keys()], languageCodes);
  }

  /** Every entry whose term occurs somewhere in the article. */
  presentEntries(): GlossaryEntry[] {
    return this.entriesIn([...this.termsByUnit.keys()]);
  }

  private entriesIn(unitIds: readonly UnitId[]): GlossaryEntry[] {
    const unique = new Set(unitIds.flatMap((unitId) => this.termsByUnit.get(unitId) ?? []));
    return [...unique];
  }
}
