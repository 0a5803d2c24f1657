/**
 * What the view toolbar's buttons load when first used: the slides (Present), the embed dialog and the
 * exporter. Loaded itself on the first use of a button, so that the first view carries neither these
 * imports nor the lists of files each of them preloads.
 */
export const loadSlides = () => import('../../lib/routing/slides');
export const loadEmbedDialog = async () => (await import('./EmbedDialog.svelte')).default;
export const loadExporter = async () => (await import('../../lib/export/exportView')).exportView;
