/**
 * The view arguments every traversal and every fact or evidence list takes: the graph as of an instant,
 * as reported on a day, with or without retracted facts (src/data/view.ts computes the view of a field
 * from them, inherited by the lists below it unless they give their own).
 */
import type { ArgBuilder } from '@pothos/core';
import type { Types } from './builder.js';

const INHERITED = 'Not given: as the field above it says (its view holds for everything nested below it), at the root';

export const viewArgs = (t: { arg: ArgBuilder<Types> }) => ({
  asOf: t.arg({
    type: 'DateTime',
    description: `The graph as it was at this instant: only facts asserted by then (facts of the seed graph, which have no \`assertedAt\`, always) and not retracted by then; sources the same, on their own \`addedAt\` and \`retractedAt\`. ${INHERITED} now.`,
  }),
  asReportedOn: t.arg({
    type: 'Date',
    description: `Only facts an article reported on or before this day (their \`reportedOn\`: the earliest day of the articles their sources quote), and only sources whose article is of that day or earlier: what a reader of the press could have known then. ${INHERITED} any day.`,
  }),
  includeRetracted: t.arg.boolean({
    defaultValue: false,
    description: `Show retracted facts and sources too (their \`retracted\` is true). ${INHERITED} false.`,
  }),
});
