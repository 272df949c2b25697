/**
 * Shares of ownership: an OWNS relation's share as a range (a dataset gives an exact figure or bounds),
 * and the effective share of an owner through a chain of them, each hop's range multiplied.
 */
import { isMap } from '../../data/records.js';
import { builder } from '../builder.js';

/** A share in percent: `minimum` ≤ the share ≤ `maximum`; `exact` when both are the same figure. */
export interface ShareRange {
  minimum: number;
  maximum: number;
  exact: number | null;
}

const percent = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Products of shares in percent, rounded off below a billionth of a percent (binary fractions: 60 × 50 % is 30, not 30.000000000000004). */
const rounded = (x: number) => Math.round(x * 1e9) / 1e9;

/**
 * The share an OWNS relation's properties give (`shareExact`, `shareMinimum`, `shareMaximum`), or null
 * when they give none: an exact figure is its own range; a range with one bound open is bounded by 0 or 100.
 */
export function shareOf(props: unknown): ShareRange | null {
  if (!isMap(props)) return null;
  const [exact, minimum, maximum] = [percent(props.shareExact), percent(props.shareMinimum), percent(props.shareMaximum)];
  if (exact !== null) return { minimum: exact, maximum: exact, exact };
  if (minimum === null && maximum === null) return null;
  const [low, high] = [minimum ?? 0, maximum ?? 100];
  return { minimum: low, maximum: high, exact: low === high ? low : null };
}

/**
 * The effective share of the owner at the end of a chain of OWNS relations (each hop's share properties,
 * in any order): the product of the hops' minimums and of their maximums, in percent; null when a hop's
 * share is unknown, or for no hop at all.
 */
export function effectiveShare(hops: readonly unknown[]): ShareRange | null {
  if (hops.length === 0) return null;
  let [minimum, maximum] = [1, 1];
  for (const hop of hops) {
    const share = shareOf(hop);
    if (!share) return null;
    minimum *= share.minimum / 100;
    maximum *= share.maximum / 100;
  }
  const [low, high] = [rounded(minimum * 100), rounded(maximum * 100)];
  return { minimum: low, maximum: high, exact: low === high ? low : null };
}

export const ShareRangeRef = builder.objectRef<ShareRange>('ShareRange').implement({
  description:
    'A share of ownership in percent (0-100), as a range: the share is at least `minimum` and at most `maximum`; `exact` is the figure when both are the same. A dataset gives an exact share or bounds (BODS `share.exact`, `minimum`/`maximum`; an exclusive bound is kept as the bound); a bound it leaves open is 0 or 100 here.',
  fields: (t) => ({
    minimum: t.float({ description: 'The least the share can be, in percent.', resolve: (s) => s.minimum }),
    maximum: t.float({ description: 'The most the share can be, in percent.', resolve: (s) => s.maximum }),
    exact: t.float({ nullable: true, description: 'The share, in percent, when the range is one figure; null for a range.', resolve: (s) => s.exact }),
  }),
});
