import { frenchNewsWords } from "./french-news-words";
import type { SeededRandom } from "./seeded-random";

/** Article text with entities, as HTML writes it. */
const words = [...frenchNewsWords, ...["&amp;", "&nbsp;", "&eacute;t&eacute;", "&#233;", "x&lt;y"]];

/** Text for an attribute value: no markup, no quote. */
function attributeText(random: SeededRandom): string {
  return random.repeat(1, 3, () => random.pick(words), " ").replace(/[<>"&]/g, "");
}

function text(random: SeededRandom): string {
  return random.repeat(1, 8, () => random.pick(words), random.pick([" ", " ", "\n", "  "]));
}

function attributes(random: SeededRandom): string {
  return random.pick([
    "",
    ` class="c${random.below(3)}"`,
    ` id=x${random.below(9)}`,
    ` title="${attributeText(random)}"`,
    " data-x='1'",
    ' lang="fr"',
  ]);
}

function inline(random: SeededRandom, depth: number): string {
  const roll = random.next();
  if (depth > 3 || roll < 0.45) return text(random);
  if (roll < 0.55 && depth === 0) {
    return `<a href="https://example.org/${random.below(99)}?a=1&amp;b=2"${attributes(random)}>${inline(random, depth + 1)}</a>`;
  }
  if (roll < 0.62) return `<img src="i.jpg" alt="${attributeText(random)}"${attributes(random)}>`;
  if (roll < 0.66) return "<br>";
  if (roll < 0.7) return `<code>${text(random)}</code>`;
  if (roll < 0.73) return `<abbr title="${attributeText(random)}">UE</abbr>`;
  if (roll < 0.76) return `<sup>${random.below(9)}</sup>`;
  if (roll < 0.78) return `<!-- note ${text(random)} -->`;
  if (roll < 0.8) return `<span translate="no">${text(random)}</span>`;
  const tag = random.pick(["b", "i", "em", "strong", "span", "q", "cite", "small", "mark", "s"]);
  return `<${tag}${attributes(random)}>${inline(random, depth + 1)} ${text(random)}</${tag}>`;
}

function inlines(random: SeededRandom): string {
  return random.repeat(1, 3, () => inline(random, 0), random.pick(["", " ", "\n"]));
}

function block(random: SeededRandom, depth: number): string {
  const roll = random.next();
  if (depth > 3 || roll < 0.3) return `<p${attributes(random)}>${inlines(random)}</p>`;
  if (roll < 0.38) {
    const level = 1 + random.below(6);
    return `<h${level}>${inlines(random)}</h${level}>`;
  }
  if (roll < 0.46) {
    const list = random.pick(["ul", "ol"]);
    const item = () =>
      `<li>${random.next() < 0.3 ? block(random, depth + 1) : inlines(random)}</li>`;
    return `<${list}>${random.repeat(1, 3, item, "\n")}</${list}>`;
  }
  if (roll < 0.52) return `<blockquote>${block(random, depth + 1)}</blockquote>`;
  if (roll < 0.58) {
    return `<figure><img src="a.jpg" alt="${attributeText(random)}"><figcaption>${inlines(random)}</figcaption></figure>`;
  }
  if (roll < 0.64) {
    return `<table><thead><tr><th>${text(random)}</th></tr></thead><tbody><tr><td>${inlines(random)}</td></tr></tbody></table>`;
  }
  if (roll < 0.68) return '<script>var s = "<p>ne pas</p>"; if (a < b) {}</script>';
  if (roll < 0.71) return "<style>p > a { color: red }</style>";
  if (roll < 0.74) return `<pre>  ${text(random)}\n   ligne</pre>`;
  if (roll < 0.77)
    return `<iframe src="https://v.example/1" title="${attributeText(random)}"></iframe>`;
  if (roll < 0.8) return "<hr>";
  if (roll < 0.83)
    return `<svg viewBox="0 0 1 1"><title>${text(random)}</title><path d="M0 0"/></svg>`;
  if (roll < 0.86)
    return `<details><summary>${text(random)}</summary>${block(random, depth + 1)}</details>`;
  if (roll < 0.89) return `<dl><dt>${text(random)}</dt><dd>${inlines(random)}</dd></dl>`;
  const container = random.pick(["div", "section", "aside", "article"]);
  const content = random.repeat(1, 3, () => block(random, depth + 1), "\n");
  return `<${container}${attributes(random)}>${content}</${container}>`;
}

/** A well-formed HTML article body: nested blocks, inline markup, embeds, entities. */
export function randomHtmlArticle(random: SeededRandom): string {
  return random.repeat(1, 5, () => block(random, 0), random.pick(["\n", "\n\n", ""]));
}
