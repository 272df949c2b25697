/**
 * The one wait-for-condition helper of the tests: they wait for what they need to see (a port that
 * answers, a process gone, a page drawn), never for a fixed time.
 */

/**
 * Calls `check` every `intervalMs` until it returns true, or until `timeoutMs` has passed.
 * Resolves with the milliseconds it took, or null when the condition never held.
 */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<number | null> {
  const t0 = Date.now();
  for (;;) {
    if (await check()) return Date.now() - t0;
    if (Date.now() - t0 >= timeoutMs) return null;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
