/**
 * The presentation's keys, as in slide software: → ↓ Space PageDown Enter next; ← ↑ Shift+Space PageUp
 * back; Home/End first/last; F fullscreen; Escape leaves. Pure: a key event in, an action (or null) out.
 */
export type SlideAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'leave';

type KeyLike = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

const ACTIONS: Readonly<Record<string, SlideAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  Enter: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'leave',
};

export function slideKeyAction(event: KeyLike): SlideAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === ' ' && event.shiftKey) return 'previous';
  return ACTIONS[event.key] ?? null;
}
