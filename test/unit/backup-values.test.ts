/**
 * Logical backups keep every Neo4j property type: each value encodes to JSON and decodes to the driver
 * value that writes the same type back (an INTEGER stays an INTEGER, a FLOAT a FLOAT, temporals keep
 * their nanoseconds, offset and zone). The round trip through a real database is in test/backup.test.ts.
 */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue } from '../../src/backup/values.js';

const { Date: D, DateTime, LocalDateTime, LocalTime, Time, Duration, Point } = neo4j.types;
const i = neo4j.int;

describe('backup values', () => {
  const cases: [string, unknown, unknown][] = [
    ['string', 'Facebook', 'Facebook'],
    ['boolean', true, true],
    ['integer', i(42), 42],
    ['integer beyond 2^53', i('9007199254740993'), { $int: '9007199254740993' }],
    ['float with no fraction', 1, { $float: 1 }],
    ['float', 0.25, { $float: 0.25 }],
    ['NaN', Number.NaN, { $float: 'NaN' }],
    ['-0.0', -0, { $float: '-0' }],
    ['date', new D(i(2020), i(7), i(6)), { $date: [2020, 7, 6] }],
    [
      'datetime with offset',
      new DateTime(i(2020), i(7), i(6), i(10), i(0), i(1), i(123456789), i(28800)),
      { $datetime: [2020, 7, 6, 10, 0, 1, 123456789, 28800, null] },
    ],
    [
      'datetime with zone',
      new DateTime(i(2020), i(7), i(6), i(10), i(0), i(0), i(0), i(28800), 'Asia/Hong_Kong'),
      { $datetime: [2020, 7, 6, 10, 0, 0, 0, 28800, 'Asia/Hong_Kong'] },
    ],
    ['local datetime', new LocalDateTime(i(2020), i(7), i(6), i(10), i(0), i(0), i(5)), { $localdatetime: [2020, 7, 6, 10, 0, 0, 5] }],
    ['time', new Time(i(10), i(0), i(0), i(0), i(-3600)), { $time: [10, 0, 0, 0, -3600] }],
    ['local time', new LocalTime(i(23), i(59), i(59), i(1)), { $localtime: [23, 59, 59, 1] }],
    ['duration', new Duration(i(14), i(3), i(7200), i(9)), { $duration: [14, 3, 7200, 9] }],
    ['point', new Point(i(4326), 114.17, 22.3), { $point: [4326, 114.17, 22.3] }],
    ['list of integers', [i(1), i(2)], [1, 2]],
    ['list of floats', [1.5, 2], [{ $float: 1.5 }, { $float: 2 }]],
    ['bytes', new Int8Array([1, -2, 3]), { $bytes: 'Af4D' }],
  ];

  it.each(cases)('%s encodes to JSON and decodes to the same driver value', (_name, value, json) => {
    const encoded = encodeValue(value);
    expect(encoded).toEqual(json);
    const decoded = decodeValue(JSON.parse(JSON.stringify(encoded)));
    expect(encodeValue(decoded)).toEqual(json);
  });

  it('a whole number decodes as an INTEGER, a tagged one as a FLOAT', () => {
    expect(neo4j.isInt(decodeValue(3))).toBe(true);
    expect(decodeValue({ $float: 3 })).toBe(3);
  });

  it('refuses what it does not know', () => {
    expect(() => decodeValue({ $nope: 1 })).toThrow(/not an encoded value/);
    expect(() => encodeValue({ a: 1 })).toThrow(/unsupported type/);
  });
});
