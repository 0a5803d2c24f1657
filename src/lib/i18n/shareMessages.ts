/**
 * The strings of the embed dialog, presentation mode and the exports, in both languages, a part (see
 * index.ts `withPart`) that every module using them imports, so that no first view carries them (as
 * timelineMessages.ts does for the timeline).
 */
import type { MessagePart } from '.';
import { shareTools as en } from './en/shareTools';
import { shareTools as ja } from './ja/shareTools';

export const shareMessages: MessagePart = { en, ja };
