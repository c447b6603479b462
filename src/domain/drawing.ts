/**
 * How the graph is drawn, in one place: the Neo4j Browser stylesheet, the explorer page and the
 * drawable exports all read these, so a therapy is the same blue everywhere.
 * Colours are Neo4j Browser's own palette, with dark text where the fill is light.
 */
import type { EntityKind, RelationType } from './vocabulary';

export interface KindStyle {
  /** Fill colour. */
  color: string;
  /** Outline, a shade darker than the fill. */
  border: string;
  /** Caption colour that stays readable on the fill. */
  text: string;
  /** Singular, lower-case noun for legends and captions. */
  noun: string;
  /** Relative node size (Browser diameter in px). */
  diameter: number;
}

export const KIND_STYLES: Record<EntityKind, KindStyle> = {
  Therapy: { color: '#4C8EDA', border: '#2870C2', text: '#FFFFFF', noun: 'therapy', diameter: 55 },
  TherapyClass: { color: '#8DCC93', border: '#5DB665', text: '#2A2C34', noun: 'therapy class', diameter: 60 },
  Checkpoint: { color: '#F16667', border: '#EB2728', text: '#FFFFFF', noun: 'checkpoint', diameter: 55 },
  ImmuneCell: { color: '#57C7E3', border: '#23B3D7', text: '#2A2C34', noun: 'immune cell', diameter: 60 },
  Cancer: { color: '#C990C0', border: '#B261A5', text: '#FFFFFF', noun: 'cancer', diameter: 60 },
  Antigen: { color: '#F79767', border: '#F36924', text: '#FFFFFF', noun: 'antigen', diameter: 50 },
  Biomarker: { color: '#FFC454', border: '#D7A013', text: '#2A2C34', noun: 'biomarker', diameter: 45 },
  Cytokine: { color: '#DA7194', border: '#CC3C6C', text: '#FFFFFF', noun: 'cytokine', diameter: 45 },
  Indication: { color: '#569480', border: '#447666', text: '#FFFFFF', noun: 'indication', diameter: 40 },
  Trial: { color: '#ECB5C9', border: '#DA7298', text: '#2A2C34', noun: 'trial', diameter: 45 },
  AdverseEvent: { color: '#D9C8AE', border: '#C0A378', text: '#2A2C34', noun: 'adverse event', diameter: 45 },
  Drug: { color: '#6DCE9E', border: '#3FBE7F', text: '#2A2C34', noun: 'partner drug', diameter: 45 },
};

/** Sources are nodes too (Neo4j Browser shows them); facts cite them by id. */
export const SOURCE_STYLE: KindStyle = {
  color: '#A5ABB6',
  border: '#9AA1AC',
  text: '#2A2C34',
  noun: 'source',
  diameter: 40,
};

/** Edge colours group the types by what they say: mechanism, indication, biology, taxonomy. */
export const RELATIONSHIP_COLORS: Record<RelationType, string> = {
  INHIBITS: '#D62728',
  TARGETS: '#F36924',
  ACTIVATES: '#2CA02C',
  ENGINEERS: '#17BECF',
  TREATS: '#9467BD',
  PREVENTS: '#8C564B',
  BINDS: '#E377C2',
  EXPRESSED_ON: '#1F77B4',
  SUPPRESSES: '#7F7F7F',
  EXPRESSES: '#BCBD22',
  PREDICTS_RESPONSE_TO: '#D7A013',
  MEASURES: '#AEC7E8',
  MEMBER_OF: '#5DB665',
  SUBCLASS_OF: '#98DF8A',
  SUBTYPE_OF: '#C5B0D5',
  EXPANDS: '#0E8A96',
  // Indications: the label holder, the disease, partners, criteria and trials.
  HAS_INDICATION: '#9467BD',
  INDICATED_FOR: '#7B4FA6',
  COMBINED_WITH: '#3FBE7F',
  REQUIRES_BIOMARKER: '#B8860B',
  SUPPORTED_BY: '#DA7298',
  TESTED_IN: '#E7A4BE',
  // Safety.
  HAS_ADVERSE_EVENT: '#A0522D',
  MEDIATED_BY: '#CC3C6C',
  // Cells and cytokines.
  SECRETES: '#E377A0',
  STIMULATES: '#55A868',
  RESTRAINS: '#595959',
  MIMICS: '#F08CB0',
};

/** "PREDICTS_RESPONSE_TO" → "predicts response to". */
export const relationshipLabel = (type: string): string => type.toLowerCase().replace(/_/g, ' ');

/** A node's second line: its first brand name, else what kind of thing it is. */
export function nodeCaption(entity: { kind: string; brandNames?: readonly string[] | null }): string {
  return entity.brandNames?.[0] ?? KIND_STYLES[entity.kind as EntityKind]?.noun ?? entity.kind;
}
