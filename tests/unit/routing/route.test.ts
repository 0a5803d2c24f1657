import { describe, expect, it } from 'vitest';
import {
  budgetHref,
  parseRoute,
  presentHref,
  programHref,
  programsHref,
  resolvePosition,
  resolveStep,
  timelineHref,
} from '../../../src/lib/routing/route';

describe('parseRoute', () => {
  it.each([
    ['', { view: 'budget', programId: null }],
    ['#', { view: 'budget', programId: null }],
    ['#/', { view: 'budget', programId: null }],
    ['#/budget', { view: 'budget', programId: null }],
    ['#/budget/', { view: 'budget', programId: null }],
    ['#/budget/global-type', { view: 'budget', programId: 'global-type' }],
    ['#/timeline', { view: 'timeline', step: null }],
    ['#/timeline/7', { view: 'timeline', step: '7' }],
    ['#/budget/a?present', { view: 'budget', programId: 'a' }],
    ['#/programs', { view: 'programs' }],
    ['#/programs/x', { view: 'not-found', path: '/programs/x' }],
    ['#/program/global-type', { view: 'program', programId: 'global-type' }],
    ['#/program', { view: 'not-found', path: '/program' }],
    ['#/nowhere', { view: 'not-found', path: '/nowhere' }],
    ['#/budget/a/b', { view: 'not-found', path: '/budget/a/b' }],
    ['#/budget/%E0%A4%A', { view: 'not-found', path: '/budget/%E0%A4%A' }],
  ])('%s', (hash, expected) => {
    expect(parseRoute(hash)).toEqual(expected);
  });

  it('builds hrefs that parse back', () => {
    expect(parseRoute(budgetHref('regional-innovation-cluster-program'))).toEqual({
      view: 'budget',
      programId: 'regional-innovation-cluster-program',
    });
    expect(parseRoute(timelineHref(3))).toEqual({ view: 'timeline', step: '3' });
    expect(parseRoute(programHref('global-type'))).toEqual({
      view: 'program',
      programId: 'global-type',
    });
    expect(parseRoute(programsHref())).toEqual({ view: 'programs' });
  });
});

describe('presentation routes', () => {
  it.each([
    ['#/present', { view: 'present', slide: null }],
    ['#/present/4', { view: 'present', slide: '4' }],
    ['#/present/x', { view: 'present', slide: 'x' }],
    ['#/present/4/5', { view: 'not-found', path: '/present/4/5' }],
  ])('%s', (hash, expected) => expect(parseRoute(hash)).toEqual(expected));

  it('round-trips presentHref', () => {
    expect(parseRoute(presentHref(7))).toEqual({ view: 'present', slide: '7' });
    expect(presentHref()).toBe('#/present');
  });
});

describe('resolvePosition', () => {
  it.each([
    ['4', 10, { asked: 4, number: 4 }],
    ['+4', 10, { asked: 4, number: 4 }],
    ['04', 10, { asked: 4, number: 4 }],
    ['0', 10, { asked: 0, number: 1 }],
    ['-3', 10, { asked: -3, number: 1 }],
    ['99', 10, { asked: 99, number: 10 }],
    ['two', 10, null],
    ['2.5', 10, null],
    ['', 10, null],
    ['1', 0, null],
  ] as const)('%s of %i → %j', (segment, count, expected) => {
    expect(resolvePosition(segment, count)).toEqual(expected);
  });
});

describe('resolveStep', () => {
  it.each([
    [null, 10, { number: 10, adjusted: false }],
    ['4', 10, { number: 4, adjusted: false }],
    ['0', 10, { number: 1, adjusted: true }],
    ['99', 10, { number: 10, adjusted: true }],
    ['-3', 10, { number: 1, adjusted: true }],
    ['+3', 10, { number: 3, adjusted: false }],
    ['03', 10, { number: 3, adjusted: false }],
    ['abc', 10, null],
    ['2.5', 10, null],
    ['1', 0, null],
  ] as const)('%s of %i → %j', (segment, count, expected) => {
    expect(resolveStep(segment, count)).toEqual(expected);
  });
});
