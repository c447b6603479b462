import { bestMatchingName, buildSearchQuery } from '../../src/domain/search-query';
import { compactKey, editDistance, words } from '../../src/domain/text';

describe('text normalisation', () => {
  it('meets PD-1, pd1 and "PD 1" on one key', () => {
    expect(new Set(['PD-1', 'pd1', 'PD 1', 'Pd–1'].map(compactKey))).toEqual(new Set(['pd1']));
  });
  it('folds accents and Greek letters', () => {
    expect(words('Bacillus Calmette-Guérin')).toEqual(['bacillus', 'calmette', 'guerin']);
    expect(compactKey('SIRPα')).toBe('sirpalpha');
  });
  it('computes edit distance', () => {
    expect(editDistance('pembrolizumab', 'pembrolizumb')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('Lucene query building', () => {
  it('keeps only letters and digits, so user text cannot inject Lucene syntax', () => {
    const query = buildSearchQuery('name:(x OR y) AND "z"~3 \\ *')!;
    expect(query.lucene).not.toMatch(/["\\()]\w*\s*OR|\bAND\b/);
    expect(query.compact).toBe('namexoryandz3');
  });
  it('adds typo tolerance by term length', () => {
    expect(buildSearchQuery('pd1')!.lucene).not.toContain('~');
    expect(buildSearchQuery('keytruda')!.lucene).toContain('searchKeys:keytruda~2');
    expect(buildSearchQuery('cd19x')!.lucene).toContain('searchKeys:cd19x~1');
  });
  it('requires every word of a multi-word query', () => {
    expect(buildSearchQuery('lung cancer')!.lucene).toContain('searchText:(+(');
  });
  it('returns null when nothing searchable remains', () => {
    expect(buildSearchQuery('')).toBeNull();
    expect(buildSearchQuery('?!-')).toBeNull();
  });
});

describe('which alias matched', () => {
  const names = ['Pembrolizumab', 'Keytruda', 'MK-3475', 'lambrolizumab'];
  it('prefers an exact key, then a prefix, then the closest', () => {
    expect(bestMatchingName(names, 'keytruda')).toBe('Keytruda');
    expect(bestMatchingName(names, 'mk34')).toBe('MK-3475');
    expect(bestMatchingName(names, 'pembrolizumb')).toBe('Pembrolizumab');
  });
});
