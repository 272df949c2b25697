/**
 * The second kind of evidence and what comes with it: `Dataset` (a Relay Node) and its records
 * (`DatasetRecord`: a published statement backing one fact), every fact's `records` beside its article
 * `sources`, and every entity's `identifiers` (scheme + id, as registers give them). Read through the
 * loaders of src/data/datasets.ts where no plan computed them.
 */
import { COUNT_CAP, keysetConnection } from '../../data/paging.js';
import { LIMITS } from '../../bounds.js';
import {
  countDatasetRecords,
  DATASET_RECORD_LIST,
  DATASETS_LISTED,
  type DatasetData,
  datasetData,
  type DatasetRecordData,
  datasetRecordData,
  IDENTIFIERS_PER_ENTITY,
  type IdentifierData,
  identifierData,
  listDatasets,
  loadDataset,
  loadDatasetRecords,
  loadIdentifiers,
  loadRecords,
  RECORDS_PER_FACT,
} from '../../data/datasets.js';
import { loadEntity, loadRelation } from '../../data/loaders.js';
import { isMap, listOf } from '../../data/records.js';
import { planned } from '../../plan/index.js';
import { builder } from '../builder.js';
import { counted, countFields } from '../connections.js';
import { EntityRef, RelationRef, SupportEnum } from '../refs.js';

export const IdentifierRef = builder.objectRef<IdentifierData>('Identifier').implement({
  description:
    'An identifier of an entity as a register or dataset gives it: a scheme (an org-id.guide list code such as "GB-COH", the UK Companies House) and the id within it. `lookup(ref: "GB-COH:01234567")` finds the entity by it.',
  fields: (t) => ({
    scheme: t.string({ description: 'The identifier scheme, as the dataset gives it ("GB-COH").', resolve: (i) => i.scheme }),
    id: t.string({ description: 'The id within the scheme, as the dataset gives it ("01234567").', resolve: (i) => i.value }),
    key: t.string({ description: '`scheme:id`, what `lookup` takes ("GB-COH:01234567").', resolve: (i) => i.key }),
  }),
});

export const DatasetRef = builder.objectRef<DatasetData>('Dataset');
export const DatasetRecordRef = builder.objectRef<DatasetRecordData>('DatasetRecord');

const isDataset = (v: unknown): v is DatasetData => datasetData(v) !== null && isMap(v) && !('kind' in v) && !('statementId' in v);

builder.objectType(DatasetRef, {
  description:
    'A published dataset (a BODS file of a register or of Open Ownership, loaded by `npm run import`): evidence of a second kind beside articles. Its records each back one fact; a dataset states what it publishes, so the facts it backs are STATED, and it is never counted as a news outlet.',
  interfaces: [builder.nodeInterfaceRef()],
  isTypeOf: isDataset,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The stable global id, e.g. "dataset:3f2a…" (from its publisher and name).' }),
    name: t.string({ description: 'The name the import gave it (the file name unless given).', resolve: (d) => d.name }),
    publisher: t.string({ description: 'The publisher its statements name (BODS `publicationDetails.publisher`).', resolve: (d) => d.publisher }),
    url: t.string({ nullable: true, description: "The publisher's address, where the statements give it.", resolve: (d) => d.url ?? null }),
    publicationDate: t.field({
      type: 'Date',
      nullable: true,
      description:
        'The latest day the dataset published any of its records (BODS `publicationDetails.publicationDate`); each record has its own. Null when none gives one.',
      resolve: (d) => d.publicationDate ?? null,
    }),
    records: t.connection(
      {
        type: DatasetRecordRef,
        description: `The records of this dataset, in record id order (read in that order from an index). At most ${LIMITS.pageSize} per page, both ways (first/after, last/before), with \`totalCount\` up to ${COUNT_CAP.toLocaleString('en')}.`,
        resolve: async (d, args, ctx) => {
          const page = await keysetConnection(
            args,
            (r: DatasetRecordData) => [r.id],
            DATASET_RECORD_LIST,
            (p) => loadDatasetRecords(ctx, d.id, p),
          );
          return counted(page, (countLimit) => countDatasetRecords(ctx, d.id, countLimit));
        },
      },
      {
        name: 'DatasetRecordConnection',
        description: 'One page of the records of a dataset, with the size of the whole list.',
        fields: (c) => countFields(c, 'records'),
      },
      { name: 'DatasetRecordEdge', description: 'One record of the page, with its cursor.' },
    ),
  }),
});

DatasetRecordRef.implement({
  description:
    'One record of a published dataset that backs a fact (a BODS statement): evidence of the second kind, with no excerpt and no article. Kept apart from `sources` (article excerpts) everywhere.',
  fields: (t) => ({
    id: t.id({ description: 'The stable id of this piece of evidence ("record:…").', resolve: (r) => r.id }),
    recordId: t.string({ description: 'The record the statement describes, as the dataset names it (BODS `recordId`).', resolve: (r) => r.recordId }),
    statementId: t.string({ description: 'The statement itself, as the dataset names it (BODS `statementId`).', resolve: (r) => r.statementId }),
    statementDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day the statement was made (BODS `statementDate`).',
      resolve: (r) => r.statementDate ?? null,
    }),
    publicationDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day the dataset published the statement (BODS `publicationDetails.publicationDate`).',
      resolve: (r) => r.publicationDate ?? null,
    }),
    url: t.string({ nullable: true, description: "Where the statement's source can be read, where the dataset gives it.", resolve: (r) => r.url ?? null }),
    support: t.field({ type: SupportEnum, description: 'STATED: a dataset states what it publishes.', resolve: (r) => r.support }),
    note: t.string({
      nullable: true,
      description: 'What the record says that the fact does not hold, e.g. why an owner is unspecified (BODS `unspecifiedReason`).',
      resolve: (r) => r.note ?? null,
    }),
    dataset: t.field({
      type: DatasetRef,
      description: 'The dataset it is published in.',
      // Loaded (batched) for its latest publication date, which the record's own read does not compute.
      resolve: async (r, _a, ctx) => (await loadDataset(ctx, r.dataset.id)) ?? r.dataset,
    }),
    factId: t.id({ description: 'The id of the entity or relation it backs.', resolve: (r) => r.fact }),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The entity it backs; null when it backs a relation.',
      resolve: (r, _a, ctx) => (r.from ? null : loadEntity(ctx, r.fact)),
    }),
    relation: t.field({
      type: RelationRef,
      nullable: true,
      description: 'The relation it backs; null when it backs an entity.',
      resolve: (r, _a, ctx) => (r.from && r.to ? loadRelation(ctx, r.fact, r.from, r.to) : null),
    }),
  }),
});

const RECORDS_NOTE = `The dataset evidence: each record of a published dataset (a BODS statement) that backs it, in recorded order, at most ${RECORDS_PER_FACT}. Kept apart from \`sources\`, which are article excerpts only; empty for a fact no dataset gives. A record has no history of its own (an import replaces it with its fact), so the view arguments do not filter it.`;

builder.interfaceFields(EntityRef, (t) => ({
  identifiers: t.field({
    type: [IdentifierRef],
    description: `Its identifiers (scheme + id) as the datasets it was imported from give them, in key order, at most ${IDENTIFIERS_PER_ENTITY}; empty for an entity only articles name. \`lookup\` takes any of them as "scheme:id".`,
    resolve: (e, _a, ctx, info) => planned(e, info, listOf(identifierData), () => loadIdentifiers(ctx, e.id)),
  }),
  records: t.field({
    type: [DatasetRecordRef],
    description: RECORDS_NOTE,
    resolve: (e, _a, ctx, info) => planned(e, info, listOf(datasetRecordData), () => loadRecords(ctx, e.id)),
  }),
}));

builder.interfaceFields(RelationRef, (t) => ({
  records: t.field({
    type: [DatasetRecordRef],
    description: RECORDS_NOTE,
    resolve: (r, _a, ctx, info) => planned(r, info, listOf(datasetRecordData), () => loadRecords(ctx, r.id)),
  }),
}));

builder.queryField('datasets', (t) =>
  t.field({
    nullable: true,
    type: [DatasetRef],
    description: `The datasets imported into the graph (\`npm run import\`), in id order, at most ${DATASETS_LISTED}. Each is also a Node: \`node(id: "dataset:…")\`.`,
    resolve: (_r, _a, ctx) => listDatasets(ctx),
  }),
);
