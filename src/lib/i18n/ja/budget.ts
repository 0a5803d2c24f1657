import type { Catalogue } from '../types';
import type { budget as en } from '../en/budget';

export const budget: Catalogue<typeof en> = {
  'budget.title': 'イノベーションシステム整備事業の2010年度予算',
  'budget.root': '掲載プログラムの合計',
  'budget.root.note':
    '出典には事業全体の合計がないため、掲載されたプログラムの合計を示しています。',
  'budget.unitemized': '出典で内訳なし',
  'budget.unitemized.note':
    '記載の総額（{total}）は内訳の合計（{parts}）を{gap}上回ります。出典はこの差額の使途を示していません。',
  'budget.breadcrumb': '予算の階層',
  'budget.chart.label':
    '{name}のツリーマップ：{count}個のタイル。矢印キーで移動し、Enterキーで開きます。',
  'budget.tile.name': '{name}、{amount}、{parent}の{share}',
  'budget.key.label': '名前が入らない小さなタイル',
  'budget.key.showAll': '番号のタイルをすべて表示（{count}件）',
};
