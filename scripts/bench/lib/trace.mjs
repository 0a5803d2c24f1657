/**
 * Main-thread work of one page load, read from a Chromium performance trace (the events DevTools'
 * Performance panel shows): top-level tasks, long tasks (> 50 ms), total blocking time (the part of every
 * task beyond 50 ms after first contentful paint, as Lighthouse counts it), time in style and layout, and
 * forced reflows (a style or layout pass run synchronously for a script, which carries the script's stack).
 */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'loading',
  'v8.execute',
];

const LAYOUT_EVENTS = new Set(['Layout', 'UpdateLayoutTree']);

function mainThreadOf(events, url) {
  const parse = events.find(
    (e) =>
      e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(url.split('#')[0].split('?')[0]),
  );
  if (parse) return { pid: parse.pid, tid: parse.tid };
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  return main ? { pid: main.pid, tid: main.tid } : null;
}

/** Durations in milliseconds; `fcpTs` (µs, trace clock) may come from the trace itself. */
export function analyseTrace(trace, url) {
  const events = trace.traceEvents ?? trace;
  const thread = mainThreadOf(events, url);
  if (!thread) throw new Error(`no renderer main thread for ${url} in the trace`);
  const onMain = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === thread.pid);
  const navigationStart = events.find(
    (e) => e.name === 'navigationStart' && e.pid === thread.pid && e.args?.data?.isLoadingMainFrame,
  );
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur > 0);
  const long = tasks.filter((e) => e.dur > 50_000);
  let blocking = 0;
  if (fcp) {
    for (const task of long) {
      const start = Math.max(task.ts, fcp.ts);
      const end = task.ts + task.dur;
      if (end - start > 50_000) blocking += end - start - 50_000;
    }
  }
  const layout = onMain.filter((e) => e.ph === 'X' && LAYOUT_EVENTS.has(e.name));
  const forced = layout.filter((e) => (e.args?.beginData?.stackTrace ?? []).length > 0);
  const sum = (list) => list.reduce((total, e) => total + e.dur, 0) / 1000;
  return {
    longTasks: long.length,
    longTaskMs: sum(long),
    tbt: blocking / 1000,
    layoutStyleMs: sum(layout),
    forcedReflows: forced.length,
    forcedReflowMs: sum(forced),
    forcedAt: forced
      .map((e) => e.args.beginData.stackTrace[0])
      .map(
        (f) =>
          `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`,
      ),
    fcpTraceMs: fcp && navigationStart ? (fcp.ts - navigationStart.ts) / 1000 : NaN,
  };
}
