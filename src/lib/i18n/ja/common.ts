import type { Catalogue } from '../types';
import type { common as en } from '../en/common';

export const common: Catalogue<typeof en> = {
  'app.title': 'クラスター政策エクスプローラー',
  'app.tagline':
    '文部科学省の地域イノベーション政策（2001年3月〜2011年度）— すべての数値に出典付き',
  'nav.label': '表示',
  'nav.budget': '2010年度予算',
  'nav.timeline': '年表',
  'nav.years': '年度別予算',
  'nav.regions': '地域',
  'nav.programs': 'プログラム一覧',
  'lang.label': '言語',
  'lang.en': 'English',
  'lang.ja': '日本語',
  'notFound.title': 'ページが見つかりません',
  'notFound.body': '「{path}」という表示はありません。',
  'notFound.back': '2010年度予算へ戻る',
  'error.dataset.title': 'データセットを読み込めませんでした',
  'error.dataset.body': '表示の前にデータセットを検査しています。次の検査に失敗しました：',
  'error.load.title': 'この表示を読み込めませんでした',
  'error.load.body':
    'アプリの一部が届きませんでした。ネットワークが切れているか、コピーが不完全な可能性があります。',
  'error.load.part.title': 'グラフの下の表と出典を読み込めませんでした',
  'error.load.retry': '再試行',
  'name.untranslated': '未翻訳',
  'name.reported': '{source}による',
  'skip.toContent': '本文へ移動',
  'footer.about': '数値と出来事は、文部科学省の2つの文書と「出典」に挙げた資料に基づきます。',
};
