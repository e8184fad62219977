import { z } from "zod";
import { createTilmashClient, type TranslationRequest } from "../src/client/index";
import {
  errorResponseSchema,
  type TranslationResponse,
  translationResponseSchema,
} from "../src/http/schemas/translation-response-schema";
import { CliError } from "./cli-error";
import { exitCodeForStatus, exitCodes } from "./exit-codes";
import type { TranslationProgressListener } from "./progress-display";
import { readEventStream, type ServerEvent } from "./read-event-stream";
import type { Transport } from "./transport";

const segmentEventSchema = z.object({
  language: z.string(),
  index: z.union([z.int(), z.literal("title")]),
});
const languageEventSchema = z.object({ language: z.string(), cache: z.string() });
const streamedErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), status: z.int().optional() }),
});

/**
 * `POST /v1/translations` in streaming mode through the typed client: progress as segments
 * and languages arrive, then the same body the JSON response has.
 */
export async function requestTranslation(
  transport: Transport,
  body: TranslationRequest,
  options: { readonly noCache: boolean; readonly progress: TranslationProgressListener },
): Promise<TranslationResponse> {
  const client = createTilmashClient(transport.baseUrl, { fetch: transport.fetch });
  const headers = {
    ...transport.headers,
    Accept: "text/event-stream",
    ...(options.noCache ? { "Cache-Control": "no-cache" } : {}),
  };
  const response = await client.v1.translations
    .$post({ json: body }, { headers })
    .catch((error: unknown) => {
      throw unreachable(transport, error);
    });
  if (response.status !== 200) throw await refusal(response);
  const isStream = response.headers.get("Content-Type")?.includes("text/event-stream") ?? false;
  if (!isStream || !response.body) return translationResponseSchema.parse(await response.json());
  return readTranslationEvents(response.body, options.progress);
}

async function readTranslationEvents(
  body: ReadableStream<Uint8Array>,
  progress: TranslationProgressListener,
): Promise<TranslationResponse> {
  for await (const event of readEventStream(body)) {
    const outcome = handleEvent(event, progress);
    if (outcome) return outcome;
  }
  throw new CliError(
    exitCodes.unavailable,
    "stream_ended",
    "the server closed the stream before the end",
  );
}

function handleEvent(
  event: ServerEvent,
  progress: TranslationProgressListener,
): TranslationResponse | undefined {
  const data: unknown = JSON.parse(event.data);
  if (event.event === "segment") {
    const segment = segmentEventSchema.parse(data);
    progress.segment(segment.language, segment.index);
  } else if (event.event === "language") {
    const language = languageEventSchema.parse(data);
    progress.language(language.language, language.cache);
  } else if (event.event === "error") {
    const { error } = streamedErrorSchema.parse(data);
    throw new CliError(exitCodeForStatus(error.status ?? 502), error.code, error.message);
  } else if (event.event === "done") {
    return translationResponseSchema.parse(data);
  }
  return undefined;
}

async function refusal(response: { status: number; text(): Promise<string> }): Promise<CliError> {
  const text = await response.text();
  const parsed = errorResponseSchema.safeParse(safeJson(text));
  const error = parsed.success
    ? parsed.data.error
    : { code: `http_${response.status}`, message: text.slice(0, 200) };
  return new CliError(exitCodeForStatus(response.status), error.code, error.message);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function unreachable(transport: Transport, error: unknown): CliError {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new CliError(
    exitCodes.unavailable,
    "server_unreachable",
    `cannot reach ${transport.name}: ${reason}`,
  );
}
