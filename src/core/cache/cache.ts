/** A key-value store: KV in the Worker, a Map in tests. Values are checked by their reader. */
export interface Cache {
  getMany(keys: readonly string[]): Promise<Map<string, unknown>>;
  put(key: string, value: unknown, options?: { readonly ttlSeconds?: number }): Promise<void>;
}
