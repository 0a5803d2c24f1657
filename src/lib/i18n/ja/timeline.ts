import type { Catalogue } from '../types';
import type { timeline as en } from '../en/timeline';

export const timeline: Catalogue<typeof en> = {
  'timeline.title': 'プログラムの統合の歩み（2001〜2011年度）',
  'timeline.intro':
    '帯はそれぞれ一つのプログラムで、出典が示す年度から始まります。出来事を一つずつ進めるか、再生を押してください。',
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
  'timeline.lane.opens': '2010年度予算を開きます',
  'timeline.years.from': '{start}から',
  'timeline.years.unified': '{start}から、{end}に{into}へ統合',
  'timeline.years.listed': '{year}から掲載（出典に開始年度の記載なし）',
  'timeline.years.budget': '{year}予算に掲載（出典に開始年度の記載なし）',
  'timeline.legend.listed':
    '破線の枠は、出典がその年度から掲載しているものの開始年度を示していないプログラムです。',
  'timeline.marker.dated': '日付のある出来事',
  'timeline.marker.name': 'ステップ{number}、{when}：{title}',
  'timeline.legend.dated': '番号付きの円：日付の分かるステップ',
  'timeline.legend.year': '番号付きの四角：年度のみ分かるステップ',
};
