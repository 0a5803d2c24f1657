import { describe, expect, it } from 'vitest';
import { slideKeyAction } from '../../../src/lib/present/slideKeys';

const key = (
  name: string,
  modifiers: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => ({
  key: name,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('slideKeyAction (keys as in slide software)', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['Escape', 'leave'],
    ['x', null],
    ['Tab', null],
  ])('%j → %s', (name, action) => expect(slideKeyAction(key(name))).toBe(action));

  it('Shift+Space goes back', () => {
    expect(slideKeyAction(key(' ', { shiftKey: true }))).toBe('previous');
  });

  it('leaves browser shortcuts alone', () => {
    expect(slideKeyAction(key('ArrowRight', { altKey: true }))).toBeNull();
    expect(slideKeyAction(key('f', { ctrlKey: true }))).toBeNull();
    expect(slideKeyAction(key('End', { metaKey: true }))).toBeNull();
  });
});
