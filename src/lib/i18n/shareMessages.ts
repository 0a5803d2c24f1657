/**
 * The strings of the embed dialog, presentation mode and the exports, in both languages, added to the
 * catalogue when a module that uses them loads (every such module imports this one), so that no first
 * view carries them (as timelineMessages.ts does for the timeline).
 */
import { addMessages } from '.';
import { shareTools as en } from './en/shareTools';
import { shareTools as ja } from './ja/shareTools';

addMessages({ en, ja });

export const shareMessages = { en, ja };
