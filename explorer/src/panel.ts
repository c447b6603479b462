/** The side panel: an entity, a relationship with its evidence, or the paths found. */
import { KIND_STYLES, relationshipLabel } from '../../src/domain/drawing';
import type { EntityDetails, Evidence, PathsResult, RelationshipDetails } from './api';
import { h } from './dom';

export interface PanelActions {
  expand(id: string): void;
  pathFrom(id: string, name: string): void;
  pathTo(id: string, name: string): void;
  focus(id: string): void;
}

function sourceLink(evidence: Evidence): Node {
  const { source } = evidence;
  const href = source.url ?? (source.doi ? `https://doi.org/${source.doi}` : null);
  const title =
    source.year && !source.title.includes(String(source.year)) ? `${source.title} (${source.year})` : source.title;
  return href ? h('a', { href, target: '_blank', rel: 'noopener' }, title) : h('span', {}, title);
}

function evidenceList(items: Evidence[]): HTMLElement {
  if (items.length === 0) return h('p', { className: 'synonyms' }, 'No evidence recorded.');
  return h(
    'ul',
    { className: 'evidence' },
    ...items.map((e) =>
      h(
        'li',
        {},
        sourceLink(e),
        e.locator ? h('span', { className: 'synonyms' }, ` — ${e.locator}`) : null,
        e.quote ? h('blockquote', {}, e.quote) : null,
      ),
    ),
  );
}

export class DetailsPanel {
  constructor(
    private readonly root: HTMLElement,
    private readonly actions: PanelActions,
  ) {}

  loading(what: string): void {
    this.root.replaceChildren(h('p', { className: 'synonyms' }, `Loading ${what}…`));
  }

  error(message: string): void {
    this.root.replaceChildren(h('p', { className: 'error' }, message));
  }

  entity(entity: EntityDetails): void {
    const words = (value: string | null | undefined) => (value ? value.toLowerCase().replace(/_/g, ' ') : null);
    const yesNo = (value: boolean | null | undefined) => (value === true ? 'yes' : value === false ? 'no' : null);
    // Kind-specific facts: indications, trials, adverse events, cytokines, drugs, development.
    const facts: Array<[string, string | null | undefined]> = [
      ['Agency', entity.agency],
      ['Status', words(entity.status)],
      ['Line', words(entity.line)],
      ['Prior therapy', entity.priorTherapy],
      ['Setting', words(entity.setting)],
      ['Disease', entity.diseaseQualifier],
      ['Population', entity.population],
      ['Regimen', words(entity.regimen)],
      ['Pathway', words(entity.pathway)],
      ['Approved', entity.approvalDate],
      ['Converted', entity.conversionDate],
      [
        'Withdrawn',
        entity.withdrawal ? [entity.withdrawal.date, entity.withdrawal.reason].filter(Boolean).join(': ') : null,
      ],
      ['Label section', entity.labelSection],
      ['NCT', entity.nctId],
      ['Phase', entity.phase?.replace('PHASE_', '').replace('_', '/')],
      ['Publication', entity.publication?.title],
      ['Immune-related', yesNo(entity.immuneRelated)],
      ['Category', words(entity.aeCategory)],
      ['Gene', entity.geneSymbol],
      ['Drug class', entity.drugClass],
      ['Development', words(entity.developmentStage)],
      ['Max phase', entity.maxPhase ? String(entity.maxPhase) : null],
      ['Development stopped', yesNo(entity.developmentStopped)],
      ['Development note', entity.developmentNote],
    ];
    const style = KIND_STYLES[entity.kind];
    const chip = h('span', { className: 'kind-chip' }, style.noun);
    chip.style.background = style.border;
    const button = (label: string, onClick: () => void) => {
      const b = h('button', { type: 'button' }, label);
      b.addEventListener('click', onClick);
      return b;
    };
    this.root.replaceChildren(
      ...[
        h('h2', { className: 'title' }, entity.name),
        chip,
        entity.brandNames?.length ? h('p', {}, h('b', {}, 'Brand: '), entity.brandNames.join(', ')) : null,
        entity.description ? h('p', {}, entity.description) : null,
        h(
          'dl',
          {},
          h('dt', {}, 'Id'),
          h('dd', {}, h('code', {}, entity.id)),
          ...facts.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
          entity.synonyms.length ? h('dt', {}, 'Also known as') : null,
          entity.synonyms.length ? h('dd', { className: 'synonyms' }, entity.synonyms.join(', ')) : null,
          h('dt', {}, 'Identifiers'),
          h(
            'dd',
            { className: 'identifiers' },
            ...(entity.identifiers.length
              ? entity.identifiers.flatMap((x, i) => [
                  i > 0 ? ', ' : '',
                  h('a', { href: x.url, target: '_blank', rel: 'noopener', title: x.namespace }, x.accession),
                ])
              : ['none recorded']),
          ),
        ),
        h(
          'div',
          { className: 'buttons' },
          button('Expand', () => this.actions.expand(entity.id)),
          button('Centre here', () => this.actions.focus(entity.id)),
          button('Path from', () => this.actions.pathFrom(entity.id, entity.name)),
          button('Path to', () => this.actions.pathTo(entity.id, entity.name)),
        ),
        h('h2', {}, 'Evidence'),
        evidenceList(entity.evidence),
      ].filter((child): child is HTMLElement => child !== null),
    );
  }

  relation(relation: RelationshipDetails): void {
    const attributes: Array<[string, string | null | undefined]> = [
      ['Mechanism', relation.mechanism],
      ['Status', relation.status?.toLowerCase().replace(/_/g, ' ')],
      ['Effect', relation.effect?.toLowerCase().replace(/_/g, ' ')],
      ['Basis', relation.basis?.toLowerCase()],
      [
        'Criterion',
        relation.role
          ? [relation.role.toLowerCase(), relation.operator?.toLowerCase(), relation.threshold ?? null, relation.unit]
              .filter((x) => x !== null && x !== undefined)
              .join(' ')
          : null,
      ],
      ['Assay', relation.assay],
      ['Boxed warning', relation.boxedWarning === true ? 'yes' : relation.boxedWarning === false ? 'no' : null],
      ['Label section', relation.labelSection],
      [
        'Any grade',
        relation.frequencyPercent !== null && relation.frequencyPercent !== undefined
          ? `${relation.frequencyPercent} %`
          : null,
      ],
      [
        'Grade ≥ 3',
        relation.grade3PlusPercent !== null && relation.grade3PlusPercent !== undefined
          ? `${relation.grade3PlusPercent} %`
          : null,
      ],
      ['Note', relation.note],
    ];
    this.root.replaceChildren(
      h('h2', { className: 'title' }, `${relation.from.name} ${relationshipLabel(relation.type)} ${relation.to.name}`),
      h('span', { className: 'kind-chip', style: 'background:#5c6370' }, relation.type),
      h('dl', {}, ...attributes.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      h('h2', {}, 'Evidence'),
      evidenceList(relation.evidence),
    );
  }

  paths(result: PathsResult, from: string, to: string): void {
    if (result.paths.length === 0) {
      this.root.replaceChildren(
        h('h2', { className: 'title' }, 'No path'),
        h('p', {}, `Nothing connects ${from} and ${to} within 4 relationships.`),
      );
      return;
    }
    this.root.replaceChildren(
      h('h2', { className: 'title' }, `Paths from ${from} to ${to}`),
      h(
        'ol',
        { className: 'path-list' },
        ...result.paths.map((path) => {
          const parts: Array<Node | string> = [h('b', {}, path.entities[0]!.name)];
          path.relations.forEach((relation, i) => {
            const forward = relation.from.id === path.entities[i]!.id;
            const verb = forward ? relationshipLabel(relation.type) : `← ${relationshipLabel(relation.type)}`;
            parts.push(' ', h('span', { className: 'hop-verb' }, verb), ' ', h('b', {}, path.entities[i + 1]!.name));
          });
          return h('li', { className: 'path' }, ...parts);
        }),
      ),
      h('p', { className: 'synonyms' }, 'Click an edge on the path to read its evidence.'),
    );
  }
}
