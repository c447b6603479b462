/**
 * The explorer: search → neighborhood → click to expand, select to read, paths, filters, all
 * in the URL. It talks to nothing but the public GraphQL API.
 */
import { KIND_STYLES, RELATIONSHIP_COLORS, relationshipLabel } from '../../src/domain/drawing';
import { ENTITY_KINDS, RELATION_TYPE_NAMES, RELATION_TYPES, type RelationType } from '../../src/domain/vocabulary';
import * as api from './api';
import { download, h } from './dom';
import { GraphView } from './graph-view';
import { DetailsPanel } from './panel';
import { Readiness } from './readiness';
import { SearchBox } from './search-box';
import { EMPTY_VIEW, readViewState, writeViewState, type ViewState } from './url-state';

/** The API's maximum: a first view can hold up to 2,000 nodes. */
const FOCUS_LIMIT = 2000;
const EXPAND_LIMIT = 300;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let state: ViewState = readViewState(location.search);
/** Names of entities seen so far, for the path finder boxes and titles. */
const names = new Map<string, string>();
/** Drops results of superseded requests (a newer search or click won). */
let generation = 0;
/** `data-state="ready"` on <main> once every request, layout and list of the view is done. */
const readiness = new Readiness($('explorer'));

const status = $('status');
const setStatus = (text: string) => {
  status.textContent = text;
};

const panel = new DetailsPanel($('details'), {
  expand: (id) => void readiness.run(() => expand(id)),
  focus: (id) => void readiness.run(() => focusOn(id)),
  pathFrom: (id, name) => pathFromBox.set({ id, name }),
  pathTo: (id, name) => pathToBox.set({ id, name }),
});

const view = new GraphView($('graph'), {
  onNodeTap: (node) => selectNode(node),
  onEdgeTap: (edge) => selectEdge(edge),
  onBackgroundTap: () => {
    if (!state.selected) return;
    state = { ...state, selected: null };
    syncUrl();
  },
});

const searchBox = new SearchBox(
  $('search-input'),
  $('search-suggestions'),
  (picked) => void readiness.run(() => focusOn(picked.id)),
);
const pathFromBox = new SearchBox($('path-from'), $('path-from-suggestions'), () => undefined);
const pathToBox = new SearchBox($('path-to'), $('path-to-suggestions'), () => undefined);

function syncUrl(push = false): void {
  const url = `${location.pathname}${writeViewState(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

const count = (n: number, noun: string) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;

function describeView(extra = ''): void {
  const n = view.nodeCount.toLocaleString('en');
  const m = view.edgeCount.toLocaleString('en');
  setStatus(`${count(view.nodeCount, 'node')} · ${count(view.edgeCount, 'edge')}${extra}`);
  $('in-view').querySelector('summary')!.textContent = `In view: ${n} nodes, ${m} relationships`;
  renderInView();
}

/** How many list items "In view" shows; the filter box narrows big views. */
const IN_VIEW_MAX = 300;

/**
 * The view as lists, for keyboard and screen-reader users (and anyone hunting one node among
 * hundreds): choosing an item does what a tap on the canvas does.
 */
function renderInView(): void {
  const details = $<HTMLDetailsElement>('in-view');
  if (!details.open) return;
  const needle = $<HTMLInputElement>('in-view-filter').value.trim().toLowerCase();
  const nodes = view
    .visibleNodes()
    .map((n) => n.data() as api.GraphNodeData)
    .filter((n) => !needle || n.label.toLowerCase().includes(needle))
    .sort((a, b) => a.label.localeCompare(b.label))
    .slice(0, IN_VIEW_MAX);
  const edges = view
    .visibleEdges()
    .map((e) => e.data() as api.GraphEdgeData)
    .map((e) => ({ edge: e, text: `${names.get(e.source) ?? e.source} ${e.label} ${names.get(e.target) ?? e.target}` }))
    .filter((e) => !needle || e.text.toLowerCase().includes(needle))
    .sort((a, b) => a.text.localeCompare(b.text))
    .slice(0, IN_VIEW_MAX);
  const item = (text: string, onClick: () => void) => {
    const button = h('button', { type: 'button' }, text);
    button.addEventListener('click', onClick);
    return h('li', {}, button);
  };
  $('in-view-nodes').replaceChildren(...nodes.map((n) => item(n.label, () => selectNode(n))));
  $('in-view-edges').replaceChildren(...edges.map(({ edge, text }) => item(text, () => selectEdge(edge))));
}

/** The panel first, then the expansion: the reader sees what they clicked straight away. */
function selectNode(node: api.GraphNodeData): void {
  view.select('node', node.id);
  state = { ...state, selected: { kind: 'node', id: node.id } };
  syncUrl();
  void readiness.run(async () => {
    await showEntity(node.id);
    await expand(node.id);
  });
}

function selectEdge(edge: api.GraphEdgeData): void {
  view.select('edge', edge.id);
  state = { ...state, selected: { kind: 'edge', id: edge.id } };
  syncUrl();
  void readiness.run(() => showRelation(edge));
}

function remember(graph: api.GraphData): void {
  for (const node of graph.nodes) names.set(node.id, node.label);
}

/**
 * Type filters act on the drawing, not the fetch: neighborhoods are fetched whole and edges of
 * unticked types hidden, so ticking a box is instant and the layout does not move. Paths are
 * asked for with the ticked types only, since a path must use visible relationships.
 */
const activeTypes = (): RelationType[] | null => state.types;

function applyTypeFilter(): void {
  view.applyTypeFilter(
    state.types ? new Set(state.types) : null,
    new Set([state.focus, ...state.expanded].filter((id): id is string => Boolean(id))),
  );
}

async function showEntity(id: string): Promise<void> {
  panel.loading('entity');
  try {
    const entity = await api.entityDetails(id);
    if (state.selected?.id !== id) return;
    if (entity) panel.entity(entity);
    else panel.error(`No entity "${id}".`);
  } catch (error) {
    if (state.selected?.id === id) panel.error((error as Error).message);
  }
}

async function showRelation(edge: api.GraphEdgeData): Promise<void> {
  panel.loading('evidence');
  try {
    const relation = await api.relationshipDetails(edge);
    if (state.selected?.id !== edge.id) return;
    if (relation) panel.relation(relation);
    else panel.error('This relationship no longer exists.');
  } catch (error) {
    if (state.selected?.id === edge.id) panel.error((error as Error).message);
  }
}

async function expand(id: string): Promise<void> {
  if (state.expanded.includes(id) || state.focus === id) {
    describeView(` · ${names.get(id) ?? id} is already expanded`);
    return;
  }
  state = { ...state, expanded: [...state.expanded, id] };
  syncUrl();
  const mine = generation;
  setStatus('Expanding…');
  try {
    const graph = await api.neighborhood(id, 1, null, EXPAND_LIMIT);
    if (mine !== generation || !graph) return;
    remember(graph);
    const added = view.merge(graph, id);
    applyTypeFilter();
    if (added.length > 0 && !view.isLarge) await view.layout(true);
    if (mine !== generation) return; // a rebuild replaced the view during the layout
    describeView(
      added.length
        ? ` · +${added.length} from ${names.get(id) ?? id}`
        : ` · ${names.get(id) ?? id} has no new neighbours`,
    );
  } catch (error) {
    if (mine === generation) setStatus(`Could not expand: ${(error as Error).message}`);
  }
}

async function focusOn(id: string): Promise<void> {
  state = { ...state, focus: id, expanded: [], path: null, selected: { kind: 'node', id } };
  syncUrl(true);
  await rebuild();
}

/** Draws the whole view from `state` (used on load, back/forward, depth and filter changes). */
function rebuild(): Promise<void> {
  return readiness.run(drawView);
}

/** Every await is followed by a generation check: a newer view may have started meanwhile. */
async function drawView(): Promise<void> {
  const mine = ++generation;
  const started = performance.now();
  view.clear();
  view.highlightPath(new Set(), new Set());
  if (!state.focus && !state.path) {
    setStatus('Search for a therapy, checkpoint, cell or cancer to begin.');
    return;
  }
  setStatus('Loading…');
  try {
    let truncated = false;
    // Phase timings for the benchmark and devtools: fetch, add to the graph, layout, first frame.
    let fetchMs = 0;
    if (state.focus) {
      const graph = await api.neighborhood(state.focus, state.depth, null, FOCUS_LIMIT);
      fetchMs = performance.now() - started;
      if (mine !== generation) return;
      if (!graph) {
        setStatus(`No entity "${state.focus}".`);
        return;
      }
      remember(graph);
      truncated = graph.truncated;
      view.merge(graph);
      searchBox.set({ id: state.focus, name: names.get(state.focus) ?? state.focus });
    }
    const expansions = await Promise.all(state.expanded.map((id) => api.neighborhood(id, 1, null, EXPAND_LIMIT)));
    if (mine !== generation) return;
    expansions.forEach((graph, i) => {
      if (!graph) return;
      remember(graph);
      view.merge(graph, state.expanded[i]);
    });
    view.setFocus(state.focus);
    applyTypeFilter();
    const added = performance.now();
    await view.layout(false);
    if (mine !== generation) return;
    const laidOut = performance.now();
    if (state.path && !(await drawPaths(state.path.from, state.path.to, mine))) return;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    if (mine !== generation) return;
    performance.measure('explorer:fetch', { start: started, duration: fetchMs });
    performance.measure('explorer:add', { start: started + fetchMs, end: added });
    performance.measure('explorer:layout', { start: added, end: laidOut });
    performance.measure('explorer:rebuild', { start: started, end: performance.now() });
    restoreSelection();
    describeView(truncated ? ` · cut at ${FOCUS_LIMIT.toLocaleString('en')} nodes` : '');
  } catch (error) {
    if (mine === generation) setStatus(`Could not load: ${(error as Error).message}`);
  }
}

function restoreSelection(): void {
  const selected = state.selected;
  if (!selected) return;
  if (!view.select(selected.kind, selected.id)) return;
  if (selected.kind === 'node') void readiness.run(() => showEntity(selected.id));
  else {
    const edge = view.cy.getElementById(selected.id).data() as api.GraphEdgeData;
    void readiness.run(() => showRelation(edge));
  }
}

/** False when a newer view superseded this one before the paths were drawn. */
async function drawPaths(from: string, to: string, mine: number): Promise<boolean> {
  const result = await api.paths(from, to, activeTypes());
  if (mine !== generation) return false;
  if (!result) {
    panel.error('One of the two entities does not exist.');
    return true;
  }
  remember(result.graph);
  const added = view.merge(result.graph, from);
  applyTypeFilter();
  if (added.length > 0 && !view.isLarge) await view.layout(view.nodeCount > added.length);
  if (mine !== generation) return false;
  const nodeIds = new Set(result.graph.nodes.map((n) => n.id));
  const edgeIds = new Set(result.graph.edges.map((e) => e.id));
  view.highlightPath(nodeIds, edgeIds);
  pathFromBox.set({ id: from, name: names.get(from) ?? from });
  pathToBox.set({ id: to, name: names.get(to) ?? to });
  if (!state.selected) panel.paths(result, names.get(from) ?? from, names.get(to) ?? to);
  return true;
}

async function findPaths(): Promise<void> {
  const from = pathFromBox.picked;
  const to = pathToBox.picked;
  if (!from || !to) {
    panel.error('Pick both ends of the path from the suggestions.');
    return;
  }
  if (from.id === to.id) {
    panel.error('Pick two different entities.');
    return;
  }
  state = { ...state, path: { from: from.id, to: to.id }, selected: null };
  syncUrl(true);
  const mine = ++generation;
  setStatus('Finding paths…');
  try {
    if (await drawPaths(from.id, to.id, mine)) describeView(' · path highlighted');
  } catch (error) {
    if (mine === generation) panel.error((error as Error).message);
  }
}

function buildSidebar(): void {
  const legend = $('legend');
  legend.replaceChildren(
    ...ENTITY_KINDS.map((kind) => {
      const swatch = h('span', { className: 'swatch' });
      swatch.style.background = KIND_STYLES[kind].color;
      return h('li', {}, swatch, KIND_STYLES[kind].noun);
    }),
  );
  const filters = $('type-filters');
  filters.replaceChildren(
    ...RELATION_TYPE_NAMES.map((type) => {
      const checkbox = h('input', { type: 'checkbox', value: type, id: `type-${type}` });
      checkbox.checked = !state.types || state.types.includes(type);
      checkbox.addEventListener('change', onTypesChanged);
      const swatch = h('span', { className: 'swatch line' });
      swatch.style.background = RELATIONSHIP_COLORS[type];
      return h(
        'li',
        { title: RELATION_TYPES[type].meaning },
        checkbox,
        swatch,
        h('label', { for: `type-${type}` }, relationshipLabel(type)),
      );
    }),
  );
  const setAll = (checked: boolean) => {
    filters.querySelectorAll<HTMLInputElement>('input').forEach((c) => (c.checked = checked));
    onTypesChanged();
  };
  $('types-all').addEventListener('click', () => setAll(true));
  $('types-none').addEventListener('click', () => setAll(false));
}

function onTypesChanged(): void {
  const checked = [...document.querySelectorAll<HTMLInputElement>('#type-filters input:checked')].map(
    (c) => c.value as RelationType,
  );
  state = { ...state, types: checked.length === RELATION_TYPE_NAMES.length ? null : checked };
  syncUrl();
  applyTypeFilter();
  describeView();
}

function wireToolbar(): void {
  const depth = $<HTMLSelectElement>('depth-select');
  depth.value = String(state.depth);
  depth.addEventListener('change', () => {
    state = { ...state, depth: Number(depth.value) };
    syncUrl();
    void rebuild();
  });
  $('fit-button').addEventListener('click', () => view.fit());
  $('png-button').addEventListener('click', () => download(view.png(), `${state.focus ?? 'immunotherapy-graph'}.png`));
  $('json-button').addEventListener('click', () =>
    download(
      new Blob([JSON.stringify(view.json(), null, 1)], { type: 'application/json' }),
      `${state.focus ?? 'immunotherapy-graph'}.json`,
    ),
  );
  $('clear-button').addEventListener('click', () => {
    state = { ...EMPTY_VIEW, types: state.types };
    searchBox.set(null);
    pathFromBox.set(null);
    pathToBox.set(null);
    syncUrl(true);
    $('details').replaceChildren(h('p', { className: 'synonyms' }, 'Search for an entity to begin.'));
    void rebuild();
  });
  $('path-button').addEventListener('click', () => void readiness.run(findPaths));
  window.addEventListener('popstate', () => {
    state = readViewState(location.search);
    // The controls show the restored view too, not the one left behind.
    depth.value = String(state.depth);
    document.querySelectorAll<HTMLInputElement>('#type-filters input').forEach((box) => {
      box.checked = !state.types || state.types.includes(box.value as RelationType);
    });
    if (!state.path) {
      pathFromBox.set(null);
      pathToBox.set(null);
    }
    void rebuild();
  });
}

buildSidebar();
wireToolbar();
$('in-view').addEventListener('toggle', renderInView);
$('in-view-filter').addEventListener('input', renderInView);
// A handle for poking at the graph from devtools (and for measuring it); the page never reads it.
(window as unknown as { explorerGraph: unknown }).explorerGraph = view.cy;
void rebuild();
