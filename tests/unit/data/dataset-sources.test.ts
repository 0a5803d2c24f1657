/**
 * The dataset against its sources: every figure of the seed documents is in it exactly as written, and
 * every quote is verbatim (seed quotes in the seed files, other quotes in shared/data/sourced-facts.md).
 * The sources live beside the clone, in ../shared (seeds/ and data/sourced-facts.md); a clone without
 * them skips these tests with one line saying so, and runs every other test.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../fixtures/dataset';
import type { Citation } from '../../../src/lib/data/types';

const shared = resolve(import.meta.dirname, '../../../../shared');
const haveSources =
  existsSync(join(shared, 'seeds')) && existsSync(join(shared, 'data/sourced-facts.md'));
if (!haveSources) {
  console.warn(
    `Skipping the comparison with the sources: ${shared} (seeds/, data/sourced-facts.md) is missing.`,
  );
}
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
const seedText = (location: string) =>
  normalize(readFileSync(join(shared, location.replace(/^shared\//, '')), 'utf8'));
const facts = haveSources
  ? normalize(readFileSync(join(shared, 'data/sourced-facts.md'), 'utf8'))
  : '';

function allCitations(): Citation[] {
  const out: Citation[] = [];
  for (const p of dataset.programs) {
    for (const c of [
      p.name.jaCitation,
      p.start?.citation,
      p.listedFrom?.citation,
      p.unified?.citation,
      p.description?.citation,
    ]) {
      if (c) out.push(c);
    }
  }
  dataset.budgetLines.forEach((l) => out.push(l.citation));
  dataset.milestones.forEach((m) => out.push(...m.citations));
  return out;
}

describe.skipIf(!haveSources)('dataset figures equal the seed documents', () => {
  const amount = (programId: string) =>
    dataset.budgetLines.find((l) => l.programId === programId && l.fiscalYear === 2010)
      ?.amountMillionYen;

  it.each([
    ['regional-innovation-cluster-program', 12065],
    ['global-type', 7942],
    ['city-area-type', 3000],
    ['accelerative-support', 1000],
    ['self-sustaining-management-program', 2649],
    ['function-support-type', 2041],
    ['coordinator-support-type', 593],
  ])('FY2010 %s is %i million yen', (programId, expected) => {
    expect(amount(programId)).toBe(expected);
  });

  it('has exactly the seven FY2010 figures of the seed, and no others', () => {
    expect(dataset.budgetLines).toHaveLength(7);
  });

  it('every "N million yen" figure in the seeds appears in a budget line quote', () => {
    const seeds = dataset.sources.filter((s) => s.kind === 'seed');
    const figures = seeds.flatMap((s) =>
      [...seedText(s.location).matchAll(/([\d,]+) million yen/g)].map((m) => m[1]),
    );
    expect(figures.length).toBe(7);
    for (const figure of figures) {
      expect(
        dataset.budgetLines.some((l) => l.citation.quote.includes(`${figure} million yen`)),
      ).toBe(true);
    }
  });

  it('dates the Basic Plans as the sourced facts do', () => {
    const date = (id: string) => dataset.milestones.find((m) => m.id === id)?.date;
    expect(date('second-basic-plan')).toBe('2001-03-30');
    expect(date('third-basic-plan')).toBe('2006-03-28');
    expect(date('fourth-basic-plan')).toBe('2011-08-19');
  });
});

describe.skipIf(!haveSources)('every quote is verbatim', () => {
  it.each(allCitations().map((c) => [c.sourceId, c.quote] as const))(
    '%s: %s',
    (sourceId, quote) => {
      const source = dataset.sourceById.get(sourceId);
      expect(source).toBeDefined();
      if (source?.kind === 'seed') {
        expect(seedText(source.location)).toContain(normalize(quote));
      } else {
        // Web facts were read elsewhere and recorded in sourced-facts.md; a quote may join a table's cells with ": ".
        for (const part of quote.split(': ')) expect(facts).toContain(normalize(part));
      }
    },
  );

  it('cites both seed documents, which exist', () => {
    const seeds = dataset.sources.filter((s) => s.kind === 'seed');
    expect(seeds.map((s) => s.location.split('/').pop()).sort()).toEqual(
      readdirSync(join(shared, 'seeds'))
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
  });

  it('has a Japanese name only where sourced-facts.md lists it', () => {
    for (const p of dataset.programs) {
      if (p.name.ja !== null) expect(facts).toContain(p.name.ja);
    }
  });
});
