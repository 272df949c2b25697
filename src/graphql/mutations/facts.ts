/** `assertFact`, `addCitation`, `retractFact`, `retractCitation`: facts and their citations, each one transaction through the write path. */
import type { Context } from '../../data/request.js';
import { addCitation, assertFact, type FactResult, retractCitation, retractFact } from '../../store/curation/facts.js';
import * as Z from '../../store/curation/inputs.js';
import { builder } from '../builder.js';
import { AddCitationInput, AssertFactInput, RetractCitationInput, RetractFactInput } from './inputs.js';
import { citationRecord, type FactPayload, FactPayloadRef, factRecord } from './payloads.js';
import { type CurationWork, curatedMutation, mutationErrors } from './results.js';

/** Runs a fact mutation as `field` for the request's actor and loads what it left. */
async function factMutation<I extends { idempotencyKey?: string; reason?: string }>(
  ctx: Context,
  field: string,
  input: I,
  operation: CurationWork<I, FactResult>,
): Promise<FactPayload> {
  const { result, replayed } = await curatedMutation(ctx, field, input, operation);
  return {
    fact: await factRecord(ctx, result),
    created: result.created && !replayed,
    replayed,
    citation: await citationRecord(ctx, result.fact, result.citation),
  };
}

builder.mutationField('assertFact', (t) =>
  t.field({
    type: FactPayloadRef,
    description:
      'Asserts a fact with its citations (role editor). Its ends must be of the kinds its type allows, each excerpt must be in the stored text of its article, an INFERRED or BACKGROUND citation needs a note. A standing fact of the same type between the same ends is restated instead (properties updated, new citations added, version + 1).',
    errors: mutationErrors('AssertFact'),
    args: { input: t.arg({ type: AssertFactInput, required: true, description: 'The fact.', validate: { schema: Z.AssertFactInput } }) },
    resolve: (_root, args, ctx) => factMutation(ctx, 'assertFact', Z.AssertFactInput.parse(args.input), assertFact),
  }),
);

builder.mutationField('addCitation', (t) =>
  t.field({
    type: FactPayloadRef,
    description: 'Adds a citation to a standing fact (role editor); its version + 1. A citation it already has is not added twice.',
    errors: mutationErrors('AddCitation'),
    args: { input: t.arg({ type: AddCitationInput, required: true, description: 'The fact and the citation.', validate: { schema: Z.AddCitationInput } }) },
    resolve: (_root, args, ctx) => factMutation(ctx, 'addCitation', Z.AddCitationInput.parse(args.input), addCitation),
  }),
);

builder.mutationField('retractFact', (t) =>
  t.field({
    type: FactPayloadRef,
    description:
      'Retracts a fact (role editor): it is kept, marked with who, when and why, and left out of traversals and lists unless they ask for `includeRetracted`; its version + 1.',
    errors: mutationErrors('RetractFact'),
    args: { input: t.arg({ type: RetractFactInput, required: true, description: 'The fact and why.', validate: { schema: Z.RetractFactInput } }) },
    resolve: (_root, args, ctx) => factMutation(ctx, 'retractFact', Z.RetractFactInput.parse(args.input), retractFact),
  }),
);

builder.mutationField('retractCitation', (t) =>
  t.field({
    type: FactPayloadRef,
    description: "Retracts one citation of a fact (role editor): kept, marked with who, when and why; it no longer backs the fact. The fact's version + 1.",
    errors: mutationErrors('RetractCitation'),
    args: { input: t.arg({ type: RetractCitationInput, required: true, description: 'The citation and why.', validate: { schema: Z.RetractCitationInput } }) },
    resolve: (_root, args, ctx) => factMutation(ctx, 'retractCitation', Z.RetractCitationInput.parse(args.input), retractCitation),
  }),
);
