import { describe, expect, it } from 'vitest';
import {
  programBudget,
  programSources,
  programSteps,
  programTree,
  unifiedUnder,
} from '../../../src/lib/text/programFacts';
import { tiny, tinyProgram } from '../../fixtures/tinyDataset';

describe('programBudget', () => {
  it("gives a type's FY2010 figure as a share of its program", () => {
    const budget = programBudget(tiny, 'global')!;
    expect([budget.node.id, budget.node.amountMillionYen]).toEqual(['global', 60]);
    expect([budget.parent.id, budget.share]).toEqual(['cluster', 0.6]);
  });

  it("gives a program's figure as a share of the listed programs' sum", () => {
    const budget = programBudget(tiny, 'cluster')!;
    expect([budget.parent.id, budget.parent.amountMillionYen, budget.share]).toEqual([
      'root',
      100,
      1,
    ]);
  });

  it('is null for a program without an FY2010 figure', () => {
    expect(programBudget(tiny, 'old')).toBeNull();
    expect(programBudget(tiny, 'missing')).toBeNull();
  });
});

describe('unifiedUnder and programSteps', () => {
  it('lists the programs unified under a program', () => {
    expect(unifiedUnder(tiny, 'cluster').map((p) => p.id)).toEqual(['old']);
    expect(unifiedUnder(tiny, 'old')).toEqual([]);
  });

  it('lists the timeline steps that name a program, numbered in date order', () => {
    expect(programSteps(tiny, 'cluster').map((s) => [s.number, s.milestone.id])).toEqual([
      [1, 'began'],
      [2, 'merged'],
    ]);
    expect(programSteps(tiny, 'old').map((s) => s.number)).toEqual([2]);
    expect(programSteps(tiny, 'global')).toEqual([]);
  });
});

describe('programSources', () => {
  it('lists each source behind the page once, in page order: name, statements, start, budget', () => {
    expect(programSources(tiny, tinyProgram('cluster')).map((s) => s.id)).toEqual([
      'paper',
      'jst',
      'office',
    ]);
    expect(programSources(tiny, tinyProgram('old')).map((s) => s.id)).toEqual(['office']);
    expect(programSources(tiny, tinyProgram('local')).map((s) => s.id)).toEqual(['jst']);
  });
});

describe('programTree', () => {
  it('puts roots first in dataset order, each followed by what sits under it', () => {
    expect(programTree(tiny).map(({ program, depth }) => `${depth} ${program.id}`)).toEqual([
      '0 cluster',
      '1 global',
      '1 local',
      '0 old',
    ]);
  });
});
