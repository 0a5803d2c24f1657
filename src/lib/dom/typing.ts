/**
 * The one "is the user typing" guard: a key pressed in a field, a list box, an editable element or a
 * dialog belongs there, so the page's shortcut keys (P, Escape, Backspace, the timeline's arrows) leave
 * it alone.
 */
const TYPING = 'input, textarea, select, [contenteditable], dialog';

export function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TYPING) !== null;
}
