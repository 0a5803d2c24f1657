import { Labels } from '../../../src/lib/text/labels';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../fixtures/dataset';
import { words } from '../../fixtures/words';
import { layoutTimeline } from '../../../src/lib/layout/timeline';
import {
  captionLength,
  laneCitation,
  laneYears,
  milestoneWhen,
  WORDY_CAPTION,
} from '../../../src/lib/text/timelineLabels';

const layout = layoutTimeline(dataset, { width: 1280, fontSize: 14 });
const lane = (id: string) => layout.lanes.find((l) => l.id === id)!;

describe('timeline words', () => {
  it('says when a milestone happened, by date or fiscal year', () => {
    const [second] = dataset.milestones;
    expect(milestoneWhen(second!, 'en')).toBe('30 March 2001');
    expect(milestoneWhen(second!, 'ja')).toBe('2001年3月30日');
    const unification = dataset.milestones.find((m) => m.id === 'unification')!;
    expect(milestoneWhen(unification, 'en', true)).toBe('FY2010');
    expect(milestoneWhen(unification, 'ja')).toBe('2010年度（平成22年度）');
  });

  it('ends a band after the last year a source covers, or at its unification', () => {
    expect(lane('regional-innovation-cluster-program').to).toBe(2011);
    expect(lane('global-type').to).toBe(2011);
    expect(lane('knowledge-cluster-initiative').to).toBe(2010);
    expect(lane('regional-innovation-strategy-support-program').to).toBe(layout.domain[1]);
    expect(layout.domain[1]).toBe(2012);
  });

  it('gives each lane its sourced years, and "listed from" where no start is given', () => {
    expect(laneYears(lane('knowledge-cluster-initiative'), new Labels(dataset, words.en))).toBe(
      'from FY2002; unified under Project for Developing Innovation Systems in FY2010',
    );
    expect(
      laneYears(
        lane('regional-innovation-strategy-support-program'),
        new Labels(dataset, words.en),
      ),
    ).toBe('from FY2011');
    expect(laneYears(lane('seeds-and-needs-support-program'), new Labels(dataset, words.en))).toBe(
      'listed from FY2011 (the source gives no start year)',
    );
    expect(laneYears(lane('global-type'), new Labels(dataset, words.ja))).toBe(
      '2010年度予算のみに掲載（開始年度と以後の年度を示す出典なし）',
    );
    expect(laneCitation(lane('global-type'), dataset)).toHaveProperty(
      'quote',
      '【Global Type】 7,942 million yen',
    );
    expect(
      laneYears(
        lane('innovation-center-fusion-advanced-technology'),
        new Labels(dataset, words.en),
      ),
    ).toBe(
      'listed from FY2011 (the source gives no start year); JST reports a start in 2006 (medium confidence)',
    );
  });

  it('counts what a caption shows, and finds the two wordy steps that need a wider column on a slide', () => {
    const second = dataset.milestones[0]!;
    expect(captionLength(second)).toBe(
      second.caption.en.length +
        second.citations.reduce((sum, c) => sum + ('quote' in c ? c.quote : c.note).length, 0),
    );
    expect(
      dataset.milestones.filter((m) => captionLength(m) > WORDY_CAPTION).map((m) => m.id),
    ).toEqual(['cluster-programs-start', 'regional-innovation-strategy-support-start']);
  });
});
