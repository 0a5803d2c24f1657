/** Small statistics and formatting helpers shared by the benchmark modules. */
export const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
export const count = (value) => Math.round(value).toLocaleString('en');
export const pad = (text, width) => String(text).padEnd(width);
export const padLeft = (text, width) => String(text).padStart(width);

/** Median of each numeric field over a list of samples with the same fields. */
export function medians(samples) {
  const out = {};
  for (const key of Object.keys(samples[0] ?? {})) {
    out[key] = median(samples.map((sample) => sample[key]));
  }
  return out;
}
