import { EMPTY_VIEW, readViewState, writeViewState, type ViewState } from '../../explorer/src/url-state';

describe('explorer URL state', () => {
  const full: ViewState = {
    focus: 'pembrolizumab',
    depth: 2,
    expanded: ['pd-1', 't-cell'],
    types: ['INHIBITS', 'TREATS'],
    path: { from: 'axicabtagene-ciloleucel', to: 'lbcl' },
    selected: { kind: 'edge', id: 'pembrolizumab:INHIBITS:pd-1' },
  };

  it('round-trips a whole view through a readable query string', () => {
    const query = writeViewState(full);
    expect(query).toBe(
      '?focus=pembrolizumab&depth=2&expand=pd-1,t-cell&types=INHIBITS,TREATS&from=axicabtagene-ciloleucel&to=lbcl&select=edge:pembrolizumab:INHIBITS:pd-1',
    );
    expect(readViewState(query)).toEqual(full);
  });

  it('writes nothing for the empty view and keeps "no type ticked" apart from "all types"', () => {
    expect(writeViewState(EMPTY_VIEW)).toBe('');
    expect(readViewState('?focus=pd-1&types=').types).toEqual([]);
    expect(readViewState('?focus=pd-1').types).toBeNull();
  });

  it('ignores what it cannot use from a hand-edited link', () => {
    const state = readViewState('?focus=pd-1&depth=9&types=INHIBITS,CURES&select=bogus&from=pd-1');
    expect(state).toEqual({ ...EMPTY_VIEW, focus: 'pd-1', types: ['INHIBITS'] });
  });
});
