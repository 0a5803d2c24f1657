// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { isTyping } from '../../../src/lib/dom/typing';

describe('isTyping', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  function element(html: string, selector: string): Element {
    document.body.innerHTML = html;
    return document.querySelector(selector) as Element;
  }

  it.each([
    ['<input id="x">', true],
    ['<input id="x" type="range">', true],
    ['<textarea id="x"></textarea>', true],
    ['<select id="x"></select>', true],
    ['<div contenteditable="true"><span id="x">a</span></div>', true],
    ['<dialog open><button id="x">Copy</button></dialog>', true],
    ['<button id="x">Play</button>', false],
    ['<a id="x" href="#/budget">Budget</a>', false],
    ['<svg><rect id="x" /></svg>', false],
  ])('%s → %s', (html, expected) => {
    expect(isTyping(element(html, '#x'))).toBe(expected);
  });

  it('is false for targets that are no element', () => {
    expect(isTyping(null)).toBe(false);
    expect(isTyping(window)).toBe(false);
    expect(isTyping(document)).toBe(false);
  });
});
