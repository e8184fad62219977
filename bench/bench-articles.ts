import { readdirSync, readFileSync } from "node:fs";

const sharedDirectory = new URL("../../shared/", import.meta.url);

export interface BenchArticle {
  readonly name: string;
  readonly title: string;
  readonly body: string;
  readonly format: "text" | "markdown";
}

/** The article the project started from. */
export function seedArticle(): BenchArticle {
  const body = readFileSync(new URL("samples/kazakhstan-ue-france.txt", sharedDirectory), "utf8");
  return {
    name: "seed",
    title: "Kazakhstan – Union européenne – France : une alliance qui monte en puissance",
    body,
    format: "text",
  };
}

/** About 3,000 words of real French news: the eval articles' bodies, one after another. */
export function longArticle(targetWords = 3_000): BenchArticle {
  const directory = new URL("eval/articles/", sharedDirectory);
  const parts: string[] = [];
  let words = 0;
  for (const file of readdirSync(directory)
    .filter((name) => name.endsWith(".md"))
    .sort()) {
    if (words >= targetWords) break;
    const text = readFileSync(new URL(file, directory), "utf8")
      .replace(/^---\n[\s\S]*?\n---\n/, "")
      .trim();
    const body = text.replace(/^# (.*)$/m, "## $1");
    parts.push(body);
    words += body.split(/\s+/).length;
  }
  return {
    name: "long",
    title: "Revue de presse : économie, politique, énergie et science",
    body: parts.join("\n\n"),
    format: "markdown",
  };
}

/** The same article with one paragraph of the middle rewritten, as an editor would. */
export function editOneParagraph(article: BenchArticle): BenchArticle {
  const paragraphs = article.body.split("\n\n");
  const index = paragraphs.findIndex(
    (paragraph, position) => position > paragraphs.length / 2 && paragraph.length > 300,
  );
  paragraphs[index] =
    `${paragraphs[index]} Mise à jour : la rédaction a ajouté cette précision après publication.`;
  return { ...article, body: paragraphs.join("\n\n") };
}
