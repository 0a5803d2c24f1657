/**
 * The timeline's strings in both languages, a part (see index.ts `withPart`) that every module using them
 * imports, so that no first view carries them.
 */
import type { MessagePart } from '.';
import { timeline as en } from './en/timeline';
import { timeline as ja } from './ja/timeline';

export const timelineMessages: MessagePart = { en, ja };
