/**
 * Waiting for a condition instead of sleeping a fixed time: `waitFor` asks `check` again every
 * `interval` ms until it answers something other than false, null or undefined, and resolves to that
 * answer, or rejects once `timeout` ms have passed (with `message`, the time waited and the last answer
 * or error in the error's message). A check that throws counts as not yet.
 */
export interface WaitOptions {
  /** Give up after this many ms. @default 10_000 */
  timeout?: number;
  /** Ask again after this many ms. @default 50 */
  interval?: number;
  /** What was awaited, for the error; a function is called only on failure (e.g. to add a process's output). */
  message?: string | (() => string);
}

export async function waitFor<T>(
  check: () => T | Promise<T>,
  { timeout = 10_000, interval = 50, message }: WaitOptions = {},
): Promise<Exclude<T, false | null | undefined>> {
  const started = performance.now();
  let last: unknown;
  for (;;) {
    try {
      const answer = await check();
      if (answer !== false && answer !== null && answer !== undefined) return answer as Exclude<T, false | null | undefined>;
      last = answer;
    } catch (error) {
      last = error;
    }
    const waited = performance.now() - started;
    if (waited >= timeout) {
      const what = typeof message === 'function' ? message() : (message ?? 'condition');
      const lastly = last instanceof Error ? `threw ${last.message}` : `answered ${String(last)}`;
      throw new Error(`waitFor: ${what}: not met after ${Math.round(waited)} ms (last check ${lastly})`);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(interval, timeout - waited)));
  }
}
