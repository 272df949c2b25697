/**
 * Reading FtM entity files and telling the import formats apart, without a database: the format from the
 * first line that parses, FtM dates (partial ones are dates, impossible days are not), fragments of one id
 * merged, and their schemata required to agree.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/import/formats.js';
import { dateProblem, percentageOf, readFtm } from '../../src/import/ftm-read.js';
import { ImportInputError } from '../../src/import/problems.js';

const line = (v: unknown) => JSON.stringify(v);

describe('detectFormat', () => {
  it('tells BODS (array or lines) from FtM, and asks for --format when a line is neither', () => {
    expect(detectFormat('[{"statementId": "s"}]')).toBe('bods');
    expect(detectFormat(`\n${line({ statementId: 's', recordType: 'entity' })}\n`)).toBe('bods');
    expect(detectFormat(`not json\n${line({ id: 'a', schema: 'Company', properties: {} })}`)).toBe('ftm');
    expect(() => detectFormat(line({ hello: 'world' }))).toThrow(/record 0: neither a BODS statement .* give --format/);
  });
});

describe('FtM values', () => {
  it('dates: a year, a month, a day or a date-time; no impossible day or month', () => {
    for (const ok of ['2019', '2019-02', '2019-02-28', '2020-07-06T16:21:00']) expect(dateProblem(ok), ok).toBeUndefined();
    expect(dateProblem('2019-02-30')).toBe('is not a real calendar date');
    expect(dateProblem('2019-13')).toBe('is not a real calendar month');
    expect(dateProblem('last week')).toMatch(/is not an FtM date/);
  });

  it('percentages: numbers from 0 to 100, a % allowed', () => {
    expect(percentageOf('75')).toBe(75);
    expect(percentageOf('12.5 %')).toBe(12.5);
    expect(percentageOf('150')).toBe('must be a percentage from 0 to 100');
    expect(percentageOf('most')).toBe('is not a number');
  });
});

describe('readFtm', () => {
  it('merges the fragments of one id, and reports fragments of different schemata', () => {
    const [e] = readFtm(
      [
        line({ id: 'a', schema: 'Company', properties: { name: ['A'] } }),
        line({ id: 'a', schema: 'Company', properties: { name: ['A', 'A Ltd'], leiCode: ['X'] } }),
      ].join('\n'),
    );
    expect(e?.properties).toEqual({ name: ['A', 'A Ltd'], leiCode: ['X'] });
    const error = (() => {
      try {
        readFtm([line({ id: 'a', schema: 'Company', properties: {} }), line({ id: 'a', schema: 'Person', properties: {} })].join('\n'));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ImportInputError);
    expect(String(error)).toMatch(/record 1, schema: a is a Company at record 0, a Person here/);
  });

  it('does not check the properties of schemata it does not map, but knows their names', () => {
    expect(readFtm(line({ id: 'v', schema: 'Vessel', properties: { imoNumber: ['1'] } }))).toHaveLength(1);
    expect(() => readFtm(line({ id: 'a', schema: 'Company', properties: { name: 'A' } }))).toThrow(/record 0, properties\.name: must be a list of strings/);
  });
});
