/** A key-value store for finished translations: KV in the Worker, a Map in tests. */
export interface Cache<Value> {
  getMany(keys: readonly string[]): Promise<Map<string, Value>>;
  put(key: string, value: Value, options?: { readonly ttlSeconds?: number }): Promise<void>;
}
