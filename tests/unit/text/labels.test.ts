import { describe, expect, it } from 'vitest';
import { buildBudgetTree, findBudgetNode } from '../../../src/lib/data/budgetTree';
import type { Locale } from '../../../src/lib/data/types';
import type { Words } from '../../../src/lib/i18n';
import { Labels } from '../../../src/lib/text/labels';
import { tiny, tinyProgram } from '../../fixtures/tinyDataset';
import { words } from '../../fixtures/words';

/** Words whose language can change, as the locale state's do. */
function switchable(): Words & { locale: Locale } {
  return {
    locale: 'en',
    t(key, params) {
      return words[this.locale].t(key, params);
    },
  };
}

describe('Labels', () => {
  it('follows the current language on every call', () => {
    const current = switchable();
    const labels = new Labels(tiny, current);
    expect(labels.locale).toBe('en');
    expect(labels.name(tinyProgram('cluster')).text).toBe('Cluster Program');
    expect(labels.money(7942)).toBe('7,942 million yen');
    current.locale = 'ja';
    expect(labels.locale).toBe('ja');
    expect(labels.name(tinyProgram('cluster')).text).toBe('クラスター事業');
    expect(labels.money(7942)).toBe('7,942百万円');
  });

  it('names a program by id, marked on request, and an unknown id as itself', () => {
    const labels = new Labels(tiny, words.ja);
    expect(labels.programName('local')).toBe('Local Type');
    expect(labels.programName('local', { marked: true })).toBe('Local Type（未翻訳）');
    expect(labels.programName('missing')).toBe('missing');
    expect(labels.nameMarker(tinyProgram('global'))).toBe('JSTによる');
    expect(labels.markedName(tinyProgram('global'))).toBe('グローバル型（JSTによる）');
    expect(labels.reportedNameSource(tinyProgram('global'))?.label).toBe('Global Typeの日本語名');
  });

  it('names budget nodes and tiles, and notes what is not itemized', () => {
    const labels = new Labels(tiny, words.en);
    const root = buildBudgetTree(tiny, 2010);
    const cluster = findBudgetNode(root, 'cluster')!;
    expect(labels.nodeName(root)).toBe('Sum of the listed programs');
    expect(labels.nodeName(cluster.children[2]!)).toBe('Not itemized in the source');
    expect(labels.tileName(cluster.children[0]!, cluster)).toBe(
      'Global Type, 60 million yen, 60.0% of Cluster Program',
    );
    expect(labels.unitemizedNote(cluster)).toBe(
      'The stated total (100 million yen) exceeds the sum of its itemized parts (90 million yen) by 10 million yen. The source does not say what the difference is for.',
    );
    expect(labels.unitemizedNote(root)).toBeNull();
  });
});
