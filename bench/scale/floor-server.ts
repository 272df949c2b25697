/**
 * The raw-driver floor served over HTTP, so that it pays what the API pays for the network and JSON and
 * the ratio of the two prices GraphQL alone: `POST /floor` with `{"file": "q1-entity", "params": {…}}` runs
 * that floor statement (bench/scale/floor/<file>.cypher, read once) as one auto-commit read and answers
 * `{"rows": […]}`; `GET /health` answers 200. No GraphQL, no validation, no planning.
 *
 * Env: FLOOR_PORT (required), NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
 */
import { createServer } from 'node:http';
import { floorCypher, floorDriver, floorRun } from './floor.js';

const port = Number(process.env.FLOOR_PORT);
const database = process.env.NEO4J_DATABASE || 'neo4j';
const driver = floorDriver(
  process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  process.env.NEO4J_USER || 'neo4j',
  process.env.NEO4J_PASSWORD || 'kg-local-password',
);
const texts = new Map<string, string>();

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') {
    res.writeHead(200).end();
    return;
  }
  if (req.method !== 'POST' || req.url !== '/floor') {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { file, params } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { file: string; params: Record<string, unknown> };
      if (!/^[a-z0-9-]+$/.test(file)) throw new Error('bad floor file name');
      const text = texts.get(file) ?? floorCypher(file);
      texts.set(file, text);
      const rows = await floorRun(driver, database, text, params);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ rows }));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: (error as Error).message }));
    }
  });
});

server.listen(port, '127.0.0.1');
const stop = () => server.close(() => void driver.close().finally(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
