import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

describe('configuration', () => {
  it('defaults to the local Neo4j when NEO4J_URI is unset', () => {
    const c = loadConfig({});
    expect(c.managedNeo4j).toBe(true);
    expect(c.neo4jUri).toBe('bolt://127.0.0.1:7687');
    expect(c.PORT).toBe(4000);
  });

  it('uses NEO4J_URI as given and starts nothing', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://db.example:7687', NEO4J_LOCAL_PORT: '7999' });
    expect(c.managedNeo4j).toBe(false);
    expect(c.neo4jUri).toBe('neo4j+s://db.example:7687');
  });

  it.each([
    [{ PORT: 'abc' }, /^invalid configuration: PORT .*"abc"/],
    [{ PORT: '70000' }, /^invalid configuration: PORT must be 1-65535/],
    [{ NEO4J_URI: 'http://x' }, /^invalid configuration: NEO4J_URI must be a bolt/],
    [{ NEO4J_PASSWORD: 'short' }, /^invalid configuration: NEO4J_PASSWORD must be at least 8/],
    [{ LOG_LEVEL: 'loud' }, /^invalid configuration: LOG_LEVEL/],
  ])('rejects %o with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never echoes a password', () => {
    expect(() => loadConfig({ NEO4J_PASSWORD: 'secret' })).not.toThrow(/secret/);
  });

  it('a malformed PORT stops `npm start` with one line, no stack trace', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, PORT: 'not-a-port', NEO4J_URI: 'bolt://127.0.0.1:1' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('invalid configuration: PORT must be a whole number (got "not-a-port")');
  });
});
