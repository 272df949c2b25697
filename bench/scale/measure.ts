/**
 * Interleaved load: the targets (our API, the library, the raw-driver floor) take turns, one request
 * batch each per round, the order rotating every round. On a shared 2-core machine a burst of noise
 * then lands on all of them alike instead of on whichever happened to run during it.
 *
 * Within a batch, `concurrency` workers send requests back to back until the batch is done, so only
 * the target whose turn it is is under load. Latency is per successful request; throughput is that
 * target's requests divided by the wall time of its own batches.
 */

/** One target's way of asking one question once; throws (or rejects) on any error. */
export type Send = (seq: number) => Promise<void>;

export interface Sample {
  /** Latencies of the successful requests, in ms. */
  latencies: number[];
  errors: number;
  /** First error seen, for the report. */
  firstError?: string;
  requests: number;
  /** Sum of the wall time of this target's batches, in ms. */
  wallMs: number;
}

export interface Plan {
  concurrency: number;
  /** Untimed requests per target first (JIT, plan caches, connection pools). */
  warmup: number;
  /** Requests per target per round. */
  batch: number;
  /** Rounds at most ... */
  rounds: number;
  /** ... and no new round once this much time has passed (at least `minRounds` still run). */
  maxMs: number;
  minRounds: number;
}

async function runBatch(send: Send, count: number, concurrency: number, sample: Sample | null, seq: { n: number }): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const started = performance.now();
      try {
        await send(seq.n++);
        sample?.latencies.push(performance.now() - started);
      } catch (e) {
        if (sample) {
          sample.errors++;
          sample.firstError ??= (e as Error).message.slice(0, 300);
        }
      }
      if (sample) sample.requests++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  if (sample) sample.wallMs += performance.now() - t0;
}

export async function interleaved(targets: { name: string; send: Send }[], plan: Plan): Promise<Map<string, Sample>> {
  const samples = new Map(targets.map((t) => [t.name, { latencies: [], errors: 0, requests: 0, wallMs: 0 } as Sample]));
  const seqs = new Map(targets.map((t) => [t.name, { n: 0 }]));
  for (const t of targets) await runBatch(t.send, plan.warmup, plan.concurrency, null, seqs.get(t.name)!);
  const t0 = performance.now();
  for (let round = 0; round < plan.rounds; round++) {
    if (round >= plan.minRounds && performance.now() - t0 > plan.maxMs) break;
    const order = targets.map((_, i) => targets[(i + round) % targets.length]!);
    for (const t of order) await runBatch(t.send, plan.batch, plan.concurrency, samples.get(t.name)!, seqs.get(t.name)!);
  }
  return samples;
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Stats {
  requests: number;
  errors: number;
  firstError?: string;
  rps: number;
  p50: number | null;
  p99: number | null;
  mean: number | null;
}

export function summarise(s: Sample): Stats {
  const ok = s.latencies;
  return {
    requests: s.requests,
    errors: s.errors,
    ...(s.firstError ? { firstError: s.firstError } : {}),
    rps: s.wallMs > 0 ? (ok.length / s.wallMs) * 1000 : 0,
    p50: percentile(ok, 50),
    p99: percentile(ok, 99),
    mean: ok.length ? ok.reduce((a, b) => a + b, 0) / ok.length : null,
  };
}
