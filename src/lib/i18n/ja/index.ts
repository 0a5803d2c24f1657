/** The Japanese catalogue, loaded on demand (see ../index.ts). Must have every English key. */
import type { CoreMessages } from '..';
import { common } from './common';
import { budget } from './budget';
import { share } from './share';

/** Every key of the first view's catalogue; the timeline's come with it (../timelineMessages.ts). */
export const ja: CoreMessages = { ...common, ...budget, ...share };
