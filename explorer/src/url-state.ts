/**
 * The view as URL query parameters, so a copied link reopens the same picture:
 *   ?focus=pembrolizumab&depth=1&expand=pd-1,t-cell&types=INHIBITS,TREATS
 *    &from=axicabtagene-ciloleucel&to=lbcl&select=edge:pembrolizumab:INHIBITS:pd-1
 * Absent `types` means every relationship type.
 */
import { isRelationType, type RelationType } from '../../src/domain/vocabulary';

export interface ViewState {
  focus: string | null;
  depth: number;
  expanded: string[];
  /** Null: all types. */
  types: RelationType[] | null;
  path: { from: string; to: string } | null;
  selected: { kind: 'node' | 'edge'; id: string } | null;
}

export const EMPTY_VIEW: ViewState = { focus: null, depth: 1, expanded: [], types: null, path: null, selected: null };

const list = (value: string | null) =>
  value
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : [];

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const depth = Number(params.get('depth'));
  const from = params.get('from');
  const to = params.get('to');
  const select = params.get('select');
  const selectedKind = select?.startsWith('edge:') ? 'edge' : select?.startsWith('node:') ? 'node' : null;
  return {
    focus: params.get('focus') || null,
    depth: depth >= 1 && depth <= 3 ? Math.floor(depth) : 1,
    expanded: list(params.get('expand')),
    types: params.has('types') ? list(params.get('types')).filter(isRelationType) : null,
    path: from && to ? { from, to } : null,
    selected: selectedKind && select ? { kind: selectedKind, id: select.slice(selectedKind.length + 1) } : null,
  };
}

export function writeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set('focus', state.focus);
  if (state.depth !== 1) params.set('depth', String(state.depth));
  if (state.expanded.length > 0) params.set('expand', state.expanded.join(','));
  if (state.types) params.set('types', state.types.join(','));
  if (state.path) {
    params.set('from', state.path.from);
    params.set('to', state.path.to);
  }
  if (state.selected) params.set('select', `${state.selected.kind}:${state.selected.id}`);
  const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return query ? `?${query}` : '';
}
