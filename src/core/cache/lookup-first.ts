import type { z } from "zod";
import type { Cache } from "./cache";

/**
 * One batched read for many items, each with candidate keys in order of preference (one per
 * provider of the chain): the first key holding a valid value wins. Invalid values are misses.
 */
export async function lookupFirst<Item, Schema extends z.ZodType>(
  cache: Cache,
  candidates: ReadonlyMap<Item, readonly string[]>,
  schema: Schema,
): Promise<Map<Item, z.infer<Schema>>> {
  const keys = [...new Set([...candidates.values()].flat())];
  const values = keys.length > 0 ? await cache.getMany(keys) : new Map<string, unknown>();
  const found = new Map<Item, z.infer<Schema>>();
  for (const [item, itemKeys] of candidates) {
    for (const key of itemKeys) {
      const parsed = schema.safeParse(values.get(key));
      if (values.has(key) && parsed.success) {
        found.set(item, parsed.data);
        break;
      }
    }
  }
  return found;
}
