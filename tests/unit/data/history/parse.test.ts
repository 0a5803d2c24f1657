/** The history file's boundary: the bundled file parses; each broken copy fails with its own message. */
import { describe, expect, it } from 'vitest';
import japan from '@svg-maps/japan';
import { brokenHistory, history, rawHistory } from '../../../fixtures/history';
import { dataset } from '../../../fixtures/dataset';
import { loadHistoryFrom, parseHistory } from '../../../../src/lib/data/history/parse';
import { PREFECTURE_IDS } from '../../../../src/lib/data/history/prefectures';

type Raw = typeof rawHistory;

describe('parseHistory', () => {
  it('parses the bundled file', () => {
    expect(history.budgets).toHaveLength(22);
    expect(history.regions).toHaveLength(20);
    expect(history.sourceById.get('mext-evaluation-077')?.title).toBe(
      dataset.sourceById.get('mext-evaluation-077')?.title,
    );
  });

  const cases: [string, (copy: Raw) => void, string][] = [
    [
      'unknown source',
      (c) => void (c.budgets[0]!.sourceId = 'nowhere'),
      'cites unknown source "nowhere"',
    ],
    [
      'unknown program',
      (c) => void (c.budgets[0]!.programId = 'no-such'),
      'unknown program "no-such"',
    ],
    [
      'amount in no known unit',
      (c) => void (c.budgets[0]!.sourceAmount = '6.9 bn'),
      'not an amount in a known unit',
    ],
    [
      'conversion off',
      (c) => void (c.budgets[2]!.amountMillionYen = 1000),
      '"100億円" is 10000 million yen, not 1000',
    ],
    [
      'duplicate figure id',
      (c) => void (c.budgets[1]!.id = c.budgets[0]!.id),
      'Duplicate budget figure id',
    ],
    [
      'multi-year backwards',
      (c) => void (c.budgets[10]!.throughFiscalYear = 2004),
      'must end after FY2005',
    ],
    [
      'agreement that disagrees',
      (c) => void (c.budgets[15]!.agreesWith = 'fy2010-global-type'),
      'does not agree with "fy2010-global-type"',
    ],
    [
      'agreement with nothing',
      (c) => void (c.budgets[15]!.agreesWith = 'nothing'),
      'agrees with unknown figure "nothing"',
    ],
    [
      'unknown prefecture',
      (c) => void (c.regions[0]!.prefectures[0]!.id = 'atlantis'),
      'unknown prefecture "atlantis"',
    ],
    [
      'prefecture the source does not name',
      (c) => void c.regions[4]!.prefectures.push({ id: 'hyogo', name: '兵庫県' }),
      'the source names no "兵庫県"',
    ],
    [
      'dataset source renamed',
      (c) => void (c.sources.find((s) => s.id === 'mext-evaluation-077')!.title = 'Other'),
      'must keep the title dataset.json gives it',
    ],
    [
      'same page, other id',
      (c) => void (c.sources.find((s) => s.id === 'mext-press-2010-02')!.id = 'press-feb'),
      'which dataset.json cites as "mext-press-2010-02"',
    ],
    [
      'more selected than proposed',
      (c) => void (c.fy2010Selection.selected = 12),
      'more regions selected than proposed',
    ],
    [
      'wrong kind',
      (c) => void ((c.budgets[0] as { kind: string }).kind = 'estimate'),
      'At budgets[0].kind',
    ],
  ];
  it.each(cases)('rejects %s', (_name, edit, message) => {
    const result = loadHistoryFrom(brokenHistory(edit as (copy: Raw) => void), dataset);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('rejects a value that is no object at all', () => {
    expect(() => parseHistory(null, dataset)).toThrow(/object/i);
  });
});

describe('PREFECTURE_IDS', () => {
  it("are the map package's 47 prefecture ids", () => {
    expect([...PREFECTURE_IDS].sort()).toEqual(japan.locations.map((l) => l.id).sort());
    expect(PREFECTURE_IDS).toHaveLength(47);
  });
});
