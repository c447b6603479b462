import { GraphQLError } from 'graphql';
import { paragraphNumber } from '../domain/corpus';
import type { EvidenceResolvers, SourceResolvers } from '../graphql/generated/resolvers-types';

export const Evidence: EvidenceResolvers = {
  source: async (evidence, _args, ctx) => {
    const source = await ctx.loaders.source.load(evidence.sourceId);
    if (!source) {
      throw new GraphQLError(`Evidence cites unknown source "${evidence.sourceId}".`, {
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
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
  kind: (s) => s.kind as 'DOCUMENT' | 'ARTICLE' | 'REGULATORY_LABEL' | 'DATABASE',
  citation: (s) => s.citation ?? null,
  publisher: (s) => s.publisher ?? null,
  year: (s) => s.year ?? null,
  doi: (s) => s.doi ?? null,
  url: (s) => s.url ?? (s.doi ? `https://doi.org/${s.doi}` : null),
  paragraphs: (s) => s.passages ?? [],
};
