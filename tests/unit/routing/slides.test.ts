import { describe, expect, it } from 'vitest';
import { dataset } from '../../fixtures/dataset';
import {
  buildSlides,
  resolveSlide,
  slideForRoute,
  viewHrefOf,
} from '../../../src/lib/routing/slides';

describe('slides', () => {
  const slides = buildSlides(dataset);

  it('are the whole timeline, its steps, the whole budget, each program, years, regions', () => {
    const names = slides.map((s) =>
      s.kind === 'overview'
        ? `all:${s.step}`
        : s.kind === 'timeline'
          ? `t${s.step}`
          : s.kind === 'budget'
            ? `b:${s.programId}`
            : s.kind,
    );
    expect(names).toEqual([
      `all:${dataset.milestones.length}`,
      ...dataset.milestones.map((_, i) => `t${i + 1}`),
      'b:null',
      'b:regional-innovation-cluster-program',
      'b:self-sustaining-management-program',
      'years',
      'regions',
    ]);
    expect(slides.map((s) => s.number)).toEqual(slides.map((_, i) => i + 1));
  });

  it.each([
    ['3', 13, { number: 3, adjusted: false }],
    ['0', 13, { number: 1, adjusted: true }],
    ['99', 13, { number: 13, adjusted: true }],
    ['-2', 13, { number: 1, adjusted: true }],
    ['03', 13, { number: 3, adjusted: true }],
    ['+3', 13, { number: 3, adjusted: true }],
    [null, 13, { number: 1, adjusted: true }],
    ['two', 13, null],
    ['1.5', 13, null],
    ['1', 0, null],
  ])('resolveSlide(%s, %i)', (segment, count, expected) =>
    expect(resolveSlide(segment, count)).toEqual(expected),
  );

  it('maps views to slides and back', () => {
    const n = dataset.milestones.length;
    expect(slideForRoute(slides, { view: 'budget', programId: null })).toBe(n + 2);
    expect(
      slideForRoute(slides, { view: 'budget', programId: 'self-sustaining-management-program' }),
    ).toBe(n + 4);
    expect(slideForRoute(slides, { view: 'timeline', step: '4' })).toBe(5);
    expect(slideForRoute(slides, { view: 'timeline', step: '04' })).toBe(5);
    expect(slideForRoute(slides, { view: 'timeline', step: '99' })).toBe(n + 1);
    expect(slideForRoute(slides, { view: 'timeline', step: 'two' })).toBe(1);
    expect(slideForRoute(slides, { view: 'timeline', step: null })).toBe(1);
    expect(slideForRoute(slides, { view: 'budget', programId: 'global-type' })).toBe(1);
    expect(viewHrefOf(slides[0]!)).toBe('#/timeline');
    expect(viewHrefOf(slides[4]!)).toBe('#/timeline/4');
    expect(viewHrefOf(slides[n + 2]!)).toBe('#/budget/regional-innovation-cluster-program');
    expect(slideForRoute(slides, { view: 'years' })).toBe(n + 5);
    expect(slideForRoute(slides, { view: 'regions' })).toBe(n + 6);
    expect(viewHrefOf(slides[n + 4]!)).toBe('#/years');
    expect(viewHrefOf(slides[n + 5]!)).toBe('#/regions');
  });
});
