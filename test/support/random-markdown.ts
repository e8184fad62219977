import { frenchNewsWords } from "./french-news-words";
import type { SeededRandom } from "./seeded-random";

/** Article text with characters Markdown reads as markup. */
const words = [...frenchNewsWords, ...["x < y", "a*b", "_x_", "\\*", "&amp;", "50 $"]];

/** Builds one article; every URL and code span is numbered, so each is unique. */
class MarkdownWriter {
  private serial = 0;

  constructor(private readonly random: SeededRandom) {}

  article(): string {
    return this.random.repeat(1, 6, () => this.block(0), "\n\n");
  }

  private text(min = 1, max = 7): string {
    return this.random.repeat(min, max, () => this.random.pick(words), " ");
  }

  private inline(): string {
    const { random } = this;
    const roll = random.next();
    const serial = this.serial++;
    if (roll < 0.5) return this.text();
    if (roll < 0.58) {
      const title = random.pick(["", ' "Titre du lien"', " 'Titre'", " (Titre)"]);
      return `[${this.text(1, 2)}](https://example.org/u${serial}${title})`;
    }
    if (roll < 0.63) return `![${this.text(1, 2)}](https://img.example/i${serial}.jpg "Légende")`;
    if (roll < 0.7) return `\`code ${serial}\``;
    if (roll < 0.76) return `**${this.text(1, 2)}**`;
    if (roll < 0.8) return `*${this.text(1, 2)}*`;
    if (roll < 0.83) return `<https://auto.example/a${serial}>`;
    if (roll < 0.86) return `<span class="x">${this.text(1, 2)}</span>`;
    if (roll < 0.9) return `https://bare.example/b${serial}`;
    return `[${this.text(1, 1)}][r${serial % 3}]`;
  }

  private paragraph(): string {
    return this.random.repeat(1, 3, () => this.inline(), this.random.pick([" ", "\n", "  \n"]));
  }

  private block(depth: number): string {
    const { random } = this;
    const roll = random.next();
    const serial = this.serial++;
    if (depth > 2 || roll < 0.3) return this.paragraph();
    if (roll < 0.4) return `${"#".repeat(1 + random.below(6))} ${this.text(1, 3)}`;
    if (roll < 0.5) {
      const marker = random.pick(["-", "*", "+", "1."]);
      const item = () => `${marker} ${this.inline()}`;
      return random.repeat(1, 3, item, "\n");
    }
    if (roll < 0.58) return this.block(depth + 1).replace(/^/gm, "> ");
    if (roll < 0.64) {
      return `| A ${this.text(1, 1)} | B |\n|:---|---:|\n| ${this.inline()} | ${this.text(1, 1)} |`;
    }
    if (roll < 0.7) return '```js\nconst x = "ne pas traduire";\n\nfunction f() {}\n```';
    if (roll < 0.74) return `    code indenté ${serial}`;
    if (roll < 0.78) return `${this.text(1, 2)}\n${random.pick(["===", "---"])}`;
    if (roll < 0.82)
      return `<div class="encadre">\n${this.text(1, 2)}\n\n<p>${this.text(1, 1)}</p>\n</div>`;
    if (roll < 0.86) return `<!-- commentaire\n\n${this.text(1, 1)} -->`;
    if (roll < 0.9) return `[r${serial % 3}]: https://ref.example/r${serial} "Titre"`;
    if (roll < 0.94) return '<script>\nvar a = 1;\n\nvar b = "texte";\n</script>';
    return `${this.text(1, 2)}[^1]\n\n[^1]: ${this.text(1, 3)}`;
  }
}

/** A Markdown article body: nested quotes and lists, tables, code, raw HTML, links and titles. */
export function randomMarkdownArticle(random: SeededRandom): string {
  return new MarkdownWriter(random).article();
}
