import { parseArgs } from "node:util";
import { z } from "zod";
import { CliError } from "./cli-error";
import { exitCodes } from "./exit-codes";

/** Every option `tilmash translate` takes; `--help` lists each of them. */
export const optionDefinitions = {
  to: { type: "string" },
  format: { type: "string" },
  title: { type: "string" },
  bullets: { type: "string" },
  "no-summary": { type: "boolean" },
  server: { type: "string" },
  provider: { type: "string" },
  model: { type: "string" },
  "out-dir": { type: "string" },
  "no-cache": { type: "boolean" },
  json: { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const languageList = z
  .string()
  .transform((value) => value.split(",").map((code) => code.trim()))
  .pipe(
    z
      .array(z.string().regex(/^[a-z]{2,3}(-[a-z\d]{2,8})*$/i, "expected codes such as en,kk,ru"))
      .min(1),
  );

const translateOptionsSchema = z.object({
  file: z.string().min(1, "the article file is missing"),
  to: languageList.default(["en", "kk", "ru"]),
  format: z.string().optional(),
  title: z.string().optional(),
  bullets: z.coerce.number().int().min(1).max(10).default(5),
  "no-summary": z.boolean().default(false),
  server: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).optional(),
  provider: z.string().min(1).optional(),
  model: z.string().min(1).optional(),
  "out-dir": z.string().min(1).optional(),
  "no-cache": z.boolean().default(false),
  json: z.boolean().default(false),
  quiet: z.boolean().default(false),
});

export type TranslateOptions = z.output<typeof translateOptionsSchema>;

export type CliCommand =
  | { readonly kind: "help" }
  | { readonly kind: "translate"; readonly options: TranslateOptions };

/** `translate <file> [options]`, or help; anything else is a usage error. */
export function parseCliArguments(args: readonly string[]): CliCommand {
  const { values, positionals } = parseOrFail(args);
  const [command, file, ...extra] = positionals;
  if (values.help || command === "help") return { kind: "help" };
  if (command !== "translate") throw usageError(`unknown command: ${command ?? "(none)"}`);
  if (extra.length > 0) throw usageError(`unexpected argument: ${extra.join(" ")}`);
  const parsed = translateOptionsSchema.safeParse({ ...values, file: file ?? "" });
  if (!parsed.success) throw usageError(describeIssue(parsed.error.issues[0]));
  return { kind: "translate", options: parsed.data };
}

function parseOrFail(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: optionDefinitions, allowPositionals: true });
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return "invalid options";
  const option = issue.path[0];
  return option === "file" ? issue.message : `--${String(option)}: ${issue.message}`;
}

function usageError(message: string): CliError {
  return new CliError(exitCodes.usage, "usage", `${message} (see tilmash --help)`);
}
