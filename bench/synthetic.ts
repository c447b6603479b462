import { searchProperties } from '../src/seed/write';
import type { SeedGraph } from '../src/seed/model';
import { RELATION_TYPES, type EntityKind, type RelationType } from '../src/domain/vocabulary';
import { mulberry32 } from '../scripts/random';

/**
 * Scale-up generator. The graph at ×k is the seed plus (k−1)× as many synthetic entities of each
 * kind and relationships of each type. Items are produced in "growth order": item j depends only
 * on (seed number, j), and a relationship may only use entities created before it, so the graph at
 * ×10 is a prefix of the graph at ×100 and scales can be loaded incrementally.
 *
 * Shape: `from` endpoints are uniform; `to` endpoints follow a log-uniform (Zipf s≈1) rank law in
 * which the seed's best-connected entities hold the top ranks, giving hub checkpoints and cancers,
 * crowded therapy classes and long-tailed degrees.
 */

export const SYNTHETIC_ORIGIN = 'synthetic';
export const SYNTHETIC_SOURCE_ID = 'synthetic-generator';

const hash = (seed: number, ...parts: number[]) =>
  parts.reduce((h, p) => Math.imul(h ^ p, 0x9e3779b1) >>> 0, seed >>> 0);

export interface SyntheticEntity {
  kind: EntityKind;
  props: Record<string, unknown>;
}
export interface SyntheticRelationship {
  type: RelationType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

const NAME_STEMS: Record<EntityKind, [string, string]> = {
  Therapy: ['Synthetic therapy', 'mab'],
  TherapyClass: ['Synthetic class', 'class'],
  Checkpoint: ['Synthetic checkpoint', 'ckp'],
  ImmuneCell: ['Synthetic cell type', 'cell'],
  Cancer: ['Synthetic cancer', 'oma'],
  Antigen: ['Synthetic antigen', 'agn'],
  Biomarker: ['Synthetic biomarker', 'bmk'],
  Cytokine: ['Synthetic cytokine', 'kine'],
  Indication: ['Synthetic indication', 'ind'],
  Trial: ['Synthetic trial', 'trl'],
  AdverseEvent: ['Synthetic adverse event', 'ae'],
  Drug: ['Synthetic drug', 'drg'],
};

export class ScaleUpGenerator {
  private readonly seedEntities: Map<EntityKind, string[]>;
  private readonly seedCounts: Map<EntityKind, number>;
  private readonly relationshipCounts: Map<RelationType, number>;
  /** Seed entities of each kind ordered by degree, most connected first: the hubs. */
  private readonly hubOrder: Map<EntityKind, string[]>;

  private readonly seedPairs: Set<string>;

  constructor(
    seed: SeedGraph,
    readonly seedNumber: number,
  ) {
    this.seedPairs = new Set(seed.relations.map((r) => `${r.from}|${r.type}|${r.to}`));
    const degree = new Map<string, number>();
    for (const r of seed.relations) {
      degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
      degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
    }
    this.seedEntities = new Map();
    for (const e of seed.entities) {
      const list = this.seedEntities.get(e.kind) ?? [];
      list.push(e.id);
      this.seedEntities.set(e.kind, list);
    }
    this.seedCounts = new Map([...this.seedEntities].map(([k, v]) => [k, v.length]));
    this.hubOrder = new Map(
      [...this.seedEntities].map(([k, ids]) => [
        k,
        [...ids].sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0)),
      ]),
    );
    this.relationshipCounts = new Map();
    for (const r of seed.relations) this.relationshipCounts.set(r.type, (this.relationshipCounts.get(r.type) ?? 0) + 1);
  }

  /** Synthetic entity counts at a scale (×1 = seed only). */
  entityCount(kind: EntityKind, scale: number): number {
    return (this.seedCounts.get(kind) ?? 0) * (scale - 1);
  }

  relationshipCount(type: RelationType, scale: number): number {
    return (this.relationshipCounts.get(type) ?? 0) * (scale - 1);
  }

  entityId(kind: EntityKind, index: number): string {
    return `syn-${kind.toLowerCase()}-${index}`;
  }

  entity(kind: EntityKind, index: number): SyntheticEntity {
    const [stem, suffix] = NAME_STEMS[kind];
    const name = `${stem} ${index}`;
    const brand = kind === 'Therapy' ? [`Syn${suffix}${index}`] : [];
    const synonyms = [`${suffix.toUpperCase()}-${index}`];
    const props: Record<string, unknown> = {
      id: this.entityId(kind, index),
      kind,
      name,
      sortName: name.toLowerCase(),
      synonyms,
      xrefs: [],
      description: `Generated ${kind} for scale benchmarks.`,
      evidenceSources: [SYNTHETIC_SOURCE_ID],
      evidenceLocators: [''],
      origin: SYNTHETIC_ORIGIN,
      ...searchProperties([name, ...brand, ...synonyms]),
    };
    if (kind === 'Therapy') Object.assign(props, { brandNames: brand, modality: 'synthetic antibody' });
    if (kind === 'Cancer') props.category = hash(this.seedNumber, index) % 3 === 0 ? 'HEMATOLOGIC' : 'SOLID';
    if (kind === 'Checkpoint')
      Object.assign(props, { role: index % 2 ? 'LIGAND' : 'RECEPTOR', geneSymbol: `SYN${index}` });
    return { kind, props };
  }

  /** Entities of a kind visible to relationship j of type t (growth order). */
  private pool(kind: EntityKind, type: RelationType, j: number): number {
    const perRelationship = (this.seedCounts.get(kind) ?? 0) / Math.max(1, this.relationshipCounts.get(type) ?? 1);
    return Math.floor(j * perRelationship);
  }

  private pickUniform(kind: EntityKind, type: RelationType, j: number, random: () => number): string {
    const seedIds = this.seedEntities.get(kind) ?? [];
    const total = seedIds.length + this.pool(kind, type, j);
    const i = Math.floor(random() * total);
    return i < seedIds.length ? seedIds[i]! : this.entityId(kind, i - seedIds.length);
  }

  private pickZipf(kind: EntityKind, type: RelationType, j: number, random: () => number): string {
    const hubs = this.hubOrder.get(kind) ?? [];
    const total = hubs.length + this.pool(kind, type, j);
    const rank = Math.min(total - 1, Math.floor(Math.exp(random() * Math.log(total + 1))) - 1);
    return rank < hubs.length ? hubs[rank]! : this.entityId(kind, rank - hubs.length);
  }

  /**
   * Relationships j in [start, end) of a type. Generation always runs from j = 0 in order (cheap),
   * so that duplicates of earlier pairs — seed or synthetic — can be redrawn deterministically:
   * the graph stays simple, as the seed is.
   */
  *relationshipsBetween(type: RelationType, start: number, end: number): Generator<SyntheticRelationship> {
    let state = this.cursors.get(type);
    if (!state || state.next > start) {
      state = { next: 0, pairs: new Set(this.seedPairs) };
      this.cursors.set(type, state);
    }
    while (state.next < end) {
      const relation = this.relation(type, state.next, state.pairs);
      state.next += 1;
      if (relation && state.next > start) yield relation;
    }
  }

  private readonly cursors = new Map<RelationType, { next: number; pairs: Set<string> }>();

  private relation(type: RelationType, j: number, pairs: Set<string>): SyntheticRelationship | null {
    const random = mulberry32(hash(this.seedNumber, j, type.length * 7919 + type.charCodeAt(0)));
    const spec = RELATION_TYPES[type];
    let from = '';
    let to = '';
    for (let attempt = 0; ; attempt++) {
      if (attempt === 50) return null;
      const fromKind = spec.from[Math.floor(random() * spec.from.length)]!;
      const toKind = spec.to[Math.floor(random() * spec.to.length)]!;
      from = this.pickUniform(fromKind, type, j, random);
      to = attempt < 25 ? this.pickZipf(toKind, type, j, random) : this.pickUniform(toKind, type, j, random);
      const key = `${from}|${type}|${to}`;
      if (from !== to && !pairs.has(key)) {
        pairs.add(key);
        break;
      }
    }
    const props: Record<string, unknown> = {
      id: `syn:${from}:${type}:${to}:${j}`,
      evidenceSources: [SYNTHETIC_SOURCE_ID],
      evidenceLocators: [''],
      origin: SYNTHETIC_ORIGIN,
    };
    if (type === 'TREATS' || type === 'PREVENTS') props.status = random() < 0.8 ? 'APPROVED' : 'INVESTIGATIONAL';
    if (type === 'PREDICTS_RESPONSE_TO') props.effect = random() < 0.9 ? 'POSITIVE' : 'NEGATIVE';
    return { type, from, to, props };
  }

  relationTypes(): RelationType[] {
    return [...this.relationshipCounts.keys()];
  }

  kinds(): EntityKind[] {
    return [...this.seedCounts.keys()];
  }
}
