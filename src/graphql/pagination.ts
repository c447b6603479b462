import { badUserInput } from './errors';
import type { EntityEdgeRecord, EntityPage } from '../repositories/records';
import { LIMITS, intInRange } from './limits';

const PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** Opaque cursors wrap a position; a malformed one is the caller's error, not a crash. */
export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isInteger(offset) || offset < 0) {
    throw badUserInput('after is not a cursor returned by this API (use pageInfo.endCursor).', 'after');
  }
  return offset;
}

export function pageWindow(args: { first?: number | null; after?: string | null }): { offset: number; first: number } {
  const first = intInRange(args.first ?? 20, LIMITS.pageSize, 'first');
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, first };
}

export function connectionEdges(page: EntityPage): EntityEdgeRecord[] {
  return page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
}

export function pageInfo(page: EntityPage) {
  const last = page.offset + page.items.length - 1;
  return {
    hasNextPage: page.offset + page.items.length < page.totalCount,
    hasPreviousPage: page.offset > 0,
    startCursor: page.items.length > 0 ? encodeCursor(page.offset) : null,
    endCursor: page.items.length > 0 ? encodeCursor(last) : null,
  };
}
