import { describe, expect, it } from 'vitest';
import type { History } from '../../../src/lib/data/history/types';
import {
  historySlideText,
  historySlideTitle,
  historySourceLine,
  omittedRowsNote,
} from '../../../src/lib/export/historySlideText';
import { dataset } from '../../fixtures/dataset';
import { history } from '../../fixtures/history';
import { tiny } from '../../fixtures/tinyDataset';

const page = (id: string, publisher: string) => ({
  id,
  title: `${publisher} page`,
  publisher,
  location: `${id}.example`,
});
const cited = (sourceId: string) => ({ sourceId, confidence: 'high' as const, verbatim: 'v' });
const note = { en: 'n', ja: 'n' };
const figure = (programId: string, fiscalYear: number, sourceId: string) => ({
  id: `${programId}-${fiscalYear}`,
  programId,
  fiscalYear,
  throughFiscalYear: null,
  sourceAmount: '1億円',
  amountMillionYen: 100,
  kind: 'budget' as const,
  sourceTerm: '予算額',
  covers: null,
  agreesWith: null,
  confidence: 'high' as const,
  sourceId,
  verbatim: null,
  note,
});
const region = (
  id: string,
  fromFiscalYear: number,
  sourceId: string,
  startSourceId: string | null = null,
) => ({
  id,
  scheme:
    fromFiscalYear < 2010
      ? ('knowledge-cluster-phase-2' as const)
      : ('ricp-fy2010-priority' as const),
  fromFiscalYear,
  name: id,
  nameCut: false,
  placesNamed: '北海道',
  prefectures: [{ id: 'hokkaido', name: '北海道' }],
  startSourceId,
  startConfidence: 'high' as const,
  ...cited(sourceId),
});

/**
 * For the tiny dataset: a figure of the Cluster Program on the axis (FY2005, the ministry's) and one of
 * the Old Initiative off it (FY2001, a newspaper's); regions cited by four pages, two of them the
 * ministry's, and the FY2010 selection by the dataset's white paper.
 */
const sources = [
  page('ministry', 'Ministry'),
  page('daily', 'Daily'),
  page('office', 'Office'),
  page('ministry-2', 'Ministry'),
];
const tinyHistory: History = {
  sources,
  sourceById: new Map(sources.map((s) => [s.id, s])),
  budgets: [figure('cluster', 2005, 'ministry'), figure('old', 2001, 'daily')],
  cityArea: {
    selections: { ...cited('ministry'), years: [{ fiscalYear: 2002, count: 3 }] },
    total: { ...cited('ministry'), count: 5, wording: note },
  },
  knowledgeCluster: {
    phase1: { ...cited('ministry'), count: 4, note },
    fy2002: { ...cited('daily'), regions: 1, clusters: 1, trialRegions: 1, note },
    phase2Start: { ...cited('ministry'), count: 2, fiscalYear: 2007 },
  },
  fy2010Selection: { sourceId: 'paper', confidence: 'high', selected: 2, proposals: 9 },
  regions: [
    region('a', 2007, 'ministry'),
    region('b', 2008, 'daily', 'office'),
    region('c', 2010, 'ministry-2'),
  ],
};

describe('historySlideTitle', () => {
  it('says what each slide shows, in each language', () => {
    expect(historySlideTitle('years', 'en')).toBe('Budgets by fiscal year, FY2002–FY2011');
    expect(historySlideTitle('years', 'ja')).toBe('年度別予算（2002〜2011年度）');
    expect(historySlideTitle('regions', 'en')).toBe(
      'City Area regions by year; Knowledge Cluster Phase II and FY2010 regions on a map',
    );
    expect(historySlideTitle('regions', 'ja')).toMatch(/の地域の地図$/);
  });
});

describe('historySourceLine', () => {
  it('counts the documents of the figures on the axis and names their publishers', () => {
    expect(historySourceLine('years', tiny, tinyHistory, 'en')).toBe(
      'Sources (2 documents, each named with its figures in the view’s table): Ministry; MEXT',
    );
    expect(historySourceLine('years', tiny, tinyHistory, 'ja')).toBe(
      '出典（2件。資料名は画面の表に数値ごとに記載）：Ministry、MEXT',
    );
  });

  it('counts every document behind the regions, names each publisher once, and credits the map', () => {
    expect(historySourceLine('regions', tiny, tinyHistory, 'en')).toBe(
      'Sources (5 documents, each named with its figures in the view’s table): Ministry; Daily; MEXT; Office. ' +
        'Map: MapSVG (mapsvg.com), via the npm package @svg-maps/japan, CC BY 4.0.',
    );
    // The map's credit is a sentence of its own after the publishers, in Japanese too.
    expect(historySourceLine('regions', tiny, tinyHistory, 'ja')).toMatch(/Office。地図：MapSVG/);
  });

  it('for the bundled files, names the publishers, never a working file', () => {
    const years = historySourceLine('years', dataset, history, 'en');
    expect(years).toContain('MEXT');
    expect(years).not.toContain('judgit');
    expect(years).not.toMatch(/shared\//);
  });
});

describe('omittedRowsNote', () => {
  it('counts the programs with no figure on the axis', () => {
    expect(omittedRowsNote(tiny, tinyHistory, 'ja')).toBe(
      '省略：この期間に数値のない1件のプログラム。',
    );
    expect(omittedRowsNote(dataset, history, 'en')).toMatch(/^Not drawn: 4 programs/);
  });

  it('is null when every program has one', () => {
    const drawn = { ...tinyHistory, budgets: [figure('old', 2003, 'daily')] };
    expect(omittedRowsNote(tiny, drawn, 'en')).toBeNull();
  });
});

describe('historySlideText', () => {
  it('puts the legend and what is left out under the years slide, with no legend entries', () => {
    const text = historySlideText('years', tiny, tinyHistory, 'en');
    expect(text.caption).toMatch(/^Hatched: request, not a budget\. .* Not drawn: 1 programs/);
    expect(text.legend).toEqual([]);
  });

  it('puts the region counts and the FY2010 selection under the regions slide, with its legend', () => {
    const text = historySlideText('regions', tiny, tinyHistory, 'en');
    expect(text.caption).toBe(
      'Knowledge Cluster Initiative: Phase I, 4 regions; Phase II, 2 regions on the map (1 from FY2007, 1 from FY2008, 0 from FY2009). ' +
        'City Area Program in all: 5 regions so far, as the page puts it (it names no year). ' +
        '2 regions selected of 9 proposals. 重点支援枠 is the source’s word; that it is the “Accelerative Support” of “Cluster Policy of Ministry of Education, Culture, Sports, Science and Technology (MEXT)” is our reading, as no page pairs the two.',
    );
    expect(text.legend.map((entry) => entry.id)).toEqual([
      'marker-phase2',
      'marker-fy2010',
      'named-phase2',
      'named-fy2010',
      'named-both',
    ]);
    expect(text.sourceLine).toBe(historySourceLine('regions', tiny, tinyHistory, 'en'));
  });
});
