import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from '../../../src/lib/export/csv';

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
    [12065, '12065'],
    [null, ''],
    ['グローバル型', 'グローバル型'],
  ])('quotes %j as RFC 4180 says', (cell, expected) =>
    expect(toCsv([[cell]])).toBe(`${BOM}${expected}\r\n`),
  );

  it('starts with a BOM and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, null],
      ]),
    ).toBe(`${BOM}a,b\r\n1,\r\n`);
  });
});
