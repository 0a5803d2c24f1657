/**
 * A program's name in a locale. Japanese names are shown only where the dataset cites one; otherwise the
 * English name is shown, flagged as untranslated. A Japanese name from a medium-confidence source is
 * flagged with that source ("reported by …").
 */
import type { Citation, Dataset, Locale, Program, Source } from '../data/types';
import type { Words } from '../i18n';

export interface DisplayName {
  /** The name to show in this locale. */
  readonly text: string;
  /** True when the Japanese view falls back to the English name. */
  readonly untranslated: boolean;
  /** The name in the other language, when there is one (for "both names" in tooltips and tables). */
  readonly other: string | null;
  /** Set when the Japanese name rests on a medium-confidence source. */
  readonly reportedBy: Source | null;
}

export function displayName(program: Program, locale: Locale, dataset: Dataset): DisplayName {
  const { en, ja, jaCitation } = program.name;
  const jaSource = jaCitation ? (dataset.sourceById.get(jaCitation.sourceId) ?? null) : null;
  const reportedBy = jaSource?.confidence === 'med' ? jaSource : null;
  if (locale === 'ja') {
    return ja === null
      ? { text: en, untranslated: true, other: null, reportedBy: null }
      : { text: ja, untranslated: false, other: en, reportedBy };
  }
  return { text: en, untranslated: false, other: ja, reportedBy };
}

/** A milestone title or other bilingual text with a possibly missing Japanese form. */
export function localText(
  text: { readonly en: string; readonly ja: string | null },
  locale: Locale,
): { readonly text: string; readonly untranslated: boolean } {
  if (locale === 'ja' && text.ja !== null) return { text: text.ja, untranslated: false };
  return { text: text.en, untranslated: locale === 'ja' };
}

/**
 * The short marker a name carries in the current language, or null: "未翻訳" where the Japanese view falls
 * back to English, "JSTによる" where the Japanese name rests on a medium-confidence source.
 */
export function nameMarker(program: Program, words: Words, dataset: Dataset): string | null {
  const name = displayName(program, words.locale, dataset);
  if (name.untranslated) return words.t('name.untranslated');
  if (words.locale === 'ja' && name.reportedBy) {
    return words.t('name.reported', { source: name.reportedBy.publisher });
  }
  return null;
}

/**
 * The name as one string for accessible names and lists: "Accelerative Support（未翻訳）", so that the
 * marker is heard as well as seen.
 */
export function markedName(program: Program, words: Words, dataset: Dataset): string {
  const text = displayName(program, words.locale, dataset).text;
  const marker = nameMarker(program, words, dataset);
  return marker ? `${text}（${marker}）` : text;
}

/**
 * Sources-list entry for a Japanese name from a medium-confidence source (with its caveat, quoted), so that
 * such a name is cited where figures are cited; null for verified or absent names.
 */
export function reportedNameSource(
  program: Program,
  words: Words,
  dataset: Dataset,
): { label: string; citation: Citation } | null {
  const citation = program.name.jaCitation;
  if (!citation || dataset.sourceById.get(citation.sourceId)?.confidence !== 'med') return null;
  return { label: words.t('sources.jaName', { name: program.name.en }), citation };
}
