import { type StoredGlossary, storedGlossarySchema } from "../core/glossary/stored-glossary";

/**
 * Named glossaries in KV, one namespace per client: the owner is a digest of the client's
 * API key, so one key's glossaries are not readable with another.
 */
export class KvGlossaryStore {
  constructor(
    private readonly namespace: KVNamespace,
    private readonly owner: string,
  ) {}

  async get(name: string): Promise<StoredGlossary | null> {
    const parsed = storedGlossarySchema.safeParse(await this.namespace.get(this.key(name), "json"));
    return parsed.success ? parsed.data : null;
  }

  async put(glossary: StoredGlossary): Promise<void> {
    await this.namespace.put(this.key(glossary.name), JSON.stringify(glossary), {
      metadata: { version: glossary.version, entry_count: glossary.entries.length },
    });
  }

  async delete(name: string): Promise<boolean> {
    const existed = (await this.namespace.get(this.key(name))) !== null;
    await this.namespace.delete(this.key(name));
    return existed;
  }

  async list(): Promise<Array<{ name: string; version: string; entry_count: number }>> {
    const prefix = this.key("");
    const listing = await this.namespace.list<{ version: string; entry_count: number }>({ prefix });
    return listing.keys.map((key) => ({
      name: key.name.slice(prefix.length),
      version: key.metadata?.version ?? "",
      entry_count: key.metadata?.entry_count ?? 0,
    }));
  }

  private key(name: string): string {
    return `glossary:v1:${this.owner}:${name}`;
  }
}
