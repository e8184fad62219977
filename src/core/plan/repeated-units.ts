import type { ArticleDocument } from "../article/article-document";
import { allUnitIds, unitText } from "../prompt/unit-text";
import type { UnitId } from "./translation-job";

/**
 * Units whose text repeats an earlier unit's (a headline repeated as the first heading, a
 * recurring caption or "Lire aussi" line), each mapped to that first unit: a repeat is
 * translated, summarised and paid for once.
 */
export function findRepeatedUnits(document: ArticleDocument): Map<UnitId, UnitId> {
  const firstByText = new Map<string, UnitId>();
  const repeats = new Map<UnitId, UnitId>();
  for (const unitId of allUnitIds(document)) {
    const text = unitText(document, unitId).trim();
    if (text === "") continue;
    const first = firstByText.get(text);
    if (first === undefined) firstByText.set(text, unitId);
    else repeats.set(unitId, first);
  }
  return repeats;
}

/** A map of unit texts with each repeat filled in from its first unit, when that is known. */
export function fillRepeats<Value>(
  values: ReadonlyMap<UnitId, Value>,
  repeats: ReadonlyMap<UnitId, UnitId>,
): Map<UnitId, Value> {
  const filled = new Map(values);
  for (const [repeat, first] of repeats) {
    const value = values.get(first);
    if (value !== undefined && !filled.has(repeat)) filled.set(repeat, value);
  }
  return filled;
}
