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
  'budget.unitemized.short': '記載の総額から内訳の合計を引いた額',
  'budget.breadcrumb': '予算の階層',
  'budget.chart.label':
    '{name}のツリーマップ：{count}個のタイル。矢印キーで移動し、Enterキーで開きます。',
  'budget.tile.name': '{name}、{amount}、{parent}の{share}',
  'budget.share.parent': '{parent}に占める割合',
  'budget.share.whole': '掲載プログラムの合計（{total}）に占める割合',
  'budget.table.caption': '{name}：2010年度予算（{level}別）',
  'budget.table.name': '名称',
  'budget.table.amount': '金額',
  'budget.table.share': '割合',
  'budget.table.source': '出典',
  'budget.table.total': '記載の総額',
  'budget.table.itemized': '内訳の合計',
  'budget.level.programs': 'プログラム',
  'budget.level.types': '類型',
  'budget.source': '出典',
  'budget.timelineLink': '年表で{name}を見る',
  'budget.programPage': '{name}について',
  'budget.table.does': '内容',
  'budget.table.showAll': '全{count}行を表示',
  'budget.tooltip.opensLevel': 'クリックで類型を表示。ページへのリンクは表にあります。',
  'budget.tooltip.opensPage': 'クリックでページを開きます。',
  'budget.key.label': '名前が入らない小さなタイル',
  'budget.key.showAll': '番号のタイルをすべて表示（{count}件）',
};
