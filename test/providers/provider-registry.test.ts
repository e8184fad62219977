import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { findProviderDefinition, providerDefinitions } from "../../src/providers/provider-registry";
import ollamaCompletion from "../fixtures/openai/ollama-chat-completion.json";
import { setupMockNetwork } from "../support/mock-network";

const network = setupMockNetwork();

function definition(name: string) {
  const found = findProviderDefinition(name);
  if (!found) {
    throw new Error(`no provider ${name}`);
  }
  return found;
}

describe("provider registry", () => {
  it("lists openai, then anthropic, with their variables and default models", () => {
    expect(
      providerDefinitions.map(({ name, defaultModel, variables }) => ({
        name,
        defaultModel,
        variables,
      })),
    ).toEqual([
      {
        name: "openai",
        defaultModel: "gpt-5.4-mini",
        variables: { apiKey: "OPENAI_API_KEY", baseUrl: "OPENAI_BASE_URL", model: "OPENAI_MODEL" },
      },
      {
        name: "anthropic",
        defaultModel: "claude-sonnet-4-6",
        variables: {
          apiKey: "ANTHROPIC_API_KEY",
          baseUrl: "ANTHROPIC_BASE_URL",
          model: "ANTHROPIC_MODEL",
        },
      },
    ]);
    expect(findProviderDefinition("mistral")).toBeUndefined();
  });

  it("configures openai from a key or from a base URL alone", () => {
    const openAi = definition("openai");
    expect(openAi.isConfigured({ apiKey: "sk-x" })).toBe(true);
    expect(openAi.isConfigured({ baseUrl: "http://127.0.0.1:11434/v1" })).toBe(true);
    expect(openAi.isConfigured({})).toBe(false);
    expect(openAi.isConfigured({ apiKey: "", baseUrl: " " })).toBe(false);
  });

  it("configures anthropic from a key only", () => {
    const anthropic = definition("anthropic");
    expect(anthropic.isConfigured({ apiKey: "sk-ant-x" })).toBe(true);
    expect(anthropic.isConfigured({ baseUrl: "http://127.0.0.1:8080" })).toBe(false);
    expect(anthropic.isConfigured({ apiKey: "" })).toBe(false);
  });

  it("creates models with the configured or the default model", () => {
    expect(definition("openai").create({ apiKey: "sk-x" }).modelId).toBe("gpt-5.4-mini");
    expect(
      definition("anthropic").create({ apiKey: "k", model: "claude-haiku-4-5" }),
    ).toMatchObject({
      provider: "anthropic",
      modelId: "claude-haiku-4-5",
    });
  });

  it("sends the placeholder key to a keyless OpenAI-compatible server, through the given fetch", async () => {
    const baseUrl = "http://127.0.0.1:11434/v1";
    const authorizations: (string | null)[] = [];
    network.use(
      http.post(`${baseUrl}/chat/completions`, ({ request }) => {
        authorizations.push(request.headers.get("authorization"));
        return HttpResponse.json(ollamaCompletion);
      }),
    );
    const fetchedUrls: string[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      fetchedUrls.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };

    const model = definition("openai").create({ baseUrl, model: "qwen3:8b" }, recordingFetch);
    await model.generate({ messages: [{ role: "user", content: "Bonjour" }], maxOutputTokens: 16 });

    expect(authorizations).toEqual(["Bearer not-needed"]);
    expect(fetchedUrls).toEqual([`${baseUrl}/chat/completions`]);
  });
});
