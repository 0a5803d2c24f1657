import { describe, expect, it } from 'vitest';
import {
  loadCatalogue,
  translate,
  withPart,
  wordsOf,
  type MessageKey,
} from '../../../src/lib/i18n';
import { words } from '../../fixtures/words';
import { en as enCatalogue } from '../../../src/lib/i18n/en';
import { ja as jaCatalogue } from '../../../src/lib/i18n/ja';
import { timelineMessages } from '../../../src/lib/i18n/timelineMessages';
import { shareMessages } from '../../../src/lib/i18n/shareMessages';
import { laterMessages } from '../../../src/lib/i18n/laterMessages';

// Every string: each language's catalogue, the timeline's (which come with the timeline) and the sharing
// tools' (which come with the embed dialog, presentation mode and the exporter).
const en = {
  ...enCatalogue,
  ...laterMessages.en,
  ...timelineMessages.en,
  ...shareMessages.en,
};
const ja = {
  ...jaCatalogue,
  ...laterMessages.ja,
  ...timelineMessages.ja,
  ...shareMessages.ja,
};
const catalogues = { en, ja } as { readonly [L in 'en' | 'ja']: Record<MessageKey, string> };

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

  it('translates purely from the messages given, filling placeholders', () => {
    expect(translate(enCatalogue, 'notFound.body', { path: '/x' })).toBe(
      'There is no view at “/x”.',
    );
    expect(translate(jaCatalogue, 'notFound.body', { path: '/x' })).toBe(
      '「/x」という表示はありません。',
    );
    expect(translate({}, 'nav.timeline')).toBe('nav.timeline');
  });

  it('loads each language on demand', async () => {
    expect(await loadCatalogue('ja')).toBe(jaCatalogue);
    expect(await loadCatalogue('en')).toBe(enCatalogue);
  });

  it('gives a language its words, with the parts that come with the modules using them', () => {
    const ja = wordsOf('ja', jaCatalogue);
    expect(ja.locale).toBe('ja');
    expect(ja.t('nav.timeline')).toBe('年表');
    expect(ja.t('timeline.play')).toBe('timeline.play');
    expect(withPart(ja, timelineMessages).t('timeline.play')).toBe(
      timelineMessages.ja['timeline.play'],
    );
    expect(withPart(ja, timelineMessages).t('nav.timeline')).toBe('年表');
    expect(wordsOf('en', enCatalogue, timelineMessages).t('timeline.play')).toBe('Play');
    expect(wordsOf('en', undefined).t('nav.timeline')).toBe('nav.timeline');
  });
});

describe('markedName', () => {
  it('adds the untranslated marker only where the Japanese view falls back to English', async () => {
    const { markedName } = await import('../../../src/lib/text/names');
    const { dataset } = await import('../../fixtures/dataset');
    const program = (id: string) => dataset.programById.get(id)!;
    expect(markedName(program('accelerative-support'), words.ja, dataset)).toBe(
      'Accelerative Support（未翻訳）',
    );
    expect(markedName(program('global-type'), words.ja, dataset)).toBe('グローバル型');
    expect(markedName(program('accelerative-support'), words.en, dataset)).toBe(
      'Accelerative Support',
    );
  });
});

describe('names from a medium-confidence source', () => {
  it('carry who reported them in Japanese, and are cited with their caveat', async () => {
    const { markedName, nameMarker, reportedNameSource } =
      await import('../../../src/lib/text/names');
    const { dataset } = await import('../../fixtures/dataset');
    const pssm = dataset.programById.get('self-sustaining-management-program')!;
    const fusion = dataset.programById.get('innovation-center-fusion-advanced-technology')!;
    // The NAIST page (high confidence) gives this name in full, so no marker.
    expect(markedName(pssm, words.ja, dataset)).toBe('大学等産学官連携自立化促進プログラム');
    expect(nameMarker(pssm, words.en, dataset)).toBeNull();
    expect(reportedNameSource(pssm, words.en, dataset)).toBeNull();
    expect(markedName(fusion, words.ja, dataset)).toBe(
      '先端融合領域イノベーション創出拠点形成プログラム（JSTによる）',
    );
    expect(reportedNameSource(fusion, words.ja, dataset)?.label).toBe(
      'Program for Realization of Innovation Center for Fusion of Advanced Technologyの日本語名',
    );
    expect(reportedNameSource(fusion, words.ja, dataset)?.citation).toHaveProperty(
      'note',
      expect.stringMatching(/likely, not certain/),
    );
    expect(
      reportedNameSource(dataset.programById.get('global-type')!, words.ja, dataset),
    ).toBeNull();
  });
});
