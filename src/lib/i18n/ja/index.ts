/** The Japanese catalogue, loaded on demand (see ../index.ts). Must have every English key. */
import type { Messages } from '..';
import { common } from './common';
import { budget } from './budget';
import { share } from './share';
import { timeline } from './timeline';

export const ja: Messages = { ...common, ...budget, ...timeline, ...share };
