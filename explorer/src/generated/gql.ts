/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment GraphFields on Graph {\n    truncated\n    nodes { id label caption type distance }\n    edges { id source target type label }\n  }\n": typeof types.GraphFieldsFragmentDoc,
    "\n  fragment EvidenceFields on Evidence {\n    locator\n    quote\n    source { id title kind citation url doi year }\n  }\n": typeof types.EvidenceFieldsFragmentDoc,
    "\n  query ExplorerSearch($text: String!, $first: Int) {\n    search(text: $text, first: $first) { kind matchedOn entity { id name } }\n  }\n": typeof types.ExplorerSearchDocument,
    "\n  query ExplorerNeighborhood($id: ID!, $depth: Int, $types: [RelationType!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, relationTypes: $types, limit: $limit) { ...GraphFields }\n  }\n": typeof types.ExplorerNeighborhoodDocument,
    "\n  query ExplorerEntity($id: ID!) {\n    entity(id: $id) {\n      id kind name synonyms description\n      identifiers { namespace accession url }\n      evidence { ...EvidenceFields }\n      ... on Therapy { brandNames developmentStage maxPhase developmentStopped developmentNote }\n      ... on Indication {\n        agency status line priorTherapy setting regimen pathway diseaseQualifier population\n        approvalDate conversionDate withdrawal { date reason } labelSection\n      }\n      ... on Trial { nctId phase population publication { title url } }\n      ... on AdverseEvent { immuneRelated aeCategory: category }\n      ... on Cytokine { geneSymbol }\n      ... on Drug { drugClass }\n    }\n  }\n": typeof types.ExplorerEntityDocument,
    "\n  query ExplorerRelation($source: ID!, $type: RelationType!) {\n    entity(id: $source) {\n      relations(types: [$type], direction: OUT) {\n        id type note from { id name } to { id name }\n        evidence { ...EvidenceFields }\n        ... on Inhibits { mechanism } ... on Targets { mechanism } ... on Activates { mechanism }\n        ... on Engineers { mechanism } ... on Suppresses { mechanism } ... on Expands { mechanism }\n        ... on Stimulates { mechanism } ... on Restrains { mechanism }\n        ... on Treats { status } ... on Prevents { status basis } ... on PredictsResponseTo { effect }\n        ... on RequiresBiomarker { role operator threshold unit assay }\n        ... on HasAdverseEvent { boxedWarning labelSection frequencyPercent grade3PlusPercent }\n      }\n    }\n  }\n": typeof types.ExplorerRelationDocument,
    "\n  query ExplorerPaths($from: ID!, $to: ID!, $types: [RelationType!]) {\n    paths(from: $from, to: $to, maxLength: 4, first: 5, relationTypes: $types) {\n      paths { length entities { id name } relations { id type from { id } } }\n      graph { ...GraphFields }\n    }\n  }\n": typeof types.ExplorerPathsDocument,
};
const documents: Documents = {
    "\n  fragment GraphFields on Graph {\n    truncated\n    nodes { id label caption type distance }\n    edges { id source target type label }\n  }\n": types.GraphFieldsFragmentDoc,
    "\n  fragment EvidenceFields on Evidence {\n    locator\n    quote\n    source { id title kind citation url doi year }\n  }\n": types.EvidenceFieldsFragmentDoc,
    "\n  query ExplorerSearch($text: String!, $first: Int) {\n    search(text: $text, first: $first) { kind matchedOn entity { id name } }\n  }\n": types.ExplorerSearchDocument,
    "\n  query ExplorerNeighborhood($id: ID!, $depth: Int, $types: [RelationType!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, relationTypes: $types, limit: $limit) { ...GraphFields }\n  }\n": types.ExplorerNeighborhoodDocument,
    "\n  query ExplorerEntity($id: ID!) {\n    entity(id: $id) {\n      id kind name synonyms description\n      identifiers { namespace accession url }\n      evidence { ...EvidenceFields }\n      ... on Therapy { brandNames developmentStage maxPhase developmentStopped developmentNote }\n      ... on Indication {\n        agency status line priorTherapy setting regimen pathway diseaseQualifier population\n        approvalDate conversionDate withdrawal { date reason } labelSection\n      }\n      ... on Trial { nctId phase population publication { title url } }\n      ... on AdverseEvent { immuneRelated aeCategory: category }\n      ... on Cytokine { geneSymbol }\n      ... on Drug { drugClass }\n    }\n  }\n": types.ExplorerEntityDocument,
    "\n  query ExplorerRelation($source: ID!, $type: RelationType!) {\n    entity(id: $source) {\n      relations(types: [$type], direction: OUT) {\n        id type note from { id name } to { id name }\n        evidence { ...EvidenceFields }\n        ... on Inhibits { mechanism } ... on Targets { mechanism } ... on Activates { mechanism }\n        ... on Engineers { mechanism } ... on Suppresses { mechanism } ... on Expands { mechanism }\n        ... on Stimulates { mechanism } ... on Restrains { mechanism }\n        ... on Treats { status } ... on Prevents { status basis } ... on PredictsResponseTo { effect }\n        ... on RequiresBiomarker { role operator threshold unit assay }\n        ... on HasAdverseEvent { boxedWarning labelSection frequencyPercent grade3PlusPercent }\n      }\n    }\n  }\n": types.ExplorerRelationDocument,
    "\n  query ExplorerPaths($from: ID!, $to: ID!, $types: [RelationType!]) {\n    paths(from: $from, to: $to, maxLength: 4, first: 5, relationTypes: $types) {\n      paths { length entities { id name } relations { id type from { id } } }\n      graph { ...GraphFields }\n    }\n  }\n": types.ExplorerPathsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphFields on Graph {\n    truncated\n    nodes { id label caption type distance }\n    edges { id source target type label }\n  }\n"): typeof import('./graphql').GraphFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceFields on Evidence {\n    locator\n    quote\n    source { id title kind citation url doi year }\n  }\n"): typeof import('./graphql').EvidenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSearch($text: String!, $first: Int) {\n    search(text: $text, first: $first) { kind matchedOn entity { id name } }\n  }\n"): typeof import('./graphql').ExplorerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNeighborhood($id: ID!, $depth: Int, $types: [RelationType!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, relationTypes: $types, limit: $limit) { ...GraphFields }\n  }\n"): typeof import('./graphql').ExplorerNeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEntity($id: ID!) {\n    entity(id: $id) {\n      id kind name synonyms description\n      identifiers { namespace accession url }\n      evidence { ...EvidenceFields }\n      ... on Therapy { brandNames developmentStage maxPhase developmentStopped developmentNote }\n      ... on Indication {\n        agency status line priorTherapy setting regimen pathway diseaseQualifier population\n        approvalDate conversionDate withdrawal { date reason } labelSection\n      }\n      ... on Trial { nctId phase population publication { title url } }\n      ... on AdverseEvent { immuneRelated aeCategory: category }\n      ... on Cytokine { geneSymbol }\n      ... on Drug { drugClass }\n    }\n  }\n"): typeof import('./graphql').ExplorerEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerRelation($source: ID!, $type: RelationType!) {\n    entity(id: $source) {\n      relations(types: [$type], direction: OUT) {\n        id type note from { id name } to { id name }\n        evidence { ...EvidenceFields }\n        ... on Inhibits { mechanism } ... on Targets { mechanism } ... on Activates { mechanism }\n        ... on Engineers { mechanism } ... on Suppresses { mechanism } ... on Expands { mechanism }\n        ... on Stimulates { mechanism } ... on Restrains { mechanism }\n        ... on Treats { status } ... on Prevents { status basis } ... on PredictsResponseTo { effect }\n        ... on RequiresBiomarker { role operator threshold unit assay }\n        ... on HasAdverseEvent { boxedWarning labelSection frequencyPercent grade3PlusPercent }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerRelationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPaths($from: ID!, $to: ID!, $types: [RelationType!]) {\n    paths(from: $from, to: $to, maxLength: 4, first: 5, relationTypes: $types) {\n      paths { length entities { id name } relations { id type from { id } } }\n      graph { ...GraphFields }\n    }\n  }\n"): typeof import('./graphql').ExplorerPathsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
