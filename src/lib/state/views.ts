/**
 * The views other than the budget, each loaded when it first opens (once per page). This module is
 * itself loaded only when a view other than the budget opens (App.svelte), so that the first view
 * carries neither these imports nor the lists of files each of them preloads.
 */
import { Lazy, component } from './lazy.svelte';
// Their strings beyond the first view's catalogue and their global styles, before any of them renders.
import '../i18n/laterMessages';
import '../../later.css';

export const views = {
  present: new Lazy(() => component(import('../../components/present/Presentation.svelte'))),
  timeline: new Lazy(() => component(import('../../components/timeline/TimelineView.svelte'))),
  years: new Lazy(() => component(import('../../components/years/YearsView.svelte'))),
  regions: new Lazy(() => component(import('../../components/regions/RegionsView.svelte'))),
  programs: new Lazy(() => component(import('../../components/programs/ProgramsIndex.svelte'))),
  program: new Lazy(() => component(import('../../components/programs/ProgramPage.svelte'))),
};

export type ViewName = keyof typeof views;
