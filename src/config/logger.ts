import { pino, type Logger } from 'pino';

export type { Logger };

/** One JSON line per event on stdout; `LOG_LEVEL=silent` in tests. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'kg-graphql' }, timestamp: pino.stdTimeFunctions.isoTime });
}
