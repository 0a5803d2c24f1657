/**
 * data/history.json against shared/data/sourced-facts.md ("Verbatim excerpts and further figures"):
 * every figure, count and region name is in the row it comes from, with that row's years, amount,
 * confidence and the page's own words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { history } from '../../../fixtures/history';
import { factsFile, sharedAvailable } from '../../../fixtures/sharedDir';

// Without ../shared (or SHARED_DIR) these tests are skipped (sharedDir.ts says so once).
const factsText = sharedAvailable ? readFileSync(factsFile, 'utf8') : '';
const part2 = factsText.slice(factsText.indexOf('# Verbatim excerpts and further figures'));

/** The rows of the markdown table under a "## " heading of part 2, as arrays of cells. */
function table(heading: string): string[][] {
  if (!sharedAvailable) return [];
  const start = part2.indexOf(`## ${heading}`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const rest = part2.slice(start + heading.length + 3);
  const end = rest.search(/\n## /);
  return (end < 0 ? rest : rest.slice(0, end))
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('|---'))
    .slice(1)
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}

const budgetRows = table('Budgets by fiscal year');
const numberPart = (amount: string) => amount.replace(/ (billion|million) yen$|百万円$/, '');

describe.skipIf(!sharedAvailable)('budget figures match their rows in sourced-facts.md', () => {
  it.each(history.budgets.filter((f) => f.verbatim !== null).map((f) => [f.id, f] as const))(
    '%s',
    (_id, figure) => {
      const row = budgetRows.find((cells) => cells[5]!.includes(figure.verbatim!));
      expect(row, `no row quotes ${figure.verbatim}`).toBeDefined();
      const [, years, amount, , address, , confidence] = row!;
      expect(years).toContain(`FY${figure.fiscalYear}`);
      if (figure.throughFiscalYear !== null)
        expect(years).toContain(`FY${figure.throughFiscalYear}`);
      // One row's words hold two figures (32億円 and 10億円); its Amount cell gives only the first.
      expect(`${amount} ${figure.verbatim}`).toContain(numberPart(figure.sourceAmount));
      expect(confidence!.toLowerCase()).toBe(figure.confidence);
      const source = history.sourceById.get(figure.sourceId)!;
      const page = source.location.replace(/ \(.*\)$/, '');
      if (!page.startsWith('github.com')) expect(address).toContain(page);
      else expect(address).toContain(source.location.match(/\((.*)\)/)![1]);
    },
  );

  it('uses every row of the budgets table', () => {
    for (const row of budgetRows) {
      const used = history.budgets.some((f) => f.verbatim !== null && row[5]!.includes(f.verbatim));
      expect(used, row.join(' | ')).toBe(true);
    }
  });

  it("the two figures without the page's words (Strategic Development, 077) are Med, as the corrections say", () => {
    const unquoted = history.budgets.filter((f) => f.verbatim === null);
    expect(unquoted.map((f) => [f.fiscalYear, f.amountMillionYen, f.confidence])).toEqual([
      [2008, 2819, 'med'],
      [2009, 4940, 'med'],
    ]);
    const correction = table('Corrections to the notes above').find((r) =>
      r[0]!.startsWith('Strategic Development budgets 2,819 / 4,940'),
    );
    expect(correction?.[4]).toBe('Med');
    expect(factsText).toContain(
      '| FY2008; FY2009 request | 2,819 million yen; 4,940 million yen (request)',
    );
  });

  it("amounts in million yen are exactly the rows' amounts", () => {
    expect(
      history.budgets.map(
        (f) => `${f.programId} FY${f.fiscalYear} ${f.amountMillionYen} ${f.kind}`,
      ),
    ).toEqual([
      'knowledge-cluster-initiative FY2003 6900 budget',
      'knowledge-cluster-initiative FY2004 9000 government-budget',
      'knowledge-cluster-initiative FY2005 10000 budget',
      'knowledge-cluster-initiative FY2006 10000 government-budget',
      'knowledge-cluster-initiative FY2008 1600 budget',
      'knowledge-cluster-initiative FY2009 3200 request',
      'city-area-program FY2006 4000 budget',
      'city-area-program FY2007 4500 government-budget',
      'city-area-program FY2008 4600 budget',
      'city-area-program FY2009 5500 request',
      'city-area-program FY2005 8400 budget',
      'strategic-development-iag-collaboration FY2008 2819 budget',
      'strategic-development-iag-collaboration FY2009 4940 request',
      'strategic-development-iag-collaboration FY2009 1000 request',
      'strategic-development-iag-collaboration FY2009 1000 request',
      'regional-innovation-cluster-program FY2010 12065 government-draft',
      'self-sustaining-management-program FY2010 2649 budget',
      'self-sustaining-management-program FY2010 2800 request',
      'regional-innovation-strategy-support-program FY2012 7842 budget',
      'regional-innovation-strategy-support-program FY2013 5421 budget',
      'innovation-center-fusion-advanced-technology FY2012 7390 budget',
      'innovation-center-fusion-advanced-technology FY2013 6637 budget',
    ]);
  });

  it('no figure for FY2002, FY2007 (enacted), FY2009 (enacted) or FY2011, as the facts say', () => {
    const enacted = history.budgets.filter(
      (f) => f.kind === 'budget' && f.throughFiscalYear === null,
    );
    for (const year of [2002, 2007, 2009, 2011]) {
      expect(enacted.filter((f) => f.fiscalYear === year)).toEqual([]);
    }
    expect(history.budgets.filter((f) => f.fiscalYear === 2002 || f.fiscalYear === 2011)).toEqual(
      [],
    );
  });
});

describe.skipIf(!sharedAvailable)('regions match sourced-facts.md', () => {
  const regionRows = table('Regions');

  it("City Area selections per year are the row's numbers, in the page's words", () => {
    const { selections, total } = history.cityArea;
    const row = regionRows.find((r) => r[0] === 'City Area regions per year FY2002–FY2007')!;
    expect(row[2]).toContain(selections.verbatim.split(' … ')[0]!);
    expect(row[2]).toContain(selections.verbatim.split(' … ')[1]!);
    const era = (fy: number) => fy - 1988;
    for (const { fiscalYear, count } of selections.years) {
      expect(row[2]).toContain(`平成${era(fiscalYear)}年度は${count}地域を選定`);
    }
    expect(selections.years.map((y) => y.count)).toEqual([19, 9, 9, 13, 9, 10]);
    expect(factsText).toContain(total.verbatim);
    expect(total.verbatim).toContain(total.wording.ja);
    expect(total.count).toBe(69);
  });

  it("Knowledge Cluster counts are the rows' numbers", () => {
    const kc = history.knowledgeCluster;
    expect(regionRows.find((r) => r[0] === 'Phase I: 18 regions')?.[2]).toContain(
      kc.phase1.verbatim,
    );
    const fy2002 = regionRows.find((r) => r[0]!.startsWith('FY2002: 12 regions'))!;
    expect(fy2002[2]).toContain(kc.fy2002.verbatim);
    expect(fy2002[3]).toBe('Med');
    expect(kc.fy2002.confidence).toBe('med');
    expect([kc.fy2002.regions, kc.fy2002.clusters, kc.fy2002.trialRegions]).toEqual([12, 10, 6]);
    expect(factsText).toContain(kc.phase2Start.verbatim);
  });

  it("13 Phase II regions (6, 3, 4) and 7 FY2010 regions, each in the page's words", () => {
    const phase2 = history.regions.filter((r) => r.scheme === 'knowledge-cluster-phase-2');
    const count = (fy: number) => phase2.filter((r) => r.fromFiscalYear === fy).length;
    expect([phase2.length, count(2007), count(2008), count(2009)]).toEqual([13, 6, 3, 4]);
    const fy2010 = history.regions.filter((r) => r.scheme === 'ricp-fy2010-priority');
    expect(fy2010).toHaveLength(history.fy2010Selection.selected);
    for (const region of history.regions) {
      expect(factsText, region.id).toContain(region.verbatim);
      expect(region.verbatim, region.id).toContain(region.name);
      for (const p of region.prefectures) expect(region.placesNamed).toContain(p.name);
    }
  });

  it('the seventh FY2010 name stays cut, as the stored page cuts it', () => {
    const cut = history.regions.filter((r) => r.nameCut);
    expect(cut.map((r) => [r.name, r.verbatim])).toEqual([['米子・境', '○鳥取県(米子・境']]);
    expect(factsText).toContain('"○鳥取県(米子・境"');
  });

  it('FY2009 regions: High for the region, Med for the start year', () => {
    for (const region of history.regions.filter((r) => r.fromFiscalYear === 2009)) {
      expect([region.confidence, region.startConfidence]).toEqual(['high', 'med']);
      const row = factsText.split('\n').find((line) => line.includes(region.verbatim))!;
      expect(row).toMatch(/\| High[^|;]*; Med[^|]*\|$/);
    }
  });
});
