/**
 * A graph as files drawing tools open directly: Cytoscape.js JSON elements (Cytoscape desktop
 * imports them too) and GraphML (Gephi, yEd, Cytoscape desktop). Colours and captions come
 * from the same palette as the explorer and Neo4j Browser.
 */
import { KIND_STYLES, RELATIONSHIP_COLORS, nodeCaption, relationshipLabel } from '../domain/drawing';
import type { FetchedGraph } from '../repositories/records';

export interface DrawableNode {
  id: string;
  label: string;
  caption: string;
  kind: string;
  color: string;
  synonyms: string[];
  xrefs: string[];
  distance: number | null;
}

export interface DrawableEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  color: string;
  evidenceSources: string[];
  evidenceLocators: string[];
}

export interface CytoscapeDocument {
  format: 'cytoscape.js';
  generatedBy: string;
  data: { name: string; nodeCount: number; edgeCount: number; truncated: boolean };
  elements: { nodes: Array<{ data: DrawableNode }>; edges: Array<{ data: DrawableEdge }> };
}

const GENERATOR = 'immunotherapy-graph';

export function drawableNodes(graph: FetchedGraph): DrawableNode[] {
  return graph.nodes.map(({ entity, distance }) => ({
    id: entity.id,
    label: entity.name,
    caption: nodeCaption(entity),
    kind: entity.kind,
    color: KIND_STYLES[entity.kind]?.color ?? '#A5ABB6',
    synonyms: entity.synonyms,
    xrefs: entity.xrefs,
    distance,
  }));
}

export function drawableEdges(graph: FetchedGraph): DrawableEdge[] {
  return graph.edges.map((relation) => ({
    id: relation.id,
    source: relation.from.id,
    target: relation.to.id,
    type: relation.type,
    label: relationshipLabel(relation.type),
    color: RELATIONSHIP_COLORS[relation.type] ?? '#A5ABB6',
    evidenceSources: relation.evidenceSources,
    evidenceLocators: relation.evidenceLocators,
  }));
}

export function toCytoscapeJson(graph: FetchedGraph, name: string): CytoscapeDocument {
  const nodes = drawableNodes(graph);
  const edges = drawableEdges(graph);
  return {
    format: 'cytoscape.js',
    generatedBy: GENERATOR,
    data: { name, nodeCount: nodes.length, edgeCount: edges.length, truncated: graph.truncated },
    elements: { nodes: nodes.map((data) => ({ data })), edges: edges.map((data) => ({ data })) },
  };
}

const xmlEscape = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

interface GraphMLKey<T> {
  id: string;
  name: string;
  value: (item: T) => string | number | null;
  type: 'string' | 'int';
}

/** Lists become "; "-joined strings: GraphML attributes are scalars. */
const NODE_KEYS: Array<GraphMLKey<DrawableNode>> = [
  { id: 'n_label', name: 'label', type: 'string', value: (n) => n.label },
  { id: 'n_caption', name: 'caption', type: 'string', value: (n) => n.caption },
  { id: 'n_kind', name: 'kind', type: 'string', value: (n) => n.kind },
  { id: 'n_color', name: 'color', type: 'string', value: (n) => n.color },
  { id: 'n_synonyms', name: 'synonyms', type: 'string', value: (n) => n.synonyms.join('; ') },
  { id: 'n_xrefs', name: 'xrefs', type: 'string', value: (n) => n.xrefs.join('; ') },
  { id: 'n_distance', name: 'distance', type: 'int', value: (n) => n.distance },
];

const EDGE_KEYS: Array<GraphMLKey<DrawableEdge>> = [
  { id: 'e_type', name: 'type', type: 'string', value: (e) => e.type },
  { id: 'e_label', name: 'label', type: 'string', value: (e) => e.label },
  { id: 'e_color', name: 'color', type: 'string', value: (e) => e.color },
  {
    id: 'e_evidence',
    name: 'evidence',
    type: 'string',
    value: (e) =>
      e.evidenceSources
        .map((source, i) => (e.evidenceLocators[i] ? `${source}#${e.evidenceLocators[i]}` : source))
        .join('; '),
  },
];

function dataElements<T>(keys: Array<GraphMLKey<T>>, item: T): string {
  return keys
    .map((key) => {
      const value = key.value(item);
      return value === null || value === '' ? '' : `<data key="${key.id}">${xmlEscape(String(value))}</data>`;
    })
    .join('');
}

export function toGraphML(graph: FetchedGraph, name: string): string {
  const keyLine = (key: GraphMLKey<unknown>, domain: 'node' | 'edge') =>
    `  <key id="${key.id}" for="${domain}" attr.name="${key.name}" attr.type="${key.type}"/>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map((k) => keyLine(k as GraphMLKey<unknown>, 'node')),
    ...EDGE_KEYS.map((k) => keyLine(k as GraphMLKey<unknown>, 'edge')),
    `  <graph id="${xmlEscape(name)}" edgedefault="directed">`,
    ...drawableNodes(graph).map((n) => `    <node id="${xmlEscape(n.id)}">${dataElements(NODE_KEYS, n)}</node>`),
    ...drawableEdges(graph).map(
      (e) =>
        `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${dataElements(EDGE_KEYS, e)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}
