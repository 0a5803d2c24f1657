import type { Catalogue } from '../types';
import type { timeline as en } from '../en/timeline';

export const timeline: Catalogue<typeof en> = {
  'timeline.title': 'プログラムの統合の歩み（2001年3月〜2011年度）',
  'timeline.intro':
    '帯はそれぞれ一つのプログラムです。出典が開始年度を示す場合はその年度から、示さない場合は出典が初めて掲載または予算計上した年度から始まり、出典の示す年度で終わります。出来事を一つずつ進めるか、再生を押してください。',
  'timeline.chart.label':
    '{from}から{to}までの{count}件のプログラムの年表。ステップ{step}「{title}」まで表示。同じ内容を下のステップ一覧でも読めます。',
  'timeline.controls': '年表の操作',
  'timeline.play': '再生',
  'timeline.pause': '一時停止',
  'timeline.previous': '前のステップ',
  'timeline.next': '次のステップ',
  'timeline.slider': 'ステップ',
  'timeline.slider.value': '{when}：{title}',
  'timeline.keys':
    'キー操作：←と→で前後のステップ、スペースで再生・一時停止、HomeとEndで最初と最後へ移動します。',
  'timeline.step.position': 'ステップ{number}／{count}',
  'timeline.step.announce': 'ステップ{number}／{count}、{when}：{title}。{caption}',
  'timeline.step.adjusted':
    'ステップ{asked}はありません。最も近いステップ{number}を表示しています。',
  'timeline.step.invalid': '「{asked}」は年表のステップではありません。',
  'timeline.step.first': 'ステップ1へ',
  'timeline.steps.title': 'すべてのステップ',
  'timeline.source': '出典',
  'timeline.lane.name': '{name}：{years}',
  'timeline.lane.opens': 'このプログラムのページを開きます',
  'timeline.years.from': '{start}から',
  'timeline.years.only': '{years}のみ（以後の年度を示す出典なし）',
  'timeline.years.unified': '{start}から。{end}に{into}の下に統合',
  'timeline.years.listed': '{year}から掲載（出典に開始年度の記載なし）',
  'timeline.years.budget': '{year}予算のみに掲載（開始年度と以後の年度を示す出典なし）',
  'timeline.years.reported': '{years}。{source}によれば{year}年に開始（{confidence}）',
  'timeline.legend.listed':
    '破線の枠は、出典がその年度から掲載しているものの開始年度を示していないプログラムです。',
  'timeline.legend.unsourced':
    '帯の後の点線の枠は、そのプログラムについて出典のない年度を示します。',
  'timeline.marker.name': 'ステップ{number}、{when}：{title}',
  'timeline.legend.dated': '番号付きの円：日付の分かるステップ',
  'timeline.legend.year': '番号付きの四角：年度のみ分かるステップ',
};
