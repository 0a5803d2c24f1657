import { describe, expect, it, vi } from 'vitest';
import { translate, type MessageKey } from '../../../src/lib/i18n';
import { en as enCatalogue } from '../../../src/lib/i18n/en';
import { ja as jaCatalogue } from '../../../src/lib/i18n/ja';
import { timelineMessages } from '../../../src/lib/i18n/timelineMessages';
import { shareMessages } from '../../../src/lib/i18n/shareMessages';

// Every string: each language's catalogue, the timeline's (which come with the timeline) and the sharing
// tools' (which come with the embed dialog, presentation mode and the exporter).
const en: Record<MessageKey, string> = {
  ...enCatalogue,
  ...timelineMessages.en,
  ...shareMessages.en,
};
const ja: Record<MessageKey, string> = {
  ...jaCatalogue,
  ...timelineMessages.ja,
  ...shareMessages.ja,
};
const catalogues = { en, ja };

describe('message catalogues', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty message and keep the same placeholders', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      expect(catalogues.en[key].trim()).not.toBe('');
      expect(catalogues.ja[key].trim()).not.toBe('');
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(catalogues.ja[key]), key).toEqual(names(catalogues.en[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'notFound.body', { path: '/x' })).toBe('There is no view at “/x”.');
    expect(translate('ja', 'notFound.body', { path: '/x' })).toBe('「/x」という表示はありません。');
  });

  it('loads each language on demand, falling back to a loaded one (never a raw key) until then', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/lib/i18n');
    expect(fresh.isCatalogueLoaded('en')).toBe(false);
    expect(fresh.isCatalogueLoaded('ja')).toBe(false);
    await fresh.loadCatalogue('ja');
    expect(fresh.isCatalogueLoaded('en')).toBe(false);
    expect(fresh.translate('ja', 'nav.timeline')).toBe('年表');
    // A Japanese reader who exports: English arrives with the exporter; until then, Japanese.
    expect(fresh.translate('en', 'nav.timeline')).toBe('年表');
    await fresh.loadCatalogue('en');
    expect(fresh.isCatalogueLoaded('en')).toBe(true);
    expect(fresh.translate('en', 'nav.timeline')).toBe('Timeline');
  });

  it('adds the timeline strings, in both languages, when the timeline loads', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/lib/i18n');
    await fresh.loadCatalogue('ja');
    expect(fresh.translate('ja', 'timeline.play')).toBe('timeline.play');
    await import('../../../src/lib/i18n/timelineMessages');
    expect(fresh.translate('ja', 'timeline.play')).toBe(timelineMessages.ja['timeline.play']);
    await fresh.loadCatalogue('en');
    expect(fresh.translate('en', 'timeline.play')).toBe('Play');
  });
});

describe('markedName', () => {
  it('adds the untranslated marker only where the Japanese view falls back to English', async () => {
    await (await import('../../../src/lib/i18n')).loadCatalogue('ja');
    const { markedName } = await import('../../../src/lib/text/names');
    const { dataset } = await import('../../fixtures/dataset');
    const program = (id: string) => dataset.programById.get(id)!;
    expect(markedName(program('accelerative-support'), 'ja', dataset)).toBe(
      'Accelerative Support（未翻訳）',
    );
    expect(markedName(program('global-type'), 'ja', dataset)).toBe('グローバル型');
    expect(markedName(program('accelerative-support'), 'en', dataset)).toBe('Accelerative Support');
  });
});

describe('names from a medium-confidence source', () => {
  it('carry who reported them in Japanese, and are cited with their caveat', async () => {
    await (await import('../../../src/lib/i18n')).loadCatalogue('ja');
    const { markedName, nameMarker, reportedNameSource } =
      await import('../../../src/lib/text/names');
    const { dataset } = await import('../../fixtures/dataset');
    const pssm = dataset.programById.get('self-sustaining-management-program')!;
    const fusion = dataset.programById.get('innovation-center-fusion-advanced-technology')!;
    // The NAIST page (high confidence) gives this name in full, so no marker.
    expect(markedName(pssm, 'ja', dataset)).toBe('大学等産学官連携自立化促進プログラム');
    expect(nameMarker(pssm, 'en', dataset)).toBeNull();
    expect(reportedNameSource(pssm, 'en', dataset)).toBeNull();
    expect(markedName(fusion, 'ja', dataset)).toBe(
      '先端融合領域イノベーション創出拠点形成プログラム（JSTによる）',
    );
    expect(reportedNameSource(fusion, 'ja', dataset)?.label).toBe(
      'Program for Realization of Innovation Center for Fusion of Advanced Technologyの日本語名',
    );
    expect(reportedNameSource(fusion, 'ja', dataset)?.citation).toHaveProperty(
      'note',
      expect.stringMatching(/likely, not certain/),
    );
    expect(reportedNameSource(dataset.programById.get('global-type')!, 'ja', dataset)).toBeNull();
  });
});
