import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

/**
 * Two projects:
 * - `core`: unit tests of the runtime-free core, in Node.
 * - `workers`: routes, KV and the provider SDKs, inside workerd via the Cloudflare plugin.
 * Every binding the worker tests rely on is pinned here so a local `.dev.vars` cannot leak in.
 */
const pinnedBindings = {
  LLM_PROVIDERS: "",
  OPENAI_API_KEY: "",
  OPENAI_BASE_URL: "",
  OPENAI_MODEL: "",
  ANTHROPIC_API_KEY: "",
  ANTHROPIC_BASE_URL: "",
  ANTHROPIC_MODEL: "",
  API_KEYS: "",
  CORS_ORIGINS: "",
  CACHE_TTL_SECONDS: "2592000",
  MAX_ARTICLE_CHARS: "100000",
  LLM_TIMEOUT_MS: "180000",
  LLM_MAX_RETRIES: "2",
  LLM_RETRY_BASE_DELAY_MS: "1",
  QA_CHECKS: "all",
  QA_REPAIR: "false",
  DEEPL_CHARACTER_LIMIT: "",
  LLM_LATENCY_OPTIMIZED_MODEL: "",
};

export default defineConfig({
  test: {
    reporters: ["default"],
    projects: [
      {
        test: {
          name: "core",
          include: [
            "test/core/**/*.test.ts",
            "test/config/**/*.test.ts",
            "test/mock-llm/**/*.test.ts",
            "test/scripts/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: { bindings: pinnedBindings },
          }),
        ],
        test: {
          name: "workers",
          include: [
            "test/http/**/*.test.ts",
            "test/providers/**/*.test.ts",
            "test/cache/**/*.test.ts",
            "test/*.test.ts",
          ],
        },
      },
    ],
  },
});
