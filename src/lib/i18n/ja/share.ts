import type { Catalogue } from '../types';
import type { share as en } from '../en/share';

export const share: Catalogue<typeof en> = {
  'share.present': '発表',
  'share.present.hint': '発表モード（Pキー）',
  'share.embed': '埋め込み',
  'share.download': 'ダウンロード',
  'share.download.png': '画像（PNG、3840×2160）',
  'share.download.svg': 'ベクター画像（SVG）',
  'share.download.csv': 'データ（CSV）',
  'share.download.json': 'データ（JSON）',
  'share.download.done': '{file} をダウンロードしました',
  'share.download.failed': 'ダウンロードできませんでした：{reason}',
  'share.sourceLine.one': '出典：{sources}',
  'share.sourceLine.many': '出典：{sources}',
  'share.embed.fullApp': 'アプリ全体で開く',
  'share.present.label': '発表',
};
