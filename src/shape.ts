/** Checks for values whose shape is not known in advance (parsed JSON, caught errors, other libraries' objects). */

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `v[key]` when `v` is an object that has it, else undefined. */
export const fieldOf = (v: unknown, key: string): unknown => (typeof v === 'object' && v !== null && key in v ? Reflect.get(v, key) : undefined);

/** What a caught value says: an error's message, or the value as text. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
