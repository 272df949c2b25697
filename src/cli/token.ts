/**
 * `npm run -s token -- --role editor --sub NAME [--role admin] [--ttl 1h]`: prints an HS256 token for this
 * API, signed with AUTH_JWT_SECRET from the environment or `.env` (as `npm start` reads them), and nothing
 * else, so `TOKEN=$(npm run -s token -- …)` works. Any problem is one line on stderr and exit code 1.
 */
import { parseArgs } from 'node:util';
import { isRole, ROLES } from '../auth/roles.js';
import { signToken, ttlSeconds } from '../auth/token.js';
import { loadConfig, loadDotEnv } from '../config/config.js';
import { messageOf } from '../shape.js';

const USAGE = 'usage: npm run -s token -- --role <reader|editor|admin> --sub <name> [--role …] [--ttl 1h]';

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

let args: { role?: string[]; sub?: string; ttl?: string };
try {
  args = parseArgs({ options: { role: { type: 'string', multiple: true }, sub: { type: 'string' }, ttl: { type: 'string', default: '1h' } } }).values;
} catch (e) {
  fail(`${messageOf(e)}\n${USAGE}`);
}

const roles = args.role ?? [];
const unknown = roles.find((r) => !isRole(r));
if (unknown !== undefined) fail(`unknown role "${unknown}": roles are ${ROLES.join(', ')}`);
if (roles.length === 0) fail(`--role is required\n${USAGE}`);
if (!args.sub) fail(`--sub is required (who the token names)\n${USAGE}`);
const ttl = ttlSeconds(args.ttl ?? '1h');
if (ttl === undefined) fail(`--ttl must be a number and a unit, like 30m, 1h or 7d (got "${args.ttl}")`);

try {
  loadDotEnv();
  const config = loadConfig();
  if (config.AUTH_JWT_SECRET === undefined)
    fail('AUTH_JWT_SECRET is not set: put a secret of 32 bytes or more in .env or the environment (the API must have the same one)');
  const token = await signToken({ ...config, AUTH_JWT_SECRET: config.AUTH_JWT_SECRET }, { sub: args.sub, roles: roles.filter(isRole), ttlSeconds: ttl });
  process.stdout.write(`${token}\n`);
} catch (e) {
  fail(messageOf(e));
}
