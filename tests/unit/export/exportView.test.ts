// @vitest-environment jsdom
/**
 * The Download menu's data files (CSV and JSON), as exportView hands them to the browser. The rows and
 * fields themselves are budgetData's, timelineData's and historyData's (their own tests); PNG and SVG
 * need a browser's layout and canvas (tests/e2e/export.spec.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportView } from '../../../src/lib/export/exportView';
import type { ExportSubject } from '../../../src/lib/export/fileName';
import type { Locale } from '../../../src/lib/data/types';
import { dataset } from '../../fixtures/dataset';

const urlStatics = URL as unknown as Record<'createObjectURL' | 'revokeObjectURL', unknown>;
const original = { ...urlStatics };
let blobs: Blob[];
let revoked: string[];
let clicked: { download: string; href: string; hidden: boolean; inPage: boolean }[];

beforeEach(() => {
  blobs = [];
  revoked = [];
  clicked = [];
  // jsdom has no object URLs.
  urlStatics.createObjectURL = (blob: Blob) => `blob:${blobs.push(blob)}`;
  urlStatics.revokeObjectURL = (url: string) => revoked.push(url);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push({
      download: this.download,
      href: this.href,
      hidden: this.hidden,
      inPage: this.isConnected,
    });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  Object.assign(urlStatics, original);
});

const BUDGET: ExportSubject = { kind: 'budget', fiscalYear: 2010, programId: null };
const SSM: ExportSubject = {
  kind: 'budget',
  fiscalYear: 2010,
  programId: 'self-sustaining-management-program',
};
const STEP_7: ExportSubject = { kind: 'timeline', step: 7, milestoneId: 'unification' };

/** Exports and returns the file the browser was given: its name, type and text. */
async function download(format: 'csv' | 'json', subject: ExportSubject, locale: Locale = 'en') {
  const name = await exportView(format, subject, dataset, locale, new Map());
  const blob = blobs.at(-1)!;
  return { name, type: blob.type, text: await blob.text() };
}
const firstLine = (text: string) => text.split('\r\n')[0];

describe('exportView, data files', () => {
  it('hands the file to the browser through a hidden link in the page, named after the view', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const name = await exportView('csv', BUDGET, dataset, 'en', new Map());
    expect(name).toBe('fy2010-budget.csv');
    expect(clicked).toEqual([
      { download: 'fy2010-budget.csv', href: 'blob:1', hidden: true, inPage: true },
    ]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(30_000);
    expect(revoked).toEqual(['blob:1']);
  });

  it('writes the whole budget breakdown as CSV, headed in the language on screen', async () => {
    const en = await download('csv', SSM, 'en');
    const ja = await download('csv', SSM, 'ja');
    expect([en.name, en.type]).toEqual([
      'fy2010-budget-self-sustaining-management-program.csv',
      'text/csv;charset=utf-8',
    ]);
    expect(firstLine(en.text)).not.toBe(firstLine(ja.text));
    expect(firstLine(en.text)).toMatch(/^ID,Parent ID,Kind,Name \(English\),/);
    // Every level, not only the one on screen: the other program's types are rows too.
    expect(en.text).toContain('\r\nglobal-type,regional-innovation-cluster-program,');
    // The same rows; app-text values (a kind, a confidence) in the language on screen.
    const ids = (text: string) => text.split('\r\n').map((line) => line.split(',')[0]);
    expect(ids(en.text).slice(1)).toEqual(ids(ja.text).slice(1));
    expect(ja.text).toContain('一次資料（文書）');
  });

  it('writes the level on screen and the whole breakdown as JSON, names in both languages', async () => {
    const file = await download('json', SSM, 'ja');
    expect([file.name, file.type]).toEqual([
      'fy2010-budget-self-sustaining-management-program.json',
      'application/json',
    ]);
    const json = JSON.parse(file.text);
    expect(Object.keys(json)).toEqual([
      'title',
      'fiscalYear',
      'unit',
      'level',
      'tiles',
      'total',
      'breakdown',
      'sources',
    ]);
    expect(json.level.id).toBe('self-sustaining-management-program');
    expect(json.title.en).not.toBe(json.title.ja);
  });

  it('writes the timeline as CSV rows and as JSON at the step on screen', async () => {
    const csv = await download('csv', STEP_7, 'ja');
    expect([csv.name, csv.type]).toEqual([
      'timeline-step-7-unification.csv',
      'text/csv;charset=utf-8',
    ]);
    expect(firstLine(csv.text)).toMatch(/^ステップ,ID,日付,年度,/);
    const json = await download('json', STEP_7);
    expect(json.name).toBe('timeline-step-7-unification.json');
    expect(JSON.parse(json.text)).toMatchObject({
      title: { en: 'Timeline', ja: '年表' },
      currentStep: 7,
    });
  });

  it('writes budgets by year and the regions from the history file', async () => {
    const years = await download('csv', { kind: 'years' });
    expect(years.name).toBe('budgets-by-year.csv');
    expect(firstLine(years.text)).toMatch(/^ID,Program ID,/);
    const regions = await download('json', { kind: 'regions' }, 'ja');
    expect([regions.name, regions.type]).toEqual(['regions.json', 'application/json']);
    expect(JSON.parse(regions.text).title).toEqual({
      en: 'Where the clusters were',
      ja: 'クラスターの地域',
    });
  });
});
