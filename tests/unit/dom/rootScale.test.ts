// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { rootScale } from '../../../src/lib/dom/rootScale';

describe('rootScale', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('is 1 at the 16 px base and follows the root font size', () => {
    document.documentElement.style.fontSize = '16px';
    expect(rootScale()).toBe(1);
    document.documentElement.style.fontSize = '24px';
    expect(rootScale()).toBe(1.5);
  });

  it('is 1 without a document', () => {
    expect(rootScale(undefined)).toBe(1);
  });
});
