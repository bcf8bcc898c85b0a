const IS_HAN = /^\p{Script=Han}$/u;

/**
 * GB2312's 6,763 Chinese characters in its own order, as the browser's GBK decoder gives them
 * (rows 0xB0–0xF7, cells 0xA1–0xFE): level 1 (3,755 common characters, by pinyin), then level 2
 * (3,008, by radical). The name tables give readings in this order, so they need not list the
 * characters; scripts/make-name-tables.mjs enumerates them the same way.
 */
export function gb2312Characters(): string[] {
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  }
  return [...new TextDecoder('gbk').decode(new Uint8Array(bytes))].filter((c) => IS_HAN.test(c));
}
