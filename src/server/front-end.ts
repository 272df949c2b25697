/**
 * Settings for production front-ends (docs/api.md, "Front-end clients"): persisted operations and the response cache, from the configuration (config.ts).
 */
import { type Config, withDefaults } from '../config/config.js';

export interface FrontEndSettings {
  /** Absolute path of the persisted-operations file, or undefined: no persisted operations. */
  persistedOperationsFile?: string;
  /** Only persisted operations run; GraphiQL and /explore are off. */
  persistedOperationsOnly: boolean;
  /** 0: no response cache. */
  responseCacheTtlMs: number;
  responseCacheMaxBytes: number;
}

/** The settings a configuration sets; anything it leaves out has its documented default. */
export function frontEndSettings(config: Partial<Config> = {}): FrontEndSettings {
  const c = withDefaults(config);
  return {
    persistedOperationsFile: c.PERSISTED_OPERATIONS_FILE,
    persistedOperationsOnly: c.PERSISTED_OPERATIONS_ONLY,
    responseCacheTtlMs: c.RESPONSE_CACHE_TTL_MS,
    responseCacheMaxBytes: c.RESPONSE_CACHE_MAX_BYTES,
  };
}
