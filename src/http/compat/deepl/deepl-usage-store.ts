/** Usage entries outlive their month a little, then KV drops them. */
const retentionSeconds = 70 * 86_400;

/**
 * Billed characters per client and calendar month (UTC), in KV, under the client's id (a
 * digest of its key, never the key). KV has no atomic increment: two requests finishing at
 * the same moment can lose one update, so the count is close, not exact.
 */
export class DeepLUsageStore {
  constructor(
    private readonly namespace: KVNamespace,
    private readonly clientId: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async characterCount(): Promise<number> {
    const stored = Number(await this.namespace.get(this.key()));
    return Number.isFinite(stored) && stored > 0 ? stored : 0;
  }

  async add(characters: number): Promise<void> {
    if (characters <= 0) return;
    const count = await this.characterCount();
    await this.namespace.put(this.key(), String(count + characters), {
      expirationTtl: retentionSeconds,
    });
  }

  private key(): string {
    const month = this.now().toISOString().slice(0, 7);
    return `deepl-usage:v1:${this.clientId}:${month}`;
  }
}
