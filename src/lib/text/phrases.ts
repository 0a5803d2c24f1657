/**
 * Where a Japanese line may break between words, without a dictionary: where the script changes from one
 * run to the next (katakana, kanji, Latin letters and digits), so that "クラスター政策エクスプローラー"
 * breaks as "クラスター|政策|エクスプローラー", never inside "クラスター". Hiragana (particles, endings)
 * and punctuation stay with the word before them; an opening bracket with what it encloses. Text with
 * spaces is left whole (it breaks at its spaces).
 */
const SCRIPTS = [/[ァ-ヿ]/, /[一-鿿々]/, /[A-Za-z0-9]/];

export function phrases(text: string): string[] {
  if (/\s/.test(text)) return [text];
  const out: string[] = [];
  let previous = -1;
  for (const ch of text) {
    const script = SCRIPTS.findIndex((pattern) => pattern.test(ch));
    const last = out.length - 1;
    if (last < 0 || (script >= 0 && script !== previous && !/[（「]$/.test(out[last]!)))
      out.push(ch);
    else out[last] += ch;
    previous = script;
  }
  return out;
}
