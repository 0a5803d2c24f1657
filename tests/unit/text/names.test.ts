import { describe, expect, it } from 'vitest';
import {
  displayName,
  localText,
  markedName,
  nameMarker,
  reportedNameSource,
} from '../../../src/lib/text/names';
import { tiny, tinyProgram } from '../../fixtures/tinyDataset';
import { words } from '../../fixtures/words';

const cluster = tinyProgram('cluster');
const global = tinyProgram('global');
const local = tinyProgram('local');
const jst = tiny.sourceById.get('jst');

describe('displayName', () => {
  it('shows the English name in English, with the Japanese one as the other', () => {
    expect(displayName(cluster, 'en', tiny)).toEqual({
      text: 'Cluster Program',
      untranslated: false,
      other: 'クラスター事業',
      reportedBy: null,
    });
  });

  it('shows the cited Japanese name in Japanese, with the English one as the other', () => {
    expect(displayName(cluster, 'ja', tiny)).toEqual({
      text: 'クラスター事業',
      untranslated: false,
      other: 'Cluster Program',
      reportedBy: null,
    });
  });

  it('names the medium-confidence source of a Japanese name, in either language', () => {
    expect(displayName(global, 'ja', tiny).reportedBy).toBe(jst);
    expect(displayName(global, 'en', tiny).reportedBy).toBe(jst);
  });

  it('falls back to the English name, flagged, where no Japanese name is cited', () => {
    expect(displayName(local, 'ja', tiny)).toEqual({
      text: 'Local Type',
      untranslated: true,
      other: null,
      reportedBy: null,
    });
    expect(displayName(local, 'en', tiny).untranslated).toBe(false);
  });
});

describe('localText', () => {
  it('takes the Japanese form where there is one, else the English one, flagged in Japanese', () => {
    expect(localText({ en: 'Merged', ja: '統合' }, 'ja')).toEqual({
      text: '統合',
      untranslated: false,
    });
    expect(localText({ en: 'Began', ja: null }, 'ja')).toEqual({
      text: 'Began',
      untranslated: true,
    });
    expect(localText({ en: 'Merged', ja: '統合' }, 'en')).toEqual({
      text: 'Merged',
      untranslated: false,
    });
  });
});

describe('nameMarker and markedName', () => {
  it('marks an untranslated name in Japanese', () => {
    expect(nameMarker(local, words.ja, tiny)).toBe('未翻訳');
    expect(markedName(local, words.ja, tiny)).toBe('Local Type（未翻訳）');
  });

  it('marks a reported Japanese name with its publisher, in Japanese only', () => {
    expect(nameMarker(global, words.ja, tiny)).toBe('JSTによる');
    expect(markedName(global, words.ja, tiny)).toBe('グローバル型（JSTによる）');
    expect(nameMarker(global, words.en, tiny)).toBeNull();
    expect(markedName(global, words.en, tiny)).toBe('Global Type');
  });

  it('leaves a name from a primary document unmarked', () => {
    expect(nameMarker(cluster, words.ja, tiny)).toBeNull();
    expect(markedName(cluster, words.ja, tiny)).toBe('クラスター事業');
  });
});

describe('reportedNameSource', () => {
  it('lists a Japanese name from a medium-confidence source with its citation', () => {
    expect(reportedNameSource(global, words.en, tiny)).toEqual({
      label: 'Japanese name of Global Type',
      citation: { sourceId: 'jst', note: 'JST lists the Global Type.' },
    });
    expect(reportedNameSource(global, words.ja, tiny)?.label).toBe('Global Typeの日本語名');
  });

  it('lists nothing for a verified or absent Japanese name', () => {
    expect(reportedNameSource(cluster, words.en, tiny)).toBeNull();
    expect(reportedNameSource(local, words.en, tiny)).toBeNull();
  });
});
