import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Where a secret could reach a log line (a configuration object, a request's headers), pino writes
 * `[Redacted]` instead: the database password, AUTH_JWT_SECRET and `Authorization` headers never reach the logs.
 */
export const REDACTED_PATHS = [
  'NEO4J_PASSWORD',
  '*.NEO4J_PASSWORD',
  'AUTH_JWT_SECRET',
  '*.AUTH_JWT_SECRET',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
];

/** One JSON line per event on stdout (or `destination`); `LOG_LEVEL=silent` in tests. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'kg-graphql' }, timestamp: pino.stdTimeFunctions.isoTime, redact: REDACTED_PATHS };
  return destination ? pino(options, destination) : pino(options);
}
