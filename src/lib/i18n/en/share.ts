/** Interface strings of the view toolbar and source lines (the rest of sharing: shareTools.ts). */
export const share = {
  'share.present': 'Present',
  'share.present.hint': 'Presentation mode (key P)',
  'share.embed': 'Embed',
  'share.download': 'Download',
  'share.download.png': 'Image (PNG, 3840 × 2160)',
  'share.download.svg': 'Vector image (SVG)',
  'share.download.csv': 'Data (CSV)',
  'share.download.json': 'Data (JSON)',
  'share.download.done': 'Downloaded {file}',
  'share.download.failed': 'The download failed: {reason}',
  'share.sourceLine.one': 'Source: {sources}',
  'share.sourceLine.many': 'Sources: {sources}',
  'share.embed.fullApp': 'Open in the full app',
  'share.present.label': 'Presentation',
} as const;
