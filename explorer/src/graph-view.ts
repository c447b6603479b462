/**
 * The drawing: Cytoscape.js with the shared palette. Large views switch to cheaper rendering
 * (no edge labels, textures while panning, a one-pass layout) so 2,000 nodes stay interactive.
 */
import cytoscape, {
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type EventObject,
  type NodeSingular,
  type StylesheetJson,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { KIND_STYLES, RELATIONSHIP_COLORS } from '../../src/domain/drawing';
import { ENTITY_KINDS, RELATION_TYPE_NAMES } from '../../src/domain/vocabulary';
import type { GraphData, GraphEdgeData, GraphNodeData } from './api';

cytoscape.use(fcose);

/** Above this many elements the view renders for speed rather than detail. */
const LARGE_VIEW = 600;
/** Room per node (px at zoom 1) after a large view's draft layout. */
const SPACING = 45;

export interface GraphViewHandlers {
  onNodeTap(node: GraphNodeData): void;
  onEdgeTap(edge: GraphEdgeData): void;
  onBackgroundTap(): void;
}

/**
 * `large` swaps edges to haystack lines without arrows (the cheapest Cytoscape draws): on a
 * software-rendered canvas that halves the cost of a full redraw of thousands of edges.
 */
function stylesheet(large: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 10,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '110px',
        'min-zoomed-font-size': 7,
        color: '#1f2430',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'border-width': 1.5,
        width: 22,
        height: 22,
      },
    },
    ...ENTITY_KINDS.map((kind) => ({
      selector: `node[type = "${kind}"]`,
      style: {
        'background-color': KIND_STYLES[kind].color,
        'border-color': KIND_STYLES[kind].border,
        width: Math.round(KIND_STYLES[kind].diameter * 0.42),
        height: Math.round(KIND_STYLES[kind].diameter * 0.42),
      },
    })),
    { selector: 'node[?focus]', style: { 'border-width': 4, 'border-color': '#1f2430', 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'straight',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        opacity: 0.75,
        'font-size': 9,
        'min-zoomed-font-size': 8,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    },
    ...(large
      ? [
          {
            selector: 'edge',
            style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', opacity: 0.9 },
          },
          // Thousands of overlapping names are noise, and costly: names appear from zoom 1 on.
          { selector: 'node', style: { 'min-zoomed-font-size': 10 } },
        ]
      : []),
    ...RELATION_TYPE_NAMES.map((type) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': RELATIONSHIP_COLORS[type], 'target-arrow-color': RELATIONSHIP_COLORS[type] },
    })),
    { selector: 'edge.labelled, edge:selected, edge.on-path', style: { label: 'data(label)' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ff8c00', 'overlay-opacity': 0 } },
    { selector: 'edge:selected', style: { width: 4, opacity: 1, 'overlay-opacity': 0 } },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#ff8c00', opacity: 1 } },
    {
      selector: 'edge.on-path',
      style: { width: 4, opacity: 1, 'line-color': '#ff8c00', 'target-arrow-color': '#ff8c00', 'z-index': 10 },
    },
    { selector: '.hidden-type', style: { display: 'none' } },
  ] as StylesheetJson;
}

export class GraphView {
  readonly cy: Core;
  /** Whether the large-view stylesheet is the one applied. */
  private largeStyle = false;

  constructor(container: HTMLElement, handlers: GraphViewHandlers) {
    this.cy = cytoscape({
      container,
      style: stylesheet(false),
      minZoom: 0.05,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (event: EventObject) =>
      handlers.onNodeTap((event.target as NodeSingular).data() as GraphNodeData),
    );
    this.cy.on('tap', 'edge', (event: EventObject) =>
      handlers.onEdgeTap((event.target as EdgeSingular).data() as GraphEdgeData),
    );
    this.cy.on('tap', (event: EventObject) => {
      if (event.target === this.cy) handlers.onBackgroundTap();
    });
  }

  /** Counts and lists cover what is drawn: elements hidden by the type filter are left out. */
  get nodeCount(): number {
    return this.visibleNodes().length;
  }

  get edgeCount(): number {
    return this.visibleEdges().length;
  }

  visibleNodes(): cytoscape.NodeCollection {
    return this.cy.nodes().not('.hidden-type');
  }

  visibleEdges(): cytoscape.EdgeCollection {
    return this.cy.edges().not('.hidden-type');
  }

  clear(): void {
    this.cy.elements().remove();
  }

  /** True when the view renders for speed (see LARGE_VIEW). */
  get isLarge(): boolean {
    return this.cy.elements().length > LARGE_VIEW;
  }

  /**
   * Adds what is new; returns the ids of the nodes added. New nodes start on a ring around the
   * node they came from: small views then relax them with an incremental layout, large views
   * keep the ring (a global layout of thousands of nodes would stall the page).
   */
  merge(graph: GraphData, around?: string): string[] {
    const anchor = around ? this.cy.getElementById(around) : null;
    const origin = anchor && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const fresh = graph.nodes.filter((node) => this.cy.getElementById(node.id).empty());
    // The ring grows with the square root of its size, so its density stays about the same.
    const radius = 40 + 24 * Math.sqrt(fresh.length);
    const additions: ElementDefinition[] = fresh.map((node, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
      return {
        group: 'nodes',
        data: { ...node },
        position: { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) },
      };
    });
    for (const edge of graph.edges) {
      if (this.cy.getElementById(edge.id).nonempty()) continue;
      additions.push({ group: 'edges', data: { ...edge } });
    }
    this.cy.batch(() => {
      this.cy.add(additions);
      this.tuneForSize();
    });
    return fresh.map((node) => node.id);
  }

  /** Rendering shortcuts that only pay off on big views. */
  private tuneForSize(): void {
    const large = this.cy.elements().length > LARGE_VIEW;
    if (large !== this.largeStyle) {
      this.largeStyle = large;
      this.cy.style(stylesheet(large));
    }
    // Init options of Cytoscape's renderer, which it reads on every frame; set as the view grows.
    const renderer = (
      this.cy as unknown as { renderer(): { textureOnViewport: boolean; hideEdgesOnViewport: boolean } }
    ).renderer();
    renderer.textureOnViewport = large;
    renderer.hideEdgesOnViewport = large;
    // Edge labels only on small views; touching thousands of edges' classes would restyle them all.
    const labelled = this.cy.edges().length <= 120;
    if (labelled) this.cy.edges().addClass('labelled');
    else this.cy.edges('.labelled').removeClass('labelled');
  }

  setFocus(id: string | null): void {
    this.cy.nodes('[?focus]').data('focus', false);
    if (id) this.cy.getElementById(id).data('focus', true);
  }

  /**
   * fcose, seeded with current positions when `incremental`. Large views get only its spectral
   * draft pass (about a second for 2,000 nodes; the full force pass takes minutes in software),
   * spread out afterwards because the draft packs nodes tightly.
   */
  async layout(incremental: boolean): Promise<void> {
    const large = this.isLarge;
    const layout = this.cy.layout({
      name: 'fcose',
      quality: large ? 'draft' : 'default',
      randomize: !incremental,
      animate: !large && incremental,
      animationDuration: 400,
      fit: !large,
      padding: 30,
      nodeDimensionsIncludeLabels: !large,
      idealEdgeLength: 80,
      nodeRepulsion: 6000,
      numIter: 2500,
    } as cytoscape.LayoutOptions);
    await new Promise<void>((resolve) => {
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
    if (large) {
      this.spreadOut();
      this.fit();
    }
  }

  /** Scales positions about their centre to roughly SPACING px of room per node. */
  private spreadOut(): void {
    const nodes = this.cy.nodes();
    const box = nodes.boundingBox();
    const target = Math.sqrt(nodes.length) * SPACING;
    const factor = target / Math.max(box.w, box.h, 1);
    if (factor <= 1) return;
    const cx = box.x1 + box.w / 2;
    const cy = box.y1 + box.h / 2;
    nodes.positions((node) => {
      const p = node.position();
      return { x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor };
    });
  }

  /** Hides edges of the unchecked types, and nodes only those edges connected. */
  applyTypeFilter(visible: Set<string> | null, keep: Set<string>): void {
    this.cy.batch(() => {
      this.cy.$('.hidden-type').removeClass('hidden-type');
      if (!visible) return;
      this.cy.edges().forEach((edge) => {
        if (!visible.has(edge.data('type') as string)) edge.addClass('hidden-type');
      });
      this.cy.nodes().forEach((node) => {
        if (keep.has(node.id())) return;
        if (node.connectedEdges().not('.hidden-type').empty()) node.addClass('hidden-type');
      });
    });
  }

  highlightPath(nodeIds: Set<string>, edgeIds: Set<string>): void {
    this.cy.batch(() => {
      this.cy.$('.on-path, .faded').removeClass('on-path faded');
      if (nodeIds.size === 0) return;
      this.cy.elements().addClass('faded');
      this.cy
        .nodes()
        .filter((n) => nodeIds.has(n.id()))
        .removeClass('faded')
        .addClass('on-path');
      this.cy
        .edges()
        .filter((e) => edgeIds.has(e.id()))
        .removeClass('faded')
        .addClass('on-path');
    });
  }

  select(kind: 'node' | 'edge', id: string): boolean {
    const element = this.cy.getElementById(id);
    this.cy.$(':selected').unselect();
    if (element.empty() || (kind === 'node') !== element.isNode()) return false;
    element.select();
    return true;
  }

  unselect(): void {
    this.cy.$(':selected').unselect();
  }

  fit(): void {
    this.cy.fit(undefined, 30);
  }

  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  }

  /** The view in the API's Cytoscape.js export shape, with positions. */
  json(): object {
    return {
      format: 'cytoscape.js',
      generatedBy: 'immunotherapy-graph explorer',
      data: { name: 'explorer view', nodeCount: this.nodeCount, edgeCount: this.edgeCount },
      elements: {
        nodes: this.visibleNodes().map((node) => ({ data: node.data() as GraphNodeData, position: node.position() })),
        edges: this.visibleEdges().map((edge) => ({ data: edge.data() as GraphEdgeData })),
      },
    };
  }
}
