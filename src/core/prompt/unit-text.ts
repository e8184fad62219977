import type { ArticleDocument, Segment } from "../article/article-document";
import type { UnitId } from "../plan/translation-job";

export function unitSegment(document: ArticleDocument, unitId: UnitId): Segment | undefined {
  return unitId === "title" ? (document.title ?? undefined) : document.segments[unitId - 1];
}

/** The text of a unit as the model sees it: one line. */
export function unitText(document: ArticleDocument, unitId: UnitId): string {
  const text = unitSegment(document, unitId)?.text ?? "";
  return text.includes("\n") ? text.replace(/[^\S\n]*\n\s*/g, " ") : text;
}

export function allUnitIds(document: ArticleDocument): UnitId[] {
  const bodyIds = document.segments.map((_segment, index) => index + 1);
  return document.title ? ["title", ...bodyIds] : bodyIds;
}
