/** Calendar days as integers (days since 1970-01-01, UTC), so the generator never touches a time zone. */
import { MONTHS, WEEKDAYS } from './names.js';

const DAY_MS = 86_400_000;

export const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** "March 3, 2021" */
export function longDate(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

export const weekday = (day: number): string => WEEKDAYS[new Date(day * DAY_MS).getUTCDay()]!;
