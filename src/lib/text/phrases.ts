/**
 * Where a Japanese line may break between words, without a dictionary: where the script changes from one
 * run to the next (katakana, kanji, Latin letters and digits), so that "クラスター政策エクスプローラー"
 * breaks as "クラスター|政策|エクスプローラー", never inside "クラスター". Hiragana (particles, endings)
 * stays with the word before it; brackets stay with what they enclose. Text with spaces is left whole
 * (it breaks at its spaces).
 */
type Script = 'katakana' | 'kanji' | 'latin' | 'other';

function scriptOf(ch: string): Script {
  if (/[\u30a0-\u30ff\uff66-\uff9f]/.test(ch)) return 'katakana';
  if (/[\u4e00-\u9fff\u3005]/.test(ch)) return 'kanji';
  if (/[A-Za-z0-9]/.test(ch)) return 'latin';
  return 'other';
}

export function phrases(text: string): string[] {
  if (/\s/.test(text)) return [text];
  const out: string[] = [];
  let previous: Script | null = null;
  for (const ch of text) {
    const script = scriptOf(ch);
    const last = out.at(-1);
    const breaks =
      last !== undefined &&
      script !== 'other' &&
      script !== previous &&
      !/[（「『【〔［]$/.test(last);
    if (breaks || last === undefined) out.push(ch);
    else out[out.length - 1] = last + ch;
    previous = script;
  }
  return out;
}
