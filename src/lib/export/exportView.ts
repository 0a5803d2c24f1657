/**
 * The Download menu's work, loaded only when a download is asked for (a dynamic import keeps it out of
 * the first view). PNG and SVG are the presentation's slide: the view is drawn off screen in presentation
 * mode (slide type sizes) at the size of the slide's chart box, then laid out as a 1920 × 1080 slide
 * (PNG drawn at 2×); CSV holds the whole breakdown, JSON the current level and the whole breakdown, from
 * the dataset.
 */
import { buildBudgetTree } from '../data/budgetTree';
import type { Dataset, Locale } from '../data/types';
import { budgetBreakdownRows, budgetCsvRows, budgetJson } from './budgetData';
import { toCsv } from './csv';
import { loadCatalogue } from '../i18n';
import { exportFileName, type ExportFormat, type ExportSubject } from './fileName';
import { slideText } from './slideText';
import { buildSlideSvg, coloursOf, serialiseSvg, SLIDE_HEIGHT, SLIDE_WIDTH } from './standaloneSvg';
import { layoutSlide } from './slideLayout';
import { mount, tick, unmount } from 'svelte';
import BudgetView from '../../components/budget/BudgetView.svelte';
import { timelineCsvRows, timelineJson, timelineRows } from './timelineData';

export const PNG_SCALE = 2;

async function svgToPng(svgText: string): Promise<Blob> {
  const image = new Image(SLIDE_WIDTH, SLIDE_HEIGHT);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE_WIDTH * PNG_SCALE;
  canvas.height = SLIDE_HEIGHT * PNG_SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the blob once the click is handled; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function dataBlob(
  format: 'csv' | 'json',
  subject: ExportSubject,
  dataset: Dataset,
  locale: Locale,
): Blob {
  if (subject.kind === 'budget') {
    const root = buildBudgetTree(dataset, subject.fiscalYear);
    if (format === 'json') {
      const json = budgetJson(root, subject.programId, subject.fiscalYear, dataset);
      return new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' });
    }
    // The CSV holds the whole breakdown (every level, with a parent column), not only the level on screen.
    const rows = budgetBreakdownRows(root, dataset);
    return new Blob([toCsv(budgetCsvRows(rows, locale))], { type: 'text/csv;charset=utf-8' });
  }
  if (format === 'json') {
    return new Blob([JSON.stringify(timelineJson(dataset, subject.step), null, 2)], {
      type: 'application/json',
    });
  }
  return new Blob([toCsv(timelineCsvRows(timelineRows(dataset), locale))], {
    type: 'text/csv;charset=utf-8',
  });
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The chart of `subject` as the presentation draws it, in an off-screen box whose chart area is
 * `width` × `height`; `contexts` are the app's (dataset, language, router). Returns it and a disposer.
 */
async function drawSlideChart(
  subject: ExportSubject,
  contexts: Map<unknown, unknown>,
  width: number,
  height: number,
): Promise<{ chart: SVGSVGElement | null; dispose: () => void }> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, {
    position: 'fixed',
    left: '-40000px',
    top: '0',
    width: `${width}px`,
    height: `${height + 400}px`,
    fontSize: '32px',
    visibility: 'hidden',
  });
  document.body.append(host);
  const component =
    subject.kind === 'budget'
      ? mount(BudgetView, {
          target: host,
          props: { programId: subject.programId, presenting: true },
          context: contexts,
        })
      : mount((await import('../../components/timeline/TimelineView.svelte')).default, {
          target: host,
          props: { step: String(subject.step), presenting: true, overview: true },
          context: contexts,
        });
  await tick();
  await nextFrame();
  // The budget chart fills what the words around it leave: give it exactly the slide's chart height.
  const area = host.querySelector<HTMLElement>('.chart');
  if (subject.kind === 'budget' && area) {
    host.style.height = `${height + 400 + (height - area.clientHeight)}px`;
    await tick();
    await nextFrame();
  }
  await tick();
  return {
    chart: host.querySelector<SVGSVGElement>('svg[data-export-chart]'),
    dispose: () => {
      void unmount(component);
      host.remove();
    },
  };
}

/** Builds the file for the view on screen and hands it to the browser; returns the file name. */
export async function exportView(
  format: ExportFormat,
  subject: ExportSubject,
  dataset: Dataset,
  locale: Locale,
  contexts: Map<unknown, unknown>,
): Promise<string> {
  const fileName = exportFileName(subject, format);
  // Data files carry names in both languages, whatever language is on screen.
  await Promise.all([loadCatalogue('en'), loadCatalogue('ja')]);
  if (format === 'csv' || format === 'json') {
    save(dataBlob(format, subject, dataset, locale), fileName);
    return fileName;
  }
  const text = slideText(subject, dataset, locale);
  if (!text) throw new Error('nothing to export here');
  const legend = text.legend.map((item) => ({ label: item.label, fill: '' }));
  const box = layoutSlide({ ...text, legend }).chart;
  const { chart, dispose } = await drawSlideChart(subject, contexts, box.width, box.height);
  let svg: string;
  try {
    svg = serialiseSvg(buildSlideSvg(chart, text, coloursOf(document.documentElement), locale));
  } finally {
    dispose();
  }
  if (format === 'svg') {
    save(new Blob([svg], { type: 'image/svg+xml' }), fileName);
  } else {
    save(await svgToPng(svg), fileName);
  }
  return fileName;
}
