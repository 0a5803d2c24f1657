// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import Caption from '../../../src/components/timeline/Caption.svelte';
import { dataset } from '../../fixtures/dataset';
import { renderPart } from '../render';

describe('Caption', () => {
  const milestone = (id: string) => dataset.milestones.find((m) => m.id === id)!;

  it('says which step, when, what happened, and quotes each source with its citation', () => {
    renderPart(Caption, {
      milestone: milestone('knowledge-cluster-phase-2'),
      number: 5,
      count: 10,
    });
    const article = screen.getByRole('article');
    expect(article).toHaveTextContent(/^Step 5 of 10 · FY2007/);
    expect(
      within(article).getByRole('heading', {
        level: 2,
        name: 'Knowledge Cluster Initiative, Phase II',
      }),
    ).toBeInTheDocument();
    expect(article).toHaveTextContent(
      'In FY2007 the second phase of the Knowledge Cluster Initiative began in 6 regions.',
    );
    const items = within(within(article).getByRole('list', { name: 'Source' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '平成19年度に「知的クラスター創成事業(第2期)」を開始した6地域について、中間評価を実施しましたので、お知らせします。 — MEXT press release, February 2010, mext.go.jp/b_menu/houdou/22/02/1290937.htm',
      'Recorded from MEXT web page on the Knowledge Cluster Initiative: Knowledge Cluster Initiative (from FY2002; Phase I FY2002–, Phase II FY2007–): 知的クラスター創成事業 (第Ⅰ期 / 第Ⅱ期) — MEXT, mext.go.jp/a_menu/kagaku/chiiki/cluster/about.htm',
    ]);
    // A quote stands in quotation marks, in its own language; a recorded note never does.
    expect(items[0]!.querySelector('q')).toHaveAttribute('lang', 'ja');
    expect(items[1]!.querySelector('q')).toBeNull();
    expect(within(items[0]!).getByRole('link')).toHaveAttribute(
      'href',
      'https://mext.go.jp/b_menu/houdou/22/02/1290937.htm',
    );
  });

  it('cites a web source with a link to it, and a dated step by its date', () => {
    const first = dataset.milestones[0]!;
    renderPart(Caption, { milestone: first, number: 1, count: 10 });
    const article = screen.getByRole('article');
    expect(within(article).getByRole('heading', { level: 2, name: first.title.en })).toBeVisible();
    expect(article).toHaveTextContent('Step 1 of 10 · 30 March 2001');
    expect(
      within(article).getByRole('link', { name: 'mext.go.jp/a_menu/kagaku/kihon/honbun.htm' }),
    ).toHaveAttribute('href', 'https://mext.go.jp/a_menu/kagaku/kihon/honbun.htm');
  });

  it('names a source once after all that is cited from it, and only a medium confidence', () => {
    renderPart(Caption, {
      milestone: milestone('fourth-basic-plan'),
      number: 10,
      count: 10,
    });
    const items = within(screen.getByRole('list', { name: 'Source' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelectorAll('q')).toHaveLength(2);
    expect(items[0]!.querySelectorAll('cite')).toHaveLength(1);
    expect(items[0]).toHaveTextContent(/Recorded from Cabinet Office web page/);
    expect(items[0]).not.toHaveTextContent('confidence');
    expect(items[1]).toHaveTextContent(/\(medium confidence\)$/);
  });

  it('announces the step once in a polite live region', () => {
    renderPart(Caption, {
      milestone: milestone('knowledge-cluster-feasibility-studies'),
      number: 2,
      count: 10,
    });
    const live = document.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent(
      'Step 2 of 10, June 2001: Knowledge Cluster feasibility studies in 30 regions. From June 2001, feasibility studies',
    );
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(1);
  });

  it('in Japanese, gives the Japanese title and caption, and the era year', () => {
    renderPart(
      Caption,
      { milestone: milestone('strategic-development-start'), number: 6, count: 10 },
      { search: '?lang=ja' },
    );
    const article = screen.getByRole('article');
    expect(article).toHaveTextContent(/^ステップ6／10 · 2008年度（平成20年度）/);
    const title = screen.getByRole('heading', { level: 2, name: '産学官連携戦略展開事業の開始' });
    expect(within(title).getByText('産学官連携戦略展開事業の開始')).toHaveAttribute('lang', 'ja');
    expect(article).toHaveTextContent(
      '2008年度、文部科学省は産学官連携戦略展開事業を開始しました。',
    );
    expect(screen.getByRole('list', { name: '出典' })).toBeInTheDocument();
  });

  it('in Japanese, shows a title with no verified Japanese form in English, marked as English', () => {
    const first = dataset.milestones[0]!;
    renderPart(Caption, { milestone: first, number: 1, count: 10 }, { search: '?lang=ja' });
    const title = screen.getByRole('heading', { level: 2, name: new RegExp(`^${first.title.en}`) });
    expect(within(title).getByText(first.title.en)).toHaveAttribute('lang', 'en');
    expect(within(title).getByText('未翻訳')).toBeInTheDocument();
    expect(title.closest('article')).toHaveTextContent('2001年3月30日');
  });
});
