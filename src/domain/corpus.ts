/**
 * The source document repeats "Immunotherapy works on the basis of" as boilerplate at the start
 * or end of lines. Paragraphs are the remaining non-empty lines, numbered from 1, so a citation
 * such as "¶3" means the same text on every machine.
 */
const BOILERPLATE = 'Immunotherapy works on the basis of';

export function cleanParagraph(line: string): string {
  let text = line.trim();
  // Leading copy: only when a new sentence follows (the closing paragraph uses the phrase in earnest).
  while (text.startsWith(`${BOILERPLATE} `) && /^[A-Z]/.test(text.slice(BOILERPLATE.length + 1))) {
    text = text.slice(BOILERPLATE.length + 1).trim();
  }
  while (text.endsWith(` ${BOILERPLATE}`)) {
    text = text.slice(0, -BOILERPLATE.length - 1).trim();
  }
  return text === BOILERPLATE ? '' : text;
}

export function parseCorpus(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(cleanParagraph)
    .filter((p) => p.length > 0);
}

/** "¶3" → 3; anything else (a label section, no locator) → null. */
export function paragraphNumber(locator: string | null | undefined): number | null {
  const match = /^¶(\d+)$/.exec(locator ?? '');
  const n = match ? Number(match[1]) : 0;
  return n >= 1 ? n : null;
}
