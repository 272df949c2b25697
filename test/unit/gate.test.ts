/** The heavy-traversal gate: a counting semaphore with a bounded queue. */
import { describe, expect, it } from 'vitest';
import { LimitExceededError } from '../../src/errors.js';
import { Gate } from '../../src/server/request-limits.js';

const never = new AbortController().signal;

describe('Gate', () => {
  it('admits as many as it has slots, queues as many as its queue holds, and refuses the next with LIMIT_EXCEEDED', async () => {
    const gate = new Gate(2, 1);
    const a = await gate.acquire(never);
    await gate.acquire(never);
    let queuedIn = false;
    const queued = gate.acquire(never).then((release) => {
      queuedIn = true;
      return release;
    });
    const refused = await gate.acquire(never).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LimitExceededError);
    expect((refused as LimitExceededError).extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'busy' });
    expect(queuedIn).toBe(false);
    a();
    await queued;
    expect(queuedIn).toBe(true);
  });

  it('lets waiters in first come, first served, and a release called twice frees one slot', async () => {
    const gate = new Gate(1, 3);
    const first = await gate.acquire(never);
    const order: number[] = [];
    const waiters = [1, 2, 3].map((n) =>
      gate.acquire(never).then((release) => {
        order.push(n);
        return release;
      }),
    );
    first();
    first();
    const second = await waiters[0]!;
    await Promise.resolve();
    expect(order).toEqual([1]);
    second();
    (await waiters[1]!)();
    (await waiters[2]!)();
    expect(order).toEqual([1, 2, 3]);
  });

  it('an aborted waiter leaves the queue with the abort reason, and its place goes to the next', async () => {
    const gate = new Gate(1, 2);
    const held = await gate.acquire(never);
    const controller = new AbortController();
    const aborted = gate.acquire(controller.signal).catch((e: unknown) => e);
    const next = gate.acquire(never);
    controller.abort(new Error('client went away'));
    expect(await aborted).toEqual(new Error('client went away'));
    held();
    expect(typeof (await next)).toBe('function');
  });
});
