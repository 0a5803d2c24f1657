/**
 * The strings only the parts loaded after the first view show (the budget's table, tooltip and links,
 * the lists of sources: en/later.ts), in both languages, a part (see index.ts `withPart`) that is not in
 * the catalogue the first view loads. The modules that load those parts import this one (the part of the
 * budget view below the fold, its tooltip, the views other than the budget: lib/state/views.ts), which
 * adds it to the words of every view (index.ts `addLater`) before anything of theirs renders; the
 * exporter passes it to its words itself.
 */
import { addLater, type MessagePart } from '.';
import { later as en } from './en/later';
import { later as ja } from './ja/later';

export const laterMessages: MessagePart = { en, ja };
addLater(laterMessages);
