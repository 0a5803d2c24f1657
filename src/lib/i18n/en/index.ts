/** The English catalogue, loaded on demand like every language (see ../index.ts). It defines the keys. */
import { common } from './common';
import { budget } from './budget';
import { share } from './share';
import { timeline } from './timeline';

export const en = { ...common, ...budget, ...timeline, ...share };
