/**
 * The typed clients of the API as the user runs them, through npm, against the real API on the seeded
 * test database: `npm run chain`, `npm run owners` (batched CSV, counted on the server side) and
 * `npm run codegen:check` (passes on the committed output, fails on a stale copy).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largestBatch } from '../src/client/owners.js';
import { startTestApi, type TestApi } from './support/api.js';
import { openTestDb, resetToSeedGraph } from './support/db.js';

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Every process a test started; afterAll kills whatever is still running (its whole process group). */
const children = new Set<ChildProcess>();

function killGroup(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}

/**
 * Runs a command asynchronously (the API under test serves from this process) in its own process
 * group, so that npm, the shell and tsx's node are all stopped if it runs past `timeoutMs`.
 */
function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string; timeoutMs?: number } = {},
): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => killGroup(child), options.timeoutMs ?? 50_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({ status, stdout, stderr });
    });
    child.stdin!.end(options.input ?? '');
  });
}

/** RFC 4180 parsing, written apart from the script's own CSV writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

interface SeedEntity {
  id: string;
  name: string;
}
interface SeedRelation {
  type: string;
  from: string;
  to: string;
  sources?: unknown[];
}
const entities = JSON.parse(readFileSync('seeds/entities.json', 'utf8')) as SeedEntity[];
const relations = JSON.parse(readFileSync('seeds/relations.json', 'utf8')) as SeedRelation[];
const nameOf = (id: string) => entities.find((e) => e.id === id)!.name;

const db = openTestDb();
let api: TestApi;
let url: string;

beforeAll(async () => {
  await resetToSeedGraph(db);
  api = await startTestApi(db);
  url = `${api.url}/graphql`;
});
afterAll(async () => {
  for (const child of children) killGroup(child);
  await api?.stop();
});

describe('npm run chain (typed by codegen)', () => {
  it("prints WhatsApp → Facebook and the hop's sources; an unknown entity exits 1 with one line", async () => {
    const ok = await run('npm', ['run', '-s', 'chain', '--', 'WhatsApp'], { env: { API_URL: url } });
    expect(ok.status, ok.stderr).toBe(0);
    const lines = ok.stdout.split('\n');
    expect(lines[0]).toBe('WhatsApp → Facebook');
    expect(lines[2]).toBe('Facebook owns WhatsApp:');
    expect(ok.stdout).toContain('“WhatsApp owner Facebook”');

    const unknown = await run('npm', ['run', '-s', 'chain', '--', 'Atlantis Corp'], { env: { API_URL: url } });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toBe('unknown entity "Atlantis Corp"');
  });
});

describe('npm run owners', () => {
  it('answers one CSV row per input line, from as few batched requests as the limits allow', async () => {
    const batch = largestBatch();
    // Every seed entity by name (several quote commas and double quotes), the owned ones also by id,
    // an unknown name, a duplicate, a comment and a blank line.
    const owns = relations.filter((r) => r.type === 'OWNS');
    expect(owns.length).toBeGreaterThan(0);
    const names = [...new Set(entities.map((e) => e.name))];
    const inputs = [...names, ...owns.map((r) => r.to), 'Atlantis Corp', 'WhatsApp'];
    const distinct = new Set(inputs).size;
    expect(distinct).toBeGreaterThan(batch);
    const dir = mkdtempSync(join(tmpdir(), 'owners-'));
    const file = join(dir, 'names.txt');
    writeFileSync(file, `# entities to check\n\n${inputs.join('\n')}\n`);

    // Is ownershipChain non-null (then each unknown name costs one more request)? Asked of the live API.
    const introspection = await api.gql('{ __type(name: "Query") { fields { name type { kind } } } }');
    const nonNull = introspection.data.__type.fields.find((f: { name: string }) => f.name === 'ownershipChain').type.kind === 'NON_NULL';
    const expectedRequests = Math.ceil(distinct / batch) + (nonNull ? 1 : 0);

    const before = api.queries.length;
    try {
      const r = await run('npm', ['run', '-s', 'owners', '--', file, '--url', url]);
      expect(r.status, r.stderr).toBe(0);
      // Counted by the API itself: one entry per GraphQL request it answered.
      expect(api.queries.length - before).toBe(expectedRequests);
      const logged = r.stderr.split('\n').filter((l) => l.startsWith('owners: request '));
      expect(logged).toHaveLength(expectedRequests);
      expect(logged[0]).toBe(`owners: request 1: ${batch} names`);
      expect(r.stderr).toContain(`asked in ${expectedRequests} requests (batches of up to ${batch})`);

      const [header, ...rows] = parseCsv(r.stdout);
      expect(header).toEqual(['input', 'entity_id', 'entity_name', 'ultimate_owners', 'hops', 'weakest_hop_sources', 'status']);
      expect(rows.map((row) => row[0])).toEqual(inputs);
      const row = (input: string) => rows.find((x) => x[0] === input)!;

      expect(row('WhatsApp')).toEqual(['WhatsApp', 'service:whatsapp', 'WhatsApp', 'Facebook', '1', '4', 'OK']);
      expect(row('TikTok')).toEqual(['TikTok', 'service:tiktok', 'TikTok', 'ByteDance', '1', '1', 'OK']);
      expect(row('Facebook')).toEqual(['Facebook', 'company:facebook', 'Facebook', '', '0', '', 'NO_OWNER']);
      expect(row('Atlantis Corp')).toEqual(['Atlantis Corp', '', '', '', '', '', 'NOT_FOUND']);
      // Every OWNS fact of the seed graph, asked by id: one hop up, as many sources as the seed gives it.
      for (const r of owns) expect(row(r.to)).toEqual([r.to, r.to, nameOf(r.to), nameOf(r.from), '1', String(r.sources!.length), 'OK']);
      // Names with commas and quotes come back intact, resolved to themselves.
      for (const name of names) {
        expect(row(name)[2], name).toBe(name);
        expect(['OK', 'NO_OWNER']).toContain(row(name)[6]);
      }
      expect(names.some((n) => n.includes(',') && n.includes('"'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds the largest batch: one name more is refused by the API', async () => {
    const batch = largestBatch();
    const inputs = entities.slice(0, batch + 1).map((e) => e.id);
    const r = await run('npm', ['run', '-s', 'owners', '--', '-', '--url', url, '--batch-size', String(batch + 1)], { input: inputs.join('\n') });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`the API refused a request of ${batch + 1} names: BAD_USER_INPUT`);
    expect(r.stderr).toMatch(/Query selects \d+ fields; at most 300 are allowed|Aliases limit of \d+ exceeded/);

    const ok = await run('npm', ['run', '-s', 'owners', '--', '--url', url], { input: inputs.slice(0, batch).join('\n') });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).toContain(`asked in 1 request (batches of up to ${batch})`);
    expect(ok.stdout.trim().split('\n')).toHaveLength(batch + 1);
  });
});

describe('npm run codegen:check', () => {
  it('passes on the committed output and fails on a copy whose schema no longer matches it', async () => {
    const generated = readFileSync('src/client/generated/graphql.ts', 'utf8');
    const fresh = await run('npm', ['run', '-s', 'codegen:check'], { timeoutMs: 60_000 });
    expect(fresh.status, fresh.stderr).toBe(0);

    // A copy of what codegen reads (the real files stay as they are).
    const dir = mkdtempSync(join(tmpdir(), 'codegen-'));
    try {
      // Every file codegen.ts names as documents (the scripts' operations, the examples, the bench's and the explorer's) comes along.
      for (const f of ['codegen.ts', 'package.json', 'schema/schema.graphql', 'bench/run.ts']) cpSync(f, join(dir, f));
      for (const d of ['src/client', 'examples', 'explorer/src']) cpSync(d, join(dir, d), { recursive: true });
      symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'), 'dir');
      const copy = await run('npm', ['run', '-s', 'codegen:check'], { cwd: dir, timeoutMs: 60_000 });
      expect(copy.status, copy.stderr).toBe(0);

      // A schema change the operations see: ultimateOwners becomes a nullable list.
      const schemaFile = join(dir, 'schema/schema.graphql');
      const schema = readFileSync(schemaFile, 'utf8');
      expect(schema).toContain('ultimateOwners: [Entity!]!');
      writeFileSync(schemaFile, schema.replace('ultimateOwners: [Entity!]!', 'ultimateOwners: [Entity!]'));
      const stale = await run('npm', ['run', '-s', 'codegen:check'], { cwd: dir, timeoutMs: 60_000 });
      expect(stale.status).toBe(1);
      expect(`${stale.stdout}${stale.stderr}`).toContain('src/client/generated/graphql.ts');
      expect(stale.stderr).toContain('codegen:check: the generated types (src/client/generated/, explorer/src/generated/) are stale');
      // --check writes nothing.
      expect(readFileSync(join(dir, 'src/client/generated/graphql.ts'), 'utf8')).toBe(generated);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(readFileSync('src/client/generated/graphql.ts', 'utf8')).toBe(generated);
  });
});
