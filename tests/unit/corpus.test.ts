import fs from 'node:fs';
import path from 'node:path';
import { cleanParagraph, paragraphNumber, parseCorpus } from '../../src/domain/corpus';
import { DEFAULT_SEED_DIR } from '../../src/seed';

describe('source document paragraphs', () => {
  const paragraphs = parseCorpus(
    fs.readFileSync(path.join(DEFAULT_SEED_DIR, 'corpus', 'immunotherapy-overview.txt'), 'utf8'),
  );

  it('numbers the eight paragraphs without the repeated boilerplate line', () => {
    expect(paragraphs).toHaveLength(8);
    expect(paragraphs[0]).toMatch(/^Immunotherapy has emerged/);
    expect(paragraphs[2]).toMatch(/aggressively\.$/);
    expect(paragraphs.filter((p) => p.startsWith('Immunotherapy works on the basis of'))).toEqual([]);
  });

  it('keeps the phrase where the text uses it in earnest', () => {
    expect(paragraphs[7]).toMatch(/^Overall, immunotherapy works on the basis of empowering/);
  });

  it('strips leading and trailing copies, and drops a line that is only the boilerplate', () => {
    expect(cleanParagraph('Immunotherapy works on the basis of Cancer vaccines help.')).toBe('Cancer vaccines help.');
    expect(cleanParagraph('T cells attack. Immunotherapy works on the basis of')).toBe('T cells attack.');
    expect(cleanParagraph('Immunotherapy works on the basis of')).toBe('');
  });

  it('reads paragraph locators and nothing else', () => {
    expect(paragraphNumber('¶3')).toBe(3);
    expect(paragraphNumber('¶0')).toBeNull();
    expect(paragraphNumber('1 Indications and Usage')).toBeNull();
    expect(paragraphNumber(null)).toBeNull();
  });
});
