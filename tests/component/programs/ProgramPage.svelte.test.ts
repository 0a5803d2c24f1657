// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/svelte';
import ProgramPage from '../../../src/components/programs/ProgramPage.svelte';
import Caption from '../../../src/components/timeline/Caption.svelte';
import { dataset } from '../../fixtures/dataset';
import {
  NOT_SHOWN,
  normalize,
  SEED_FILES,
  seedSentences,
  sharedAvailable,
} from '../../fixtures/seedCoverage';
import { renderPart } from '../render';

describe('program page', () => {
  it('gives a type its names, what it does (quoted), its budget and share, and where it sits', () => {
    renderPart(ProgramPage, { programId: 'global-type' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Global Type');
    const does = screen.getByRole('region', { name: 'What it does' });
    expect(within(does).getByText(/world-class knowledge clusters/).tagName).toBe('Q');
    expect(does).toHaveTextContent('Cluster Policy of Ministry of Education');
    const budget = screen.getByRole('region', { name: 'FY2010 budget' });
    expect(budget).toHaveTextContent('7,942 million yen');
    expect(budget).toHaveTextContent(
      '65.8% of Regional Innovation Cluster Program (12,065 million yen)',
    );
    expect(
      within(budget).getByRole('link', { name: 'Open Global Type in the FY2010 budget' }),
    ).toHaveAttribute('href', '#/budget/regional-innovation-cluster-program');
    const sits = screen.getByRole('region', { name: 'Where it sits' });
    expect(
      within(sits).getByRole('link', { name: 'Regional Innovation Cluster Program' }),
    ).toHaveAttribute('href', '#/program/regional-innovation-cluster-program');
    const years = screen.getByRole('region', { name: 'Years the sources give' });
    expect(years).toHaveTextContent('Known only from the FY2010 budget');
    expect(years).toHaveTextContent('No source covers it after FY2010.');
  });

  it('shows a program unified in FY2010 with its start, unification and timeline steps', () => {
    renderPart(ProgramPage, { programId: 'knowledge-cluster-initiative' });
    const years = screen.getByRole('region', { name: 'Years the sources give' });
    expect(years).toHaveTextContent('Start: FY2002');
    expect(years).toHaveTextContent(
      'Unified under Project for Developing Innovation Systems in FY2010',
    );
    expect(years).not.toHaveTextContent(/ended|until/);
    const timeline = screen.getByRole('region', { name: 'On the timeline' });
    expect(within(timeline).getAllByRole('link').length).toBeGreaterThanOrEqual(3);
    // A recorded note is never in quotation marks.
    const note = screen.getAllByText(/^Recorded from MEXT web page on the Knowledge Cluster/)[0]!;
    expect(note.closest('q')).toBeNull();
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(sources).toHaveTextContent(
      'Cluster Policy of Ministry of Education, Culture, Sports, Science and Technology (MEXT) (primary document; primary source)',
    );
    expect(sources).not.toHaveTextContent(/shared|seeds|\.txt/);
  });

  it('says what a start year reported elsewhere rests on', () => {
    renderPart(ProgramPage, { programId: 'innovation-center-fusion-advanced-technology' });
    const years = screen.getByRole('region', { name: 'Years the sources give' });
    expect(years).toHaveTextContent('Listed from FY2011; no source gives its start year');
    expect(years).toHaveTextContent('JST reports a start in 2006 (medium confidence)');
  });

  it('in Japanese: interface in Japanese, English quotes marked 未翻訳, never translated', () => {
    renderPart(ProgramPage, { programId: 'accelerative-support' }, { search: '?lang=ja' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Accelerative Support');
    const does = screen.getByRole('region', { name: '内容' });
    expect(does.querySelector('q')).toHaveAttribute('lang', 'en');
    expect(within(does).getByText('未翻訳')).toBeVisible();
    expect(screen.getByRole('region', { name: '名称' })).toHaveTextContent(
      '確認済みの日本語名がないため英語で表示',
    );
  });

  it('in Japanese: timeline steps in one Japanese form, an English step title marked 未翻訳', () => {
    renderPart(ProgramPage, { programId: 'knowledge-cluster-initiative' }, { search: '?lang=ja' });
    const timeline = screen.getByRole('region', { name: '年表' });
    const links = within(timeline).getAllByRole('link');
    expect(links[0]).toHaveTextContent(
      /^ステップ2・2001年6月：Knowledge Cluster feasibility studies in 30 regions未翻訳$/,
    );
    expect(links[1]).toHaveTextContent(
      /^ステップ3・2002年度（平成14年度）：知的クラスター創成事業/,
    );
    expect(links[1]).not.toHaveTextContent('未翻訳');
  });

  it('in Japanese: source lines in Japanese brackets, each document named once by title and publisher', () => {
    renderPart(ProgramPage, { programId: 'knowledge-cluster-initiative' }, { search: '?lang=ja' });
    const sources = screen.getByRole('region', { name: '出典' });
    expect(sources).toHaveTextContent(
      'Cluster Policy of Ministry of Education, Culture, Sports, Science and Technology (MEXT)（一次資料（文書）、一次資料）',
    );
    const does = screen.getByRole('region', { name: '内容' });
    expect(does).toHaveTextContent(/\(MEXT\)（一次資料）/);
    expect(does).toHaveTextContent(/の記録：Knowledge Cluster Initiative/);
    for (const region of [sources, does]) {
      expect(region).not.toHaveTextContent(/\((一次|確度|ウェブ)/);
      expect(region).not.toHaveTextContent('(MEXT), MEXT');
    }
  });

  it('answers an unknown id with a clear message and a way back', () => {
    renderPart(ProgramPage, { programId: 'no-such-program' });
    expect(screen.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    expect(screen.getByText('There is no program “no-such-program”.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'All programs and types' })).toHaveAttribute(
      'href',
      '#/programs',
    );
  });
});

/**
 * Every sentence of both seed documents reaches the reader: rendered on a program page or in a timeline
 * caption (or, for a document's title, wherever that document is cited). Complements the dataset test
 * (tests/unit/data/dataset-sources.test.ts), which checks that each sentence is in the dataset.
 */
function renderedText(): string {
  const texts: string[] = [];
  const show = <P extends Record<string, unknown>>(
    component: import('svelte').Component<P>,
    props: P,
  ) => {
    const { container } = renderPart(component, props);
    texts.push(normalize(container.textContent ?? ''));
    cleanup();
  };
  for (const program of dataset.programs) show(ProgramPage, { programId: program.id });
  dataset.milestones.forEach((milestone, index) =>
    show(Caption, { milestone, number: index + 1, count: dataset.milestones.length }),
  );
  return texts.join(' ¦ ');
}

describe.skipIf(!sharedAvailable)('every sentence of both seeds is rendered', () => {
  const rendered = renderedText();
  const sentences = Object.keys(SEED_FILES).flatMap((id) =>
    seedSentences(id).map((sentence) => [id, sentence] as const),
  );
  it.each(sentences)('%s: %s', (_id, sentence) => {
    const excused = NOT_SHOWN.some((entry) => entry.sentence === sentence);
    expect(excused || rendered.includes(sentence)).toBe(true);
  });
});
