/**
 * Polls `condition` until it holds, failing with `what` after `timeoutMs`. The poll interval is
 * not synchronisation: only the condition ends the wait.
 */
export async function waitFor(
  what: string,
  condition: () => Promise<boolean>,
  timeoutMs: number,
  pollMs = 250,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      if (await condition()) return;
      lastError = null;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting until ${what}${lastError ? ` (last error: ${lastError instanceof Error ? lastError.message : JSON.stringify(lastError)})` : ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
