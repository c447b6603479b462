import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { GraphContext } from '../context';
import { ErrorCode } from '../errors/codes';
import { codeOf } from '../graphql/errors';
import type { ServiceMetrics } from './metrics';
import type { RequestObservation } from './requests';

export type ObservedContext = GraphContext & { observation: RequestObservation };

const isInternal = (error: GraphQLError) => codeOf(error) === ErrorCode.Internal;

/**
 * Counts answered errors by code, hands the operation name, error codes and Cypher count to the
 * request's log line, and logs internal failures in full with the request id (clients only see
 * their code, see formatError).
 */
export function observabilityPlugin(metrics: ServiceMetrics): ApolloServerPlugin<ObservedContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors.filter(isInternal)) {
            contextValue.observation.log.error(
              { err: error.originalError ?? error, operation: operationName, path: error.path },
              'internal error',
            );
          }
        },
        async willSendResponse({ response, contextValue, operationName, request }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((e) =>
            typeof e.extensions?.code === 'string' ? e.extensions.code : ErrorCode.Internal,
          );
          metrics.graphqlErrorsAnswered(codes);
          contextValue.observation.graphql = {
            operationName: operationName ?? request.operationName ?? null,
            errorCodes: codes,
            cypherQueries: contextValue.cypherQueryCount(),
          };
        },
      };
    },
  };
}
