/**
 * The dataset against its sources: every figure of the seed documents is in it exactly as written, every
 * quote is verbatim (seed quotes in the seed files, web quotes and notes in shared/data/sourced-facts.md),
 * and every sentence of both seeds is in the dataset, in a field the app renders (seedCoverage.ts lists
 * the sentences; tests/component/programs/ProgramPage.svelte.test.ts checks that each is on screen somewhere).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../fixtures/dataset';
import type { Citation } from '../../../src/lib/data/types';
import {
  allCitations,
  coveredTexts,
  facts,
  NOT_SHOWN,
  normalize,
  SEED_FILES,
  seedDir,
  seedSentences,
  seedText,
  sharedAvailable,
} from '../../fixtures/seedCoverage';

const textOf = (c: Citation) => ('quote' in c ? c.quote : c.note);

describe.skipIf(!sharedAvailable)('dataset figures equal the seed documents', () => {
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
    const figures = Object.keys(SEED_FILES).flatMap((id) =>
      [...seedText(id).matchAll(/([\d,]+) million yen/g)].map((m) => m[1]),
    );
    expect(figures.length).toBe(7);
    for (const figure of figures) {
      expect(
        dataset.budgetLines.some((l) => textOf(l.citation).includes(`${figure} million yen`)),
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

describe.skipIf(!sharedAvailable)('every quote is verbatim, every note recorded', () => {
  it.each(allCitations(dataset).map((c) => [c.sourceId, textOf(c), 'quote' in c] as const))(
    '%s: %s',
    (sourceId, text, verbatim) => {
      const source = dataset.sourceById.get(sourceId);
      expect(source).toBeDefined();
      if (source?.kind === 'seed') {
        expect(verbatim).toBe(true);
        expect(seedText(source.id)).toContain(normalize(text));
      } else if (verbatim) {
        expect(facts()).toContain(normalize(text));
      } else {
        // A note joins a table row's cells with ": "; each cell is in sourced-facts.md.
        for (const part of text.split(': ')) expect(facts()).toContain(normalize(part));
      }
    },
  );

  it('cites both seed documents by id, and both exist', () => {
    const seeds = dataset.sources.filter((s) => s.kind === 'seed');
    expect(seeds.map((s) => s.id).sort()).toEqual(Object.keys(SEED_FILES).sort());
    expect(Object.values(SEED_FILES).sort()).toEqual(
      readdirSync(seedDir)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
  });

  it('has a Japanese name only where sourced-facts.md lists it', () => {
    for (const p of dataset.programs) {
      if (p.name.ja !== null) expect(facts()).toContain(p.name.ja);
    }
  });
});

describe.skipIf(!sharedAvailable)('every sentence of both seeds is in the dataset', () => {
  const covered = coveredTexts(dataset);
  const sentences = Object.keys(SEED_FILES).flatMap((id) =>
    seedSentences(id).map((sentence) => [id, sentence] as const),
  );

  it('finds the sentences of both seeds', () => {
    expect(sentences.length).toBe(35);
  });

  it.each(sentences)('%s: %s', (_id, sentence) => {
    const where = covered.some((text) => text.includes(sentence));
    const excused = NOT_SHOWN.some((entry) => entry.sentence === sentence);
    expect(where || excused).toBe(true);
  });

  it('shows every sentence: the "not shown, because …" list is empty', () => {
    expect(NOT_SHOWN).toEqual([]);
  });
});

describe('the dataset names no repository path', () => {
  it('has no file path of this repository or of ../shared', () => {
    const json = JSON.stringify(dataset.sources) + JSON.stringify(dataset.programs);
    expect(json).not.toMatch(/shared\/|seeds\/|\.txt|sourced-facts\.md/);
  });
});
