import type { Catalogue } from '../types';
import type { common as en } from '../en/common';

export const common: Catalogue<typeof en> = {
  'app.title': 'クラスター政策エクスプローラー',
  'app.tagline': '文部科学省の地域イノベーション政策（2001〜2011年度）— すべての数値に出典付き',
  'nav.label': '表示',
  'nav.budget': '2010年度予算',
  'nav.timeline': '年表',
  'lang.label': '言語',
  'lang.en': 'English',
  'lang.ja': '日本語',
  'notFound.title': 'ページが見つかりません',
  'notFound.body': '「{path}」という表示はありません。',
  'notFound.back': '2010年度予算へ戻る',
  'error.dataset.title': 'データセットを読み込めませんでした',
  'error.dataset.body': '表示の前にデータセットを検査しています。次の検査に失敗しました：',
  'name.untranslated': '未翻訳',
  'name.untranslated.long': '確認済みの日本語名がないため英語で表示',
  'name.reported': '{source}による',
  'sources.title': '出典',
  'sources.jaName': '{name}の日本語名',
  'sources.recordedIn': '{file} に記録',
  'sources.confidence.primary': '一次資料',
  'sources.confidence.high': '確度：高',
  'sources.confidence.med': '確度：中',
  'skip.toContent': '本文へ移動',
  'footer.about': '数値と出来事は、文部科学省の2つの文書と「出典」に挙げた資料に基づきます。',
};
