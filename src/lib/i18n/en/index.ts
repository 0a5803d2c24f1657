/**
 * The English catalogue, loaded on demand like every language (see ../index.ts). It defines the keys
 * (the timeline's strings come with the timeline: ../timelineMessages.ts).
 */
import { common } from './common';
import { budget } from './budget';
import { share } from './share';

export const en = { ...common, ...budget, ...share };
