/**
 * The timeline's strings in both languages, added to the catalogue when a module that uses them loads
 * (every such module imports this one), so that no first view carries them.
 */
import { addMessages } from '.';
import { timeline as en } from './en/timeline';
import { timeline as ja } from './ja/timeline';

addMessages({ en, ja });

export const timelineMessages = { en, ja };
