/**
 * The graph's own facts (seed/graph.yaml: dataAsOf, title) live on one node outside the entity
 * graph: label GraphInfo, no Entity label, no relationships, so entity queries never see it.
 * The seed writes it; stats reads dataAsOf from it and leaves it out of its counts.
 */
export const GRAPH_INFO_LABEL = 'GraphInfo';
export const GRAPH_INFO_ID = 'graph';
