import { readFile } from "node:fs/promises";
import { CliError } from "./cli-error";
import { exitCodes } from "./exit-codes";

/** The article's text; a missing, unreadable or blank file is a file error. */
export async function readArticleFile(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "unreadable";
    throw new CliError(exitCodes.file, "input_file", `cannot read ${path} (${reason})`);
  }
  if (text.trim() === "") throw new CliError(exitCodes.file, "input_file", `${path} is empty`);
  return text;
}
