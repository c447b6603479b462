import { badUserInput } from './errors';

/** Argument limits, also stated in the schema descriptions. */
export const LIMITS = {
  pageSize: { min: 1, max: 100 },
  batchIds: { max: 100 },
  searchText: { max: 200 },
  searchFirst: { min: 1, max: 50 },
  neighborhoodDepth: { min: 1, max: 3 },
  neighborhoodLimit: { min: 1, max: 2000 },
  wholeGraphExport: { max: 20_000 },
  pathLength: { min: 1, max: 4 },
  pathCount: { min: 1, max: 20 },
} as const;

export function intInRange(value: number, range: { min: number; max: number }, argumentName: string): number {
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw badUserInput(
      `${argumentName} must be an integer from ${range.min} to ${range.max} (got ${value}).`,
      argumentName,
    );
  }
  return value;
}
