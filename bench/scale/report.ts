/**
 * The run's result: one JSON document (bench/results/scale-<date>.json) and the Markdown tables that
 * bench/RESULTS.md quotes, with every target of the issue checked as met / missed / not measured.
 */
import type { Stats } from './measure.js';

export type TargetName = 'api' | 'library' | 'floor';

export interface Cell extends Stats {
  /** Cypher statements per request: min-max over the counted requests (null: not counted). */
  statements: { min: number; max: number; mean: number } | null;
}

export interface QuestionResult {
  id: string;
  title: string;
  /** Did the targets' answers carry the same facts (checked once before timing)? */
  sameFacts: Partial<Record<TargetName, boolean | string>>;
  /** Size of the GraphQL response body (characters of JSON) per server. */
  responseChars: Partial<Record<TargetName, number | undefined>>;
  /** Per concurrency ("1", "8"), per target. */
  runs: Record<string, Partial<Record<TargetName, Cell>>>;
}

export interface RunResult {
  date: string;
  mode: 'full' | 'smoke';
  machine: { cpus: number; cpuModel: string; memoryGb: number; kernel: string; node: string; loadAverage: { start: number; end: number } };
  versions: Record<string, string>;
  graph: { companies: number; counts: Record<string, number>; load: LoadFigures | null };
  neo4j: { uri: string; ownInstance: boolean; heap?: string; pagecache?: string };
  plan: Record<string, unknown>;
  apiPeakRssMb: number | null;
  libraryPeakRssMb: number | null;
  floorPeakRssMb?: number | null;
  questions: QuestionResult[];
  targets: TargetCheck[];
  profiles?: Record<string, unknown>;
}

export interface LoadFigures {
  reused: boolean;
  records: number | null;
  seconds: number | null;
  recordsPerSecond: number | null;
  line: string;
}

export interface TargetCheck {
  target: string;
  status: 'met' | 'missed' | 'not measured';
  detail: string;
}

/** Latency targets of earlier issues, kept: no change may make a question slower. */
const P50_TARGET_MS: Record<string, number> = { Q1: 30, Q2: 30, Q5: 30, Q3: 100, Q4: 150, Q6: 150 };

const fmt = (n: number | null | undefined, digits = 1) => (n == null ? '–' : n.toFixed(digits));
/** Requests per second: whole numbers, but one decimal below 10 so that 1.4 and 2.3 do not both read "2". */
const rate = (n: number) => fmt(n, n < 10 ? 1 : 0);

export function checkTargets(r: RunResult): TargetCheck[] {
  const out: TargetCheck[] = [];
  const cell = (q: QuestionResult, c: string, t: TargetName) => q.runs[c]?.[t];
  /** A target the API was asked but never answered is missed, not unmeasured. */
  const unanswered = (target: string, x: Cell | undefined): TargetCheck =>
    x && x.requests > 0
      ? { target, status: 'missed', detail: `every request failed: ${x.firstError ?? 'error'}` }
      : { target, status: 'not measured', detail: '' };
  for (const q of r.questions) {
    const api = cell(q, '1', 'api');
    const limit = P50_TARGET_MS[q.id];
    if (limit !== undefined) {
      out.push(
        api?.p50 == null
          ? unanswered(`${q.id} p50 ≤ ${limit} ms (c=1)`, api)
          : {
              target: `${q.id} p50 ≤ ${limit} ms (c=1)`,
              status: api.p50 <= limit ? 'met' : 'missed',
              detail: `${fmt(api.p50)} ms${api.p50 > limit ? ` (+${fmt(api.p50 - limit)} ms, ${fmt(api.p50 / limit, 2)}×)` : ''}`,
            },
      );
    }
    const floor = cell(q, '1', 'floor');
    out.push(
      api?.p50 == null || floor?.p50 == null
        ? unanswered(`${q.id} p50 ≤ 2× floor (c=1)`, api)
        : {
            target: `${q.id} p50 ≤ 2× floor (c=1)`,
            status: api.p50 <= 2 * floor.p50 ? 'met' : 'missed',
            detail: `${fmt(api.p50 / floor.p50, 2)}× (${fmt(api.p50)} vs ${fmt(floor.p50)} ms)`,
          },
    );
    for (const c of Object.keys(q.runs)) {
      const a = cell(q, c, 'api');
      const l = cell(q, c, 'library');
      const name = `${q.id} req/s ≥ 1.2× library (c=${c})`;
      out.push(
        !a || !l || q.sameFacts.library === undefined
          ? { target: name, status: 'not measured', detail: l ? '' : 'library not run' }
          : a.p50 == null
            ? unanswered(name, a)
            : {
                target: name,
                status: a.rps >= 1.2 * l.rps ? 'met' : 'missed',
                detail: `${fmt(a.rps / l.rps, 2)}× (${rate(a.rps)} vs ${rate(l.rps)} req/s)`,
              },
      );
    }
    const [ours, theirs] = [q.responseChars.api, q.responseChars.library];
    out.push(
      ours == null || theirs == null
        ? { target: `${q.id} response ≤ 1.1× library's`, status: 'not measured', detail: '' }
        : {
            target: `${q.id} response ≤ 1.1× library's`,
            status: ours <= 1.1 * theirs ? 'met' : 'missed',
            detail: `${fmt(ours / theirs, 2)}× (${ours} vs ${theirs} characters)`,
          },
    );
    const st = cell(q, '1', 'api')?.statements;
    out.push(
      st == null
        ? { target: `${q.id} 1 statement per request`, status: 'not measured', detail: '' }
        : { target: `${q.id} 1 statement per request`, status: st.max === 1 && st.min === 1 ? 'met' : 'missed', detail: `${st.min}–${st.max}` },
    );
    const a8 = cell(q, '8', 'api');
    out.push(
      !a8
        ? { target: `${q.id} 0 errors (c=8)`, status: 'not measured', detail: '' }
        : {
            target: `${q.id} 0 errors (c=8)`,
            status: a8.errors === 0 ? 'met' : 'missed',
            detail: `${a8.errors} of ${a8.requests}${a8.firstError ? `: ${a8.firstError}` : ''}`,
          },
    );
  }
  out.push(
    r.apiPeakRssMb == null
      ? { target: 'API peak RSS ≤ 250 MB', status: 'not measured', detail: '' }
      : { target: 'API peak RSS ≤ 250 MB', status: r.apiPeakRssMb <= 250 ? 'met' : 'missed', detail: `${fmt(r.apiPeakRssMb, 0)} MB (VmHWM)` },
  );
  const load = r.graph.load?.recordsPerSecond;
  out.push(
    load == null
      ? { target: 'bulk load ≥ 20,000 records/s', status: 'not measured', detail: r.graph.load?.reused ? 'graph reused, nothing loaded' : '' }
      : { target: 'bulk load ≥ 20,000 records/s', status: load >= 20_000 ? 'met' : 'missed', detail: `${fmt(load, 0)} records/s` },
  );
  return out;
}

const TARGET_LABEL: Record<TargetName, string> = { api: 'this API', library: '@neo4j/graphql', floor: 'raw driver (HTTP)' };

/** The per-question table: one row per question, concurrency and target, with ratios to floor and library. */
export function markdownTables(r: RunResult): string {
  const rows = [
    '| Q | c | server | req/s | p50 ms | p99 ms | errors | statements/req | response chars | p50 ÷ floor | req/s ÷ library |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const q of r.questions) {
    for (const [c, byTarget] of Object.entries(q.runs)) {
      for (const t of ['api', 'library', 'floor'] as TargetName[]) {
        const x = byTarget[t];
        if (!x) continue;
        const floor = byTarget.floor;
        const lib = byTarget.library;
        const st = x.statements ? (x.statements.min === x.statements.max ? String(x.statements.min) : `${x.statements.min}–${x.statements.max}`) : '–';
        rows.push(
          `| ${q.id} | ${c} | ${TARGET_LABEL[t]} | ${rate(x.rps)} | ${fmt(x.p50)} | ${fmt(x.p99)} | ${x.errors} | ${st} | ${q.responseChars[t] ?? '–'} | ` +
            `${x.p50 != null && floor?.p50 ? fmt(x.p50 / floor.p50, 2) : '–'} | ${t !== 'library' && lib?.rps ? fmt(x.rps / lib.rps, 2) : '–'} |`,
        );
      }
    }
  }
  const targets = [
    '| target | status | measured |',
    '|---|---|---|',
    ...r.targets.map((t) => `| ${t.target} | ${t.status === 'missed' ? '**missed**' : t.status} | ${t.detail.replaceAll('|', '\\|')} |`),
  ];
  return `${rows.join('\n')}\n\n${targets.join('\n')}\n`;
}
