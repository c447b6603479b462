import { RELATION_TYPES, type EntityKind } from '../domain/vocabulary';
import type { SeedContext } from './load';
import {
  COMPARISON_OPERATORS,
  comparePartialDates,
  LINE_WORDS,
  OPERATOR_SYMBOLS,
  type EvidenceRef,
  type SeedCriterion,
  type SeedEntity,
  type SeedIndicationRecord,
  type SeedRelationship,
} from './model';

/** Relationship types the loader writes from indication records (never hand-written). */
export const INDICATION_EDGE_TYPES = [
  'HAS_INDICATION',
  'INDICATED_FOR',
  'COMBINED_WITH',
  'REQUIRES_BIOMARKER',
  'SUPPORTED_BY',
] as const;

/** Sources that can state a withdrawal. */
const WITHDRAWAL_SOURCE_KINDS = ['REGULATORY_NOTICE', 'WEB_PAGE', 'REGULATORY_LABEL'];

export interface ParsedIndication {
  value: SeedIndicationRecord;
  file: string;
  record: string;
}

/** An indication that passed its checks: what derived TREATS and the therapy stage need. */
export interface ResolvedIndication {
  id: string;
  therapy: string;
  disease: string;
  status: SeedIndicationRecord['status'];
  approvalDate: string | null;
  evidence: EvidenceRef[];
}

const isComparison = (operator: string) => (COMPARISON_OPERATORS as readonly string[]).includes(operator);

/** "PD-L1 expression ≥ 1% TPS", "MSI-H/dMMR positive", "no EGFR or ALK aberration". */
export function describeCriterion(criterion: SeedCriterion, biomarkerName: string): string {
  let phrase: string;
  if (isComparison(criterion.operator)) {
    const unit = criterion.unit ?? '';
    const amount = `${criterion.threshold ?? '?'}${unit.startsWith('%') ? '' : ' '}${unit}`.trim();
    phrase = `${biomarkerName} ${OPERATOR_SYMBOLS[criterion.operator]} ${amount}`;
  } else {
    phrase = `${biomarkerName} ${OPERATOR_SYMBOLS[criterion.operator]}`;
  }
  if (criterion.role === 'EXCLUSION') {
    return criterion.operator === 'PRESENT' || criterion.operator === 'POSITIVE' ? `no ${biomarkerName}` : `excluding ${phrase}`;
  }
  return phrase;
}

/** "<Label holder>[ + partners] — <disease> (<qualifier>; <line>; <criteria>)", " [EMA]" for EMA. */
export function indicationName(parts: {
  holder: string;
  partners: string[];
  disease: string;
  qualifier?: string;
  line: SeedIndicationRecord['line'];
  criteria: string[];
  agency: SeedIndicationRecord['agency'];
}): string {
  const details = [parts.qualifier, LINE_WORDS[parts.line], ...parts.criteria].filter((p): p is string => !!p);
  return (
    [parts.holder, ...parts.partners].join(' + ') +
    ` — ${parts.disease}` +
    (details.length > 0 ? ` (${details.join('; ')})` : '') +
    (parts.agency === 'FDA' ? '' : ` [${parts.agency}]`)
  );
}

function criterionKey(c: SeedCriterion): string {
  return JSON.stringify([c.biomarker, c.role, c.operator, c.threshold ?? null, (c.unit ?? '').trim().toLowerCase()]);
}

/**
 * Validates indication records against the evidence rules and expands each into an Indication
 * node and its HAS_INDICATION, INDICATED_FOR, COMBINED_WITH, REQUIRES_BIOMARKER and SUPPORTED_BY
 * edges (each citing the indication's evidence).
 */
export function expandIndications(
  context: SeedContext,
  parsed: ParsedIndication[],
): { entities: SeedEntity[]; relations: SeedRelationship[]; indications: ResolvedIndication[] } {
  const { issues, entityById, sourceById, relationshipIds } = context;
  const entities: SeedEntity[] = [];
  const relations: SeedRelationship[] = [];
  const indications: ResolvedIndication[] = [];
  const seenKeys = new Map<string, string>();

  for (const { value: ind, file, record } of parsed) {
    const at = { file, record };
    const problem = (field: string, message: string) => issues.push({ ...at, field, message });
    const before = issues.length;

    const endpoint = (endId: string, field: string, allowed: readonly EntityKind[]): SeedEntity | null => {
      const entity = entityById.get(endId);
      if (!entity || entity.kind === 'Indication') {
        problem(field, `unknown ${allowed.join(' or ')} "${endId}"`);
        return null;
      }
      if (!allowed.includes(entity.kind)) {
        problem(field, `"${endId}" is a ${entity.kind}, expected ${allowed.join(' or ')}`);
        return null;
      }
      return entity;
    };

    const holder = endpoint(ind.therapy, 'therapy', RELATION_TYPES.HAS_INDICATION.from);
    const disease = endpoint(ind.disease, 'disease', RELATION_TYPES.INDICATED_FOR.to);

    // Partners: Therapy or Drug ids (or {id, note}); not the holder, not twice.
    const partners = ind.partners.map((p) => (typeof p === 'string' ? { id: p, note: undefined } : p));
    const partnerEntities: SeedEntity[] = [];
    const seenPartners = new Set<string>();
    partners.forEach((p, index) => {
      const field = `partners.${index}`;
      if (p.id === ind.therapy) problem(field, `"${p.id}" is the label holder; partners are the other agents of the regimen`);
      else if (seenPartners.has(p.id)) problem(field, `"${p.id}" is listed twice`);
      else {
        const entity = endpoint(p.id, field, RELATION_TYPES.COMBINED_WITH.to);
        if (entity) partnerEntities.push(entity);
      }
      seenPartners.add(p.id);
    });
    const regimen = partners.length > 0 ? 'COMBINATION' : 'MONOTHERAPY';
    if (ind.regimen !== undefined && ind.regimen !== regimen) {
      problem(
        'regimen',
        ind.regimen === 'COMBINATION'
          ? 'COMBINATION needs at least one partner (partners: [...])'
          : 'MONOTHERAPY cannot have partners (the regimen is derived from partners; drop the field)',
      );
    }

    // Biomarker criteria.
    const criterionNames: string[] = [];
    const seenCriteria = new Set<string>();
    ind.criteria.forEach((c, index) => {
      const field = `criteria.${index}`;
      const biomarker = endpoint(c.biomarker, `${field}.biomarker`, RELATION_TYPES.REQUIRES_BIOMARKER.to);
      if (isComparison(c.operator) && c.threshold === undefined) {
        problem(`${field}.threshold`, `${c.operator} compares with a threshold: give threshold and unit`);
      }
      if (!isComparison(c.operator) && c.threshold !== undefined) {
        problem(`${field}.threshold`, `${c.operator} takes no threshold (use GTE/GT/LTE/LT/EQ for a cut-off)`);
      }
      if (c.threshold !== undefined && c.unit === undefined) {
        problem(`${field}.unit`, 'a threshold needs a unit ("% TPS", "CPS", "mut/Mb", …)');
      }
      if (c.unit !== undefined && c.threshold === undefined) {
        problem(`${field}.unit`, 'a unit belongs to a threshold; give the threshold or drop the unit');
      }
      const key = criterionKey(c);
      if (seenCriteria.has(key)) problem(field, 'the same criterion is listed twice');
      seenCriteria.add(key);
      if (biomarker) criterionNames.push(describeCriterion(c, biomarker.name));
    });

    // Trials.
    const seenTrials = new Set<string>();
    ind.trials.forEach((t, index) => {
      if (seenTrials.has(t)) problem(`trials.${index}`, `"${t}" is listed twice`);
      else endpoint(t, `trials.${index}`, RELATION_TYPES.SUPPORTED_BY.to);
      seenTrials.add(t);
    });

    const evidence = context.parseEvidence(ind.evidence, file, record);
    const kindsCited = evidence.map((e) => ({ kind: sourceById.get(e.sourceId)?.kind, locator: e.locator }));

    // Evidence rules by status.
    if (ind.status === 'APPROVED') {
      if (!ind.approvalDate) problem('approvalDate', 'required on an APPROVED indication');
      if (!ind.labelSection) problem('labelSection', 'required on an APPROVED indication (the label section, e.g. "1.2")');
      if (!kindsCited.some((k) => k.kind === 'REGULATORY_LABEL' && k.locator)) {
        problem('evidence', 'an APPROVED indication cites its label with a locator ("label-<brand>#1.2")');
      }
      if (ind.withdrawal) problem('withdrawal', 'only on a WITHDRAWN indication');
    } else if (ind.status === 'WITHDRAWN') {
      if (!ind.withdrawal?.date) problem('withdrawal.date', 'required on a WITHDRAWN indication');
      if (!ind.withdrawal?.reason) problem('withdrawal.reason', 'required on a WITHDRAWN indication');
      if (!kindsCited.some((k) => WITHDRAWAL_SOURCE_KINDS.includes(k.kind ?? ''))) {
        problem('evidence', `a WITHDRAWN indication cites a source that states the withdrawal (${WITHDRAWAL_SOURCE_KINDS.join(', ')})`);
      }
    } else {
      if (ind.trials.length === 0) problem('trials', 'an INVESTIGATIONAL indication names at least one trial');
      for (const field of ['approvalDate', 'conversionDate', 'withdrawal', 'pathway'] as const) {
        if (ind[field] !== undefined) problem(field, 'not on an INVESTIGATIONAL indication');
      }
    }
    if (ind.conversionDate !== undefined) {
      if (ind.pathway !== 'ACCELERATED') problem('conversionDate', 'pathway is the pathway of the first approval: a conversion (accelerated → regular) needs pathway: ACCELERATED');
      if (ind.approvalDate && comparePartialDates(ind.conversionDate, ind.approvalDate) < 0) {
        problem('conversionDate', `before the approval date ${ind.approvalDate}`);
      }
    }
    if (ind.withdrawal?.date && ind.approvalDate && comparePartialDates(ind.withdrawal.date, ind.approvalDate) < 0) {
      problem('withdrawal.date', `before the approval date ${ind.approvalDate}`);
    }
    if (context.dataAsOf) {
      const dated: Array<[string, string | undefined]> = [
        ['approvalDate', ind.approvalDate],
        ['conversionDate', ind.conversionDate],
        ['withdrawal.date', ind.withdrawal?.date],
      ];
      for (const [field, date] of dated) {
        if (date && comparePartialDates(date, context.dataAsOf) > 0) problem(field, `after the graph's dataAsOf ${context.dataAsOf}`);
      }
    }

    // Duplicates: same holder, disease, qualifier, line, setting, partners, criteria and agency.
    const key = JSON.stringify([
      ind.therapy,
      ind.disease,
      (ind.diseaseQualifier ?? '').trim().toLowerCase(),
      ind.line,
      ind.setting,
      [...new Set(partners.map((p) => p.id))].sort(),
      [...seenCriteria].sort(),
      ind.agency,
    ]);
    const previous = seenKeys.get(key);
    if (previous) {
      problem('(record)', `duplicate indication: same holder, disease, qualifier, line, setting, partners, criteria and agency as ${previous}`);
    } else {
      seenKeys.set(key, `${file} ${record}`);
    }

    if (issues.length > before || !holder || !disease) continue;

    const name =
      ind.name ??
      indicationName({
        holder: holder.name,
        partners: partnerEntities.map((p) => p.name),
        disease: disease.name,
        qualifier: ind.diseaseQualifier,
        line: ind.line,
        criteria: criterionNames,
        agency: ind.agency,
      });
    const attributes: SeedEntity['attributes'] = {
      agency: ind.agency,
      status: ind.status,
      line: ind.line,
      setting: ind.setting,
      regimen,
    };
    const optional = {
      priorTherapy: ind.priorTherapy,
      diseaseQualifier: ind.diseaseQualifier,
      population: ind.population,
      pathway: ind.pathway,
      approvalDate: ind.approvalDate,
      conversionDate: ind.conversionDate,
      withdrawalDate: ind.withdrawal?.date,
      withdrawalReason: ind.withdrawal?.reason,
      labelSection: ind.labelSection,
      note: ind.note,
    };
    for (const [k, v] of Object.entries(optional)) if (v !== undefined) attributes[k] = v;
    entities.push({
      kind: 'Indication',
      id: ind.id,
      name,
      synonyms: ind.synonyms,
      xrefs: ind.xrefs,
      description: ind.description ?? null,
      evidence,
      attributes,
    });

    const edge = (type: SeedRelationship['type'], from: string, to: string, properties: SeedRelationship['properties'] = {}, suffix = '') => {
      const id = `${from}:${type}:${to}${suffix}`;
      if (relationshipIds.has(id)) {
        problem('id', `duplicate relationship ${id}`);
        return;
      }
      relationshipIds.add(id);
      relations.push({ id, type, from, to, evidence, properties });
    };
    edge('HAS_INDICATION', ind.therapy, ind.id);
    edge('INDICATED_FOR', ind.id, ind.disease);
    for (const p of partners) edge('COMBINED_WITH', ind.id, p.id, p.note ? { note: p.note } : {});
    const perBiomarker = new Map<string, number>();
    for (const c of ind.criteria) {
      const n = (perBiomarker.get(c.biomarker) ?? 0) + 1;
      perBiomarker.set(c.biomarker, n);
      const properties: SeedRelationship['properties'] = { role: c.role, operator: c.operator };
      for (const k of ['threshold', 'unit', 'assay', 'note'] as const) if (c[k] !== undefined) properties[k] = c[k];
      edge('REQUIRES_BIOMARKER', ind.id, c.biomarker, properties, n === 1 ? '' : `:${n}`);
    }
    for (const t of ind.trials) edge('SUPPORTED_BY', ind.id, t);

    indications.push({
      id: ind.id,
      therapy: ind.therapy,
      disease: ind.disease,
      status: ind.status,
      approvalDate: ind.approvalDate ?? null,
      evidence,
    });
  }
  return { entities, relations, indications };
}

/**
 * TREATS derived from indications: label holder → disease; status APPROVED if any indication is
 * approved, else WITHDRAWN if any is withdrawn, else INVESTIGATIONAL; year = earliest approval
 * year; evidence = the union of the indications' evidence.
 */
export function deriveTreats(context: SeedContext, indications: ResolvedIndication[]): SeedRelationship[] {
  const groups = new Map<string, ResolvedIndication[]>();
  for (const ind of indications) {
    const key = `${ind.therapy}:TREATS:${ind.disease}`;
    groups.set(key, [...(groups.get(key) ?? []), ind]);
  }
  const relations: SeedRelationship[] = [];
  for (const [id, group] of groups) {
    const statuses = new Set(group.map((g) => g.status));
    const status = statuses.has('APPROVED') ? 'APPROVED' : statuses.has('WITHDRAWN') ? 'WITHDRAWN' : 'INVESTIGATIONAL';
    const years = group.flatMap((g) => (g.approvalDate ? [Number(g.approvalDate.slice(0, 4))] : []));
    const evidence: EvidenceRef[] = [];
    const seen = new Set<string>();
    for (const e of group.flatMap((g) => g.evidence)) {
      const key = `${e.sourceId}#${e.locator ?? ''}`;
      if (!seen.has(key)) {
        seen.add(key);
        evidence.push(e);
      }
    }
    const properties: SeedRelationship['properties'] = {
      status,
      note: `derived from ${group.length} indication${group.length === 1 ? '' : 's'}`,
    };
    if (years.length > 0) properties.year = Math.min(...years);
    if (context.relationshipIds.has(id)) continue; // a hand-written duplicate was already reported
    context.relationshipIds.add(id);
    relations.push({ id, type: 'TREATS', from: group[0]!.therapy, to: group[0]!.disease, evidence, properties });
  }
  return relations;
}
