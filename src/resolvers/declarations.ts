import type { EntityKind } from '../domain/vocabulary';
import {
  AdverseEvent,
  Antigen,
  Biomarker,
  Cancer,
  Checkpoint,
  Cytokine,
  Drug,
  ImmuneCell,
  Indication,
  Therapy,
  TherapyClass,
  Trial,
} from './entities';

/** Each entity kind's resolvers: the look-ahead reads the field declarations from here. */
export const ENTITY_RESOLVERS: Record<EntityKind, object> = {
  Therapy,
  TherapyClass,
  Checkpoint,
  ImmuneCell,
  Cancer,
  Antigen,
  Biomarker,
  Cytokine,
  Indication,
  Trial,
  AdverseEvent,
  Drug,
};

export { GraphNode } from './graph';
export { relationshipResolvers } from './relationships';
export { matchesOwnFilter, matchesStatus } from './shared';
