import { extname } from "node:path";
import { translationRequestSchema } from "../src/http/schemas/translation-request-schema";
import { CliError } from "./cli-error";
import { exitCodes } from "./exit-codes";

/** The formats the API accepts, read from its request schema. */
const articleFormats = translationRequestSchema.shape.article.shape.format.unwrap().options;

export type ArticleFormat = (typeof articleFormats)[number];

const formatsByExtension: Readonly<Record<string, string>> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

/** `--format` when given, otherwise the file's extension; one the API does not accept is a usage error. */
export function chooseArticleFormat(requested: string | undefined, path: string): ArticleFormat {
  const name = requested ?? formatsByExtension[extname(path).toLowerCase()] ?? "text";
  const format = articleFormats.find((candidate) => candidate === name);
  if (format) return format;
  const supported = articleFormats.join(", ");
  throw new CliError(
    exitCodes.usage,
    "usage",
    `format ${name} is not supported (supported: ${supported})`,
  );
}
