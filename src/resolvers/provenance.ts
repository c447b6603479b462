import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/codes';
import { paragraphNumber } from '../domain/corpus';
import type { EvidenceResolvers, SourceResolvers } from '../graphql/generated/resolvers-types';

export const Evidence: EvidenceResolvers = {
  source: async (evidence, _args, ctx) => {
    const source = await ctx.loaders.source.load(evidence.sourceId);
    if (!source) {
      throw new GraphQLError(`Evidence cites unknown source "${evidence.sourceId}".`, {
        extensions: { code: ErrorCode.Internal },
      });
    }
    return source;
  },
  locator: (evidence) => evidence.locator,
  quote: async (evidence, _args, ctx) => {
    const paragraph = paragraphNumber(evidence.locator);
    if (paragraph === null) return null;
    const source = await ctx.loaders.source.load(evidence.sourceId);
    return source?.passages?.[paragraph - 1] ?? null;
  },
};

export const Source: SourceResolvers = {
  kind: (s) => s.kind,
  citation: (s) => s.citation ?? null,
  publisher: (s) => s.publisher ?? null,
  year: (s) => s.year ?? null,
  date: (s) => s.date ?? null,
  doi: (s) => s.doi ?? null,
  pmid: (s) => (s.pmid === undefined || s.pmid === null ? null : String(s.pmid)),
  revised: (s) => s.revised ?? null,
  url: (s) =>
    s.url ?? (s.doi ? `https://doi.org/${s.doi}` : s.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${s.pmid}/` : null),
  paragraphs: (s) => s.passages ?? [],
};
