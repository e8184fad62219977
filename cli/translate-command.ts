import { dirname, resolve } from "node:path";
import type { TranslationRequest } from "../src/client/index";
import type { TranslationResponse } from "../src/http/schemas/translation-response-schema";
import { type ArticleFormat, chooseArticleFormat } from "./article-format";
import type { CliIo } from "./cli-io";
import { type LanguageFiles, writeLanguageFiles } from "./output-files";
import type { TranslateOptions } from "./parse-cli-arguments";
import { ProgressDisplay, silentProgress } from "./progress-display";
import { readArticleFile } from "./read-article-file";
import { requestTranslation } from "./request-translation";
import { serverTransport } from "./server-transport";
import type { Transport } from "./transport";

/** What `tilmash translate` did: printed as a file list, or as JSON with `--json`. */
export interface TranslateReport {
  readonly input: string;
  readonly format: ArticleFormat;
  /** The server's URL, or "in-process". */
  readonly via: string;
  readonly files: Record<string, LanguageFiles>;
  /** The API's response body, as `POST /v1/translations` returns it. */
  readonly response: TranslationResponse;
}

/** Reads the article, translates it through a server or in process, writes the files. */
export async function translateCommand(
  options: TranslateOptions,
  io: CliIo,
): Promise<TranslateReport> {
  const input = resolve(io.cwd, options.file);
  const format = chooseArticleFormat(options.format, input);
  const text = await readArticleFile(input);
  const transport = await chooseTransport(options.server, io.environment);
  const progress = options.quiet
    ? silentProgress
    : new ProgressDisplay(options.to, io.err, io.interactive);
  try {
    const response = await requestTranslation(transport, requestBody(options, text, format), {
      noCache: options["no-cache"],
      progress,
    });
    const outDir = resolve(io.cwd, options["out-dir"] ?? dirname(input));
    const files = await writeLanguageFiles(response, { input, outDir, format });
    return { input, format, via: transport.name, files, response };
  } finally {
    progress.finish();
    await transport.settle();
  }
}

/** `--server` over HTTP; otherwise the app in this process (loaded only then: it is larger). */
async function chooseTransport(
  server: string | undefined,
  environment: CliIo["environment"],
): Promise<Transport> {
  if (server) return serverTransport(server, environment);
  const { inProcessTransport } = await import("./in-process-transport");
  return inProcessTransport(environment);
}

function requestBody(
  options: TranslateOptions,
  text: string,
  format: ArticleFormat,
): TranslationRequest {
  return {
    article: {
      body: text,
      format,
      ...(options.title === undefined ? {} : { title: options.title }),
    },
    target_langs: options.to,
    summary: options["no-summary"] ? false : { bullets: options.bullets },
    ...(options.provider === undefined ? {} : { provider: options.provider }),
    ...(options.model === undefined ? {} : { model: options.model }),
  };
}
