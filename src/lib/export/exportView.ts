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
import { loadCatalogue, wordsOf, type Bilingual } from '../i18n';
import { laterMessages } from '../i18n/laterMessages';
import { exportFileName, type ExportFormat, type ExportSubject } from './fileName';
import { slideText } from './slideText';
import { buildSlideSvg, coloursOf, serialiseSvg, SLIDE_HEIGHT, SLIDE_WIDTH } from './standaloneSvg';
import { layoutSlide } from './slideLayout';
import { mount, tick, unmount } from 'svelte';
import { asSlides } from '../state/context';
import BudgetView from '../../components/budget/BudgetView.svelte';
import { timelineCsvRows, timelineJson, timelineRows } from './timelineData';
import { loadHistory } from '../data/history/parse';
import type { History } from '../data/history/types';
import { historyCsvRows, historyJson } from './historyData';
import { historySlideText } from './historySlideText';
import type { SlideText } from './slideText';

const PNG_SCALE = 2;

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

const jsonBlob = (data: object) =>
  new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
const csvBlob = (rows: Parameters<typeof toCsv>[0]) =>
  new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' });

async function historyOf(dataset: Dataset): Promise<History> {
  const loaded = await loadHistory(dataset);
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.history;
}

async function dataBlob(
  format: 'csv' | 'json',
  subject: ExportSubject,
  dataset: Dataset,
  words: Bilingual,
  locale: Locale,
): Promise<Blob> {
  if (subject.kind === 'years' || subject.kind === 'regions') {
    const history = await historyOf(dataset);
    return format === 'json'
      ? jsonBlob(historyJson(subject.kind, dataset, history))
      : csvBlob(historyCsvRows(subject.kind, dataset, history, locale));
  }
  if (subject.kind === 'budget') {
    const root = buildBudgetTree(dataset, subject.fiscalYear);
    if (format === 'json') {
      const json = budgetJson(root, subject.programId, subject.fiscalYear, dataset, words);
      return new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' });
    }
    // The CSV holds the whole breakdown (every level, with a parent column), not only the level on screen.
    const rows = budgetBreakdownRows(root, dataset, words);
    return new Blob([toCsv(budgetCsvRows(rows, words[locale]))], {
      type: 'text/csv;charset=utf-8',
    });
  }
  if (format === 'json') {
    return new Blob([JSON.stringify(timelineJson(dataset, subject.step, words), null, 2)], {
      type: 'application/json',
    });
  }
  return new Blob([toCsv(timelineCsvRows(timelineRows(dataset), words[locale]))], {
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
  // Off screen and inert (no focus, no screen reader), but not visibility: hidden, which every
  // element's computed style would carry into the exported file (an empty chart).
  host.inert = true;
  Object.assign(host.style, {
    position: 'fixed',
    left: '-40000px',
    top: '0',
    width: `${width}px`,
    // The regions' charts (bars, map, key) span the view from its title to its source line, laid
    // out as on the stage: the export's own words take the rest of the slide.
    height: `${subject.kind === 'regions' ? height + 200 : height + 400}px`,
    fontSize: '32px',
  });
  document.body.append(host);
  const slides = asSlides(contexts);
  const component =
    subject.kind === 'budget'
      ? mount(BudgetView, {
          target: host,
          props: { programId: subject.programId },
          context: slides,
        })
      : subject.kind === 'timeline'
        ? mount((await import('../../components/timeline/TimelineView.svelte')).default, {
            target: host,
            props: { step: String(subject.step), overview: true },
            context: slides,
          })
        : subject.kind === 'years'
          ? mount((await import('../../components/years/YearsView.svelte')).default, {
              target: host,
              props: {},
              context: slides,
            })
          : mount((await import('../../components/regions/RegionsView.svelte')).default, {
              target: host,
              props: {},
              context: slides,
            });
  await tick();
  await nextFrame();
  // Budgets by year and regions draw once their data (and the map) have loaded; the timeline once its
  // width has been observed (lib/dom/observeSize: after the next layout, not at mount).
  if (subject.kind !== 'budget') {
    const wanted = subject.kind === 'regions' ? 2 : 1;
    for (let i = 0; i < 200; i += 1) {
      if (host.querySelectorAll('svg[data-export-chart]').length >= wanted) break;
      await nextFrame();
    }
    await tick();
    await nextFrame();
  }
  // The budget chart fills what the words around it leave: give it exactly the slide's chart height.
  const area = host.querySelector<HTMLElement>('.chart');
  if (subject.kind === 'budget' && area) {
    host.style.height = `${height + 400 + (height - area.clientHeight)}px`;
    await tick();
    await nextFrame();
  }
  await tick();
  return {
    chart: oneChart(host),
    dispose: () => {
      void unmount(component);
      host.remove();
    },
  };
}

/**
 * The host's chart; where a slide has several (the regions: the City Area bars and the map; the
 * timeline's layers), one SVG holding each of them where it sits on the slide, so the export is the slide
 * as shown. A chart seen through a window (an ancestor marked `data-export-window`, which hides what
 * overflows it: the timeline's reveal) is clipped to that window.
 */
function oneChart(host: HTMLElement): SVGSVGElement | null {
  const charts = [...host.querySelectorAll<SVGSVGElement>('svg[data-export-chart]')];
  if (charts.length <= 1) return charts[0] ?? null;
  const boxes = charts.map((chart) => chart.getBoundingClientRect());
  const shown = charts.map((chart, index) => {
    const box = boxes[index] as DOMRect;
    const window = chart.parentElement?.closest('[data-export-window]');
    if (!window || !host.contains(window)) return box;
    const frame = window.getBoundingClientRect();
    const left = Math.max(box.left, frame.left);
    const top = Math.max(box.top, frame.top);
    const right = Math.min(box.right, frame.right);
    const bottom = Math.min(box.bottom, frame.bottom);
    return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
  });
  const left = Math.min(...shown.map((b) => b.left));
  const top = Math.min(...shown.map((b) => b.top));
  const width = Math.max(...shown.map((b) => b.right)) - left;
  const height = Math.max(...shown.map((b) => b.bottom)) - top;
  const ns = 'http://www.w3.org/2000/svg';
  const wrapper = document.createElementNS(ns, 'svg');
  wrapper.setAttribute('width', String(width));
  wrapper.setAttribute('height', String(height));
  wrapper.setAttribute('viewBox', `0 0 ${width} ${height}`);
  charts.forEach((chart, index) => {
    const box = boxes[index] as DOMRect;
    const visible = shown[index] as DOMRect;
    const clone = chart.cloneNode(true) as SVGSVGElement;
    clone.removeAttribute('data-export-chart');
    // Its size and place come from these attributes, not from the page's CSS (class "map": width 100%).
    clone.removeAttribute('class');
    clone.setAttribute('x', String(box.left - left));
    clone.setAttribute('y', String(box.top - top));
    clone.setAttribute('width', String(box.width));
    clone.setAttribute('height', String(box.height));
    if (!clone.getAttribute('viewBox')) {
      clone.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
    }
    if (visible === box) {
      wrapper.append(clone);
      return;
    }
    // Only what its window shows.
    const id = `export-window-${index}`;
    const clip = document.createElementNS(ns, 'clipPath');
    clip.id = id;
    const rect = document.createElementNS(ns, 'rect');
    rect.setAttribute('x', String(visible.left - left));
    rect.setAttribute('y', String(visible.top - top));
    rect.setAttribute('width', String(visible.width));
    rect.setAttribute('height', String(visible.height));
    clip.append(rect);
    const group = document.createElementNS(ns, 'g');
    group.setAttribute('clip-path', `url(#${id})`);
    group.append(clone);
    wrapper.append(clip, group);
  });
  host.append(wrapper);
  return wrapper;
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
  const [en, ja] = await Promise.all([loadCatalogue('en'), loadCatalogue('ja')]);
  const words: Bilingual = {
    en: wordsOf('en', en, laterMessages),
    ja: wordsOf('ja', ja, laterMessages),
  };
  if (format === 'csv' || format === 'json') {
    save(await dataBlob(format, subject, dataset, words, locale), fileName);
    return fileName;
  }
  const text: SlideText | null =
    subject.kind === 'years' || subject.kind === 'regions'
      ? historySlideText(subject.kind, dataset, await historyOf(dataset), locale)
      : slideText(subject, dataset, words[locale]);
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
