/**
 * Lines that web pages leave at the end of a copied article: comment forms,
 * share buttons and arithmetic captchas ("seize − 16 ="). Only trailing paragraphs
 * are considered, so a sentence in the middle of the article is never dropped.
 */
const residuePatterns: readonly RegExp[] = [
  /^(laisser|laissez|écrire|ajouter|poster|publier) (un|votre) commentaire\b/i,
  /^(\d+ )?commentaires?$/i,
  /^(partager|partagez|imprimer|s['’]abonner|abonnez-vous|newsletter|lire aussi|à lire aussi)\b.{0,60}$/i,
  /^(votre adresse (e-?mail|de messagerie) ne sera pas publiée|les champs obligatoires sont indiqués).*$/i,
  /^[\p{L}\d]+ ?[−\-+×x*÷/] ?[\p{L}\d]+ ?= ?[\p{L}\d]*$/u,
];

export interface ResidueSplit {
  readonly paragraphs: readonly string[];
  readonly removed: readonly string[];
}

export function stripWebResidue(paragraphs: readonly string[]): ResidueSplit {
  let end = paragraphs.length;
  while (end > 1 && isResidue(paragraphs[end - 1] ?? "")) {
    end -= 1;
  }
  return { paragraphs: paragraphs.slice(0, end), removed: paragraphs.slice(end) };
}

function isResidue(paragraph: string): boolean {
  const text = paragraph.trim();
  return text.length <= 120 && residuePatterns.some((pattern) => pattern.test(text));
}
