/**
 * What counts as Japanese text in a document meant to be English: kana, kanji, the CJK symbols and
 * punctuation block (、。「」〜・…) and the full-width forms (（）：，０-９Ａ-Ｚ). English text is
 * checked against it (preset translations, English messages, English documents).
 */
const JAPANESE =
  /[\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/gu;

/** The Japanese characters in `text`, each once, in order of first appearance. */
export function japaneseCharacters(text: string): string[] {
  return [...new Set(text.match(JAPANESE) ?? [])];
}

export function hasJapanese(text: string): boolean {
  return japaneseCharacters(text).length > 0;
}
