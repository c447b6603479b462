import { KIND_STYLES, RELATIONSHIP_COLORS, SOURCE_STYLE, type KindStyle } from '../domain/drawing';
import { ENTITY_KINDS, RELATION_TYPE_NAMES, SOURCE_LABEL } from '../domain/vocabulary';

/** Which property Neo4j Browser writes on each node: names for entities, the short id for sources. */
const NODE_CAPTIONS: Record<string, string> = { [SOURCE_LABEL]: '{id}' };

function nodeRule(label: string, style: KindStyle): string {
  return `node.${label} {
  color: ${style.color};
  border-color: ${style.border};
  text-color-internal: ${style.text};
  diameter: ${style.diameter}px;
  caption: "${NODE_CAPTIONS[label] ?? '{name}'}";
}`;
}

function relationshipRule(type: string, color: string): string {
  return `relationship.${type} {
  color: ${color};
  shaft-width: ${type === 'INHIBITS' ? 3 : 2}px;
}`;
}

/**
 * The GraSS stylesheet Neo4j Browser applies on connect (`:style <url>`). Only kind labels get
 * rules, never `Entity`: Browser gives a label without a coloured rule a random colour, and a
 * rule on the shared label would paint every kind alike.
 */
export function buildGrass(): string {
  return [
    `node {
  diameter: 50px;
  color: #A5ABB6;
  border-color: #9AA1AC;
  border-width: 2px;
  text-color-internal: #FFFFFF;
  font-size: 10px;
}`,
    `relationship {
  color: #A5ABB6;
  shaft-width: 2px;
  font-size: 9px;
  padding: 3px;
  text-color-external: #2A2C34;
  text-color-internal: #FFFFFF;
  caption: "<type>";
}`,
    ...ENTITY_KINDS.map((kind) => nodeRule(kind, KIND_STYLES[kind])),
    nodeRule(SOURCE_LABEL, SOURCE_STYLE),
    ...RELATION_TYPE_NAMES.map((type) => relationshipRule(type, RELATIONSHIP_COLORS[type])),
  ].join('\n\n') + '\n';
}
