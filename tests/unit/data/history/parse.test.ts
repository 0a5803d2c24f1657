/** The history file's boundary: the bundled file parses; each broken copy fails with its own message. */
import { describe, expect, it } from 'vitest';
import { brokenHistory, history, rawHistory } from '../../../fixtures/history';
import { dataset } from '../../../fixtures/dataset';
import {
  checkAgreement,
  checkCounts,
  checkFigureAmount,
  checkHistoryUnique,
  checkRegion,
  checkSharedSource,
  citeChecker,
  loadHistoryFrom,
  parseHistory,
} from '../../../../src/lib/data/history/parse';
import type { RawBudgetFigure, Region } from '../../../../src/lib/data/history/schema';

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

const figure = (extra: Partial<RawBudgetFigure> = {}): RawBudgetFigure => ({
  id: 'f',
  programId: 'p',
  fiscalYear: 2003,
  throughFiscalYear: null,
  sourceAmount: '6.9 billion yen',
  amountMillionYen: 6900,
  kind: 'budget',
  sourceTerm: 'budget',
  covers: null,
  agreesWith: null,
  confidence: 'high',
  sourceId: 's',
  verbatim: null,
  note: { en: 'n', ja: 'n' },
  ...extra,
});
const cite = citeChecker(new Set(['s']));

describe('checkHistoryUnique', () => {
  it('names the first id seen twice within its kind', () => {
    expect(() => checkHistoryUnique({ source: ['a', 'b'], region: ['a'] })).not.toThrow();
    expect(() => checkHistoryUnique({ source: ['a'], region: ['b', 'c', 'b'] })).toThrow(
      'Duplicate region id "b".',
    );
  });
});

describe('checkSharedSource', () => {
  const shared = history.sourceById.get('mext-evaluation-077')!;
  it('lets a shared source keep its id, title and page', () => {
    expect(() => checkSharedSource(shared, dataset)).not.toThrow();
    expect(() =>
      checkSharedSource({ id: 'new', title: 'T', publisher: 'P', location: 'x.jp/new' }, dataset),
    ).not.toThrow();
  });
  it('rejects a new title or a new id for a page dataset.json cites', () => {
    expect(() => checkSharedSource({ ...shared, title: 'Other' }, dataset)).toThrow(
      `Source "${shared.id}" must keep the title dataset.json gives it.`,
    );
    expect(() => checkSharedSource({ ...shared, id: 'other' }, dataset)).toThrow(
      `Source "other" cites ${shared.location}, which dataset.json cites as "${shared.id}".`,
    );
  });
});

describe('citeChecker', () => {
  it('accepts a known source or none, and names an unknown one', () => {
    expect(() => cite('Here', 's')).not.toThrow();
    expect(() => cite('Here', null)).not.toThrow();
    expect(() => cite('Here', 't')).toThrow('Here cites unknown source "t".');
  });
});

describe('checkFigureAmount', () => {
  it('accepts an amount that converts exactly', () => {
    expect(() => checkFigureAmount('F', figure())).not.toThrow();
  });
  it('names an unknown unit, a wrong conversion and a multi-year run that ends too soon', () => {
    expect(() => checkFigureAmount('F', figure({ sourceAmount: '6.9 bn' }))).toThrow(
      'F: "6.9 bn" is not an amount in a known unit.',
    );
    expect(() => checkFigureAmount('F', figure({ amountMillionYen: 69 }))).toThrow(
      'F: "6.9 billion yen" is 6900 million yen, not 69.',
    );
    expect(() => checkFigureAmount('F', figure({ throughFiscalYear: 2003 }))).toThrow(
      'F: a multi-year figure must end after FY2003.',
    );
  });
});

describe('checkAgreement', () => {
  const agreeing = figure({ agreesWith: 'g' });
  it('accepts a figure of the same program, year and amount', () => {
    expect(() => checkAgreement('F', agreeing, figure({ id: 'g' }))).not.toThrow();
  });
  it('names a missing or a different figure', () => {
    expect(() => checkAgreement('F', agreeing, undefined)).toThrow(
      'F agrees with unknown figure "g".',
    );
    expect(() => checkAgreement('F', agreeing, figure({ fiscalYear: 2004 }))).toThrow(
      'F does not agree with "g" (program, year or amount differ).',
    );
  });
});

describe('checkCounts', () => {
  it('accepts the bundled counts', () => {
    expect(() => checkCounts(history, citeChecker(history.sourceById))).not.toThrow();
  });
  it('names a City Area year given twice', () => {
    const copy = structuredClone(history);
    copy.cityArea.selections.years.push(copy.cityArea.selections.years[0]!);
    expect(() => checkCounts(copy, citeChecker(history.sourceById))).toThrow(
      /^Duplicate City Area fiscal year id "\d{4}"\.$/,
    );
  });
});

describe('checkRegion', () => {
  const region = {
    id: 'r',
    scheme: 'knowledge-cluster-phase-2',
    fromFiscalYear: 2007,
    name: '道央地域',
    nameCut: false,
    placesNamed: '北海道、札幌市',
    prefectures: [{ id: 'hokkaido', name: '北海道' }],
    startSourceId: null,
    startConfidence: 'high',
    sourceId: 's',
    confidence: 'high',
    verbatim: '○北海道、札幌市【道央地域】',
  } satisfies Region;
  it('accepts a cited region in prefectures its source names', () => {
    expect(() => checkRegion(region, cite)).not.toThrow();
  });
  it('names an unknown source, an unknown prefecture, a prefecture the source does not name', () => {
    expect(() => checkRegion({ ...region, startSourceId: 'x' }, cite)).toThrow(
      'Region "r" cites unknown source "x".',
    );
    const atlantis = [{ id: 'atlantis', name: '北海道' }];
    expect(() => checkRegion({ ...region, prefectures: atlantis }, cite)).toThrow(
      'Region "r": unknown prefecture "atlantis".',
    );
    const aomori = [{ id: 'aomori', name: '青森県' }];
    expect(() => checkRegion({ ...region, prefectures: aomori }, cite)).toThrow(
      'Region "r": the source names no "青森県" (only 北海道、札幌市).',
    );
  });
});
