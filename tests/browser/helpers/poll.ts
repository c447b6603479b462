/**
 * A retrying assertion, like Playwright Test's `expect.poll` (playwright-core has no `expect`):
 * reads the page again until jest's matcher passes, and fails with the last mismatch if it never
 * does. Use it for anything the page fills asynchronously; a single read is a race.
 *
 *   await poll(() => page.locator('#in-view-edges button').allTextContents()).toEqual(['…']);
 */
type Matcher = 'toBe' | 'toEqual' | 'toMatch' | 'toContain' | 'toBeGreaterThan' | 'toBeGreaterThanOrEqual';

/** Gaps between reads: quick at first, then gentle on a loaded machine. */
const INTERVALS = [0, 50, 100, 250, 500, 1000];

export function poll<T>(
  read: () => Promise<T>,
  { timeout = 30_000 } = {},
): { [M in Matcher]: (expected: unknown) => Promise<void> } {
  const check = (matcher: Matcher) => async (expected: unknown) => {
    const deadline = Date.now() + timeout;
    for (let attempt = 0; ; attempt++) {
      const value = await read();
      try {
        (expect(value) as unknown as Record<Matcher, (e: unknown) => void>)[matcher](expected);
        return;
      } catch (mismatch) {
        if (Date.now() >= deadline) {
          (mismatch as Error).message = `still failing after ${timeout} ms of retries:\n${(mismatch as Error).message}`;
          throw mismatch;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, INTERVALS[Math.min(attempt, INTERVALS.length - 1)]));
    }
  };
  return {
    toBe: check('toBe'),
    toEqual: check('toEqual'),
    toMatch: check('toMatch'),
    toContain: check('toContain'),
    toBeGreaterThan: check('toBeGreaterThan'),
    toBeGreaterThanOrEqual: check('toBeGreaterThanOrEqual'),
  };
}
