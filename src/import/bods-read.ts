/**
 * Reading a BODS 0.4 file (a JSON array of statements, or JSON Lines, as published): each statement is
 * checked against the parts of the 0.4 schema the importer reads, so a bad one is reported by its index
 * in the file and the field at fault, and the file writes nothing. Statements of BODS 0.2 and 0.3
 * (`statementType`, or another `bodsVersion`) are refused: their shape differs.
 */
import { z } from 'zod';
import { messageOf } from '../shape.js';
import { isoDate } from '../store/schema.js';
import { ImportInputError, type InputProblem } from './problems.js';

export { ImportInputError, type InputProblem };

const percent = z.number().min(0, 'must be a percentage from 0 to 100').max(100, 'must be a percentage from 0 to 100');

const Share = z.looseObject({
  exact: percent.optional(),
  minimum: percent.optional(),
  maximum: percent.optional(),
  exclusiveMinimum: percent.optional(),
  exclusiveMaximum: percent.optional(),
});

const Interest = z.looseObject({
  type: z.string().min(1),
  directOrIndirect: z.string().optional(),
  beneficialOwnershipOrControl: z.boolean().optional(),
  share: Share.optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
});

const Identifier = z.looseObject({ id: z.string().min(1), scheme: z.string().min(1).optional(), schemeName: z.string().min(1).optional() });

export const ENTITY_TYPES = ['registeredEntity', 'legalEntity', 'arrangement', 'anonymousEntity', 'unknownEntity', 'state', 'stateBody'] as const;
export const PERSON_TYPES = ['knownPerson', 'anonymousPerson', 'unknownPerson'] as const;

const EntityDetails = z.looseObject({
  entityType: z.looseObject({ type: z.enum(ENTITY_TYPES), subtype: z.string().optional(), details: z.string().optional() }),
  name: z.string().min(1).optional(),
  alternateNames: z.array(z.string().min(1)).optional(),
  identifiers: z.array(Identifier).optional(),
  dissolutionDate: isoDate.optional(),
});

const PersonDetails = z.looseObject({
  personType: z.enum(PERSON_TYPES),
  names: z
    .array(z.looseObject({ type: z.string().optional(), fullName: z.string().optional(), givenName: z.string().optional(), familyName: z.string().optional() }))
    .optional(),
  identifiers: z.array(Identifier).optional(),
});

/** An interested party the statement does not identify: the reason, in BODS's `unspecifiedReason` codes. */
const Unspecified = z.looseObject({ reason: z.string().min(1), description: z.string().optional() });

const RelationshipDetails = z.looseObject({
  subject: z.string().min(1),
  interestedParty: z.union([z.string().min(1), Unspecified]),
  interests: z.array(Interest).default([]),
});

const Envelope = z.looseObject({
  statementId: z.string().min(1),
  recordId: z.string().min(1),
  recordType: z.enum(['entity', 'person', 'relationship']),
  recordStatus: z.enum(['new', 'updated', 'closed']).default('new'),
  statementDate: isoDate.optional(),
  publicationDetails: z.looseObject({
    publicationDate: isoDate,
    bodsVersion: z.string().refine((v) => v === '0.4' || v.startsWith('0.4.'), 'is not 0.4: only BODS 0.4 statements are read'),
    publisher: z.looseObject({ name: z.string().optional(), url: z.string().optional(), uri: z.string().optional() }).optional(),
  }),
  source: z.looseObject({ url: z.string().optional() }).optional(),
  recordDetails: z.looseObject({}),
});

const StatementSchema = z.discriminatedUnion('recordType', [
  Envelope.extend({ recordType: z.literal('entity'), recordDetails: EntityDetails }),
  Envelope.extend({ recordType: z.literal('person'), recordDetails: PersonDetails }),
  Envelope.extend({ recordType: z.literal('relationship'), recordDetails: RelationshipDetails }),
]);
export type Statement = z.infer<typeof StatementSchema>;

const pathOf = (prefix: string, path: PropertyKey[]) =>
  [prefix, ...path].filter((p) => p !== '').reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)), '');

/** The JSON values of a file: one array, or one value per non-empty line. */
export function parseJson(text: string): unknown[] {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(text);
      if (Array.isArray(value)) return value;
    } catch (error) {
      throw new ImportInputError([{ index: null, field: '', message: `not JSON: ${messageOf(error)}` }]);
    }
  }
  const values: unknown[] = [];
  const problems: InputProblem[] = [];
  for (const [line, raw] of text.split('\n').entries()) {
    if (raw.trim() === '') continue;
    try {
      values.push(JSON.parse(raw));
    } catch {
      problems.push({ index: values.length, field: '', message: `line ${line + 1} is not JSON (a BODS file is a JSON array or JSON Lines)` });
      if (problems.length >= 20) break;
    }
  }
  if (problems.length) throw new ImportInputError(problems);
  return values;
}

/** The statements of a file's values, or every problem found. */
export function readStatements(values: unknown[]): Statement[] {
  const problems: InputProblem[] = [];
  const statements: Statement[] = [];
  values.forEach((value, index) => {
    if (value && typeof value === 'object' && 'statementType' in value) {
      problems.push({ index, field: 'statementType', message: 'a BODS 0.2/0.3 statement: only BODS 0.4 (recordType, recordDetails) is read' });
      return;
    }
    const envelope = Envelope.safeParse(value);
    if (!envelope.success) {
      for (const issue of envelope.error.issues) problems.push({ index, field: pathOf('', issue.path), message: issue.message });
      return;
    }
    const statement = StatementSchema.safeParse(value);
    if (!statement.success) {
      for (const issue of statement.error.issues) problems.push({ index, field: pathOf('', issue.path), message: issue.message });
      return;
    }
    statements.push(statement.data);
  });
  if (problems.length) throw new ImportInputError(problems);
  return statements;
}
