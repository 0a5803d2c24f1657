/**
 * The Japanese catalogue, loaded on demand (see ../index.ts). Must have every English key (the
 * timeline's strings come with the timeline: ../timelineMessages.ts).
 */
import type { Catalogue } from '../types';
import type { en } from '../en';
import { common } from './common';
import { budget } from './budget';
import { share } from './share';

export const ja: Catalogue<typeof en> = { ...common, ...budget, ...share };
