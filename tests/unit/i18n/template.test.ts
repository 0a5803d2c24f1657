import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../src/lib/i18n/template';

describe('fillTemplate', () => {
  it('fills known placeholders, keeps unknown ones, and leaves a template without params alone', () => {
    expect(fillTemplate('{a} of {b}', { a: 3, b: 'ten' })).toBe('3 of ten');
    expect(fillTemplate('{a} and {c}', { a: 'x' })).toBe('x and {c}');
    expect(fillTemplate('{a}')).toBe('{a}');
  });
});
