/**
 * What a fact (a relation) or a source says of its own history: when it was asserted (a source: added)
 * and by whom, whether and why it was retracted, its version, and the day the press first reported it.
 * Written by the curation mutations and the write path (src/store/write.ts); absent on the seed
 * graph's facts, which are part of the graph from before its history.
 */
import { toDateTime, type FieldsOf } from '../builder.js';

const text = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * The history fields of a fact (`what` 'fact': assertedAt, assertedBy, version) or a source ('source':
 * addedAt, addedBy), and the retraction and `reportedOn` fields both have; `read` gives a stored property.
 */
export function historyFields<P>(t: FieldsOf<P>, read: (parent: P, key: string) => unknown, what: 'fact' | 'source') {
  const [at, by] = what === 'fact' ? ['assertedAt', 'assertedBy'] : ['addedAt', 'addedBy'];
  const subject = what === 'fact' ? 'fact' : 'source';
  return {
    [at]: t.field({
      type: 'DateTime',
      nullable: true,
      description: `When this ${subject} was ${what === 'fact' ? 'asserted' : 'added'}; null for the seed graph's, which are part of the graph from before its history (shown at every \`asOf\`).`,
      resolve: (p) => toDateTime(read(p, at)),
    }),
    [by]: t.string({
      nullable: true,
      description: `Who ${what === 'fact' ? 'asserted' : 'added'} it; null for the seed graph's.`,
      resolve: (p) => text(read(p, by)),
    }),
    retracted: t.boolean({
      description: `True when this ${subject} has been retracted (kept, and shown only with \`includeRetracted\` or an \`asOf\` before \`retractedAt\`).`,
      resolve: (p) => read(p, 'retractedAt') != null,
    }),
    retractedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was retracted; null when it is not.',
      resolve: (p) => toDateTime(read(p, 'retractedAt')),
    }),
    retractedBy: t.string({ nullable: true, description: 'Who retracted it; null when it is not retracted.', resolve: (p) => text(read(p, 'retractedBy')) }),
    retractionReason: t.string({
      nullable: true,
      description: 'Why it was retracted; null when it is not.',
      resolve: (p) => text(read(p, 'retractionReason')),
    }),
    ...(what === 'fact'
      ? {
          version: t.int({
            description: 'How many times this fact has been written: 1 when asserted, one more with each change.',
            resolve: (p) => {
              const v = read(p, 'version');
              return typeof v === 'number' ? v : 1;
            },
          }),
        }
      : {}),
    reportedOn: t.field({
      type: 'Date',
      nullable: true,
      description:
        what === 'fact'
          ? "The day the press first reported it: the earliest day (an article's `date`, else the day of its `publishedOn`) of the articles its sources that are not retracted quote; for a derived MENTIONS edge, its article's day. What `asReportedOn` compares."
          : "The day of its article (the article's `date`, else the day of its `publishedOn`). What `asReportedOn` compares.",
      resolve: (p) => text(read(p, 'reportedOn')),
    }),
  };
}
