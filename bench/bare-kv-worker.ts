/** The baseline for cache-hit serving: a route that only reads one KV value and returns it. */
interface BareEnv {
  readonly TRANSLATIONS: KVNamespace;
}

export default {
  async fetch(request: Request, env: BareEnv): Promise<Response> {
    if (request.method === "PUT") {
      await env.TRANSLATIONS.put("bench:value", await request.text());
      return new Response(null, { status: 204 });
    }
    const value = await env.TRANSLATIONS.get("bench:value");
    return new Response(value, { headers: { "Content-Type": "application/json" } });
  },
} satisfies ExportedHandler<BareEnv>;
