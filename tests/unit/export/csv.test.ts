import { describe, expect, it } from 'vitest';
import { BOM, csvTable, toCsv } from '../../../src/lib/export/csv';

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

describe('csvTable', () => {
  it('writes the header, then a line per row, from one list of columns', () => {
    const rows = [
      { a: 1, b: 'x' },
      { a: 2, b: null },
    ];
    const columns = [
      ['col.a', (r: (typeof rows)[number]) => r.a],
      ['col.b', (r: (typeof rows)[number]) => r.b],
    ] as const;
    expect(csvTable(rows, columns, (key) => key.toUpperCase())).toEqual([
      ['COL.A', 'COL.B'],
      [1, 'x'],
      [2, null],
    ]);
  });
});
