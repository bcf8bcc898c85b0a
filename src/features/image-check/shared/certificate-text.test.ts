import { describe, expect, it } from 'vitest';
import {
  chooseOrientation,
  readCertificateText,
  uprightIsSure,
  type CertificateText,
  type TextLine,
} from './certificate-text';
import { flipPixels, linesOf } from './read-picture';

/** Lines as a recogniser returns them for a picture, one under the other. */
function lines(texts: string[], confidence = 0.99): TextLine[] {
  return texts.map((text, i) => ({
    text,
    confidence,
    box: { x: 0.1, y: 0.1 + i * 0.1, width: 0.6, height: 0.05 },
  }));
}

describe('readCertificateText', () => {
  it('reads an ID card: its title, the name after 姓名 and the number after its label', () => {
    const text = readCertificateText(
      lines(['居民身份证', '姓名张晓明', '性别男民族汉', '公民身份号码 11010519491231002X']),
    );
    expect(text.title).toMatchObject({ kind: 'identity-card', text: '居民身份证' });
    expect(text.name).toMatchObject({ text: '张晓明' });
    expect(text.number).toMatchObject({
      text: '11010519491231002X',
      standard: 'resident-id',
      valid: true,
    });
    expect(text.legibility).toBeCloseTo(0.99);
  });

  it('knows the front of an ID card, which has no title, by its number label', () => {
    expect(readCertificateText(lines(['公民身份号码 11010519491231002X'])).title?.kind).toBe(
      'identity-card',
    );
  });

  it('reads a business license: 名称 and the unified social credit code, full-width or spaced', () => {
    const text = readCertificateText(
      lines([
        '营业执照',
        '名称：福州青松贸易有限公司',
        '统一社会信用代码 ９１３５０１００Ｍ０００１００Ｙ４３',
      ]),
    );
    expect(text.title?.kind).toBe('business-license');
    expect(text.name?.text).toBe('福州青松贸易有限公司');
    expect(text.number).toMatchObject({
      text: '91350100M000100Y43',
      standard: 'uscc',
      valid: true,
    });
  });

  it('takes 18 digits without a birth date in them for something else (a receipt, a code)', () => {
    // Its check character agrees by chance (1 in 11), but 1293-10-42 is no day.
    expect(readCertificateText(lines(['No. 060420129310420170'])).number).toBeUndefined();
  });

  it('marks a number whose check character disagrees as not valid', () => {
    const text = readCertificateText(lines(['公民身份号码 110105194912310021']));
    expect(text.number).toMatchObject({ standard: 'resident-id', valid: false });
  });

  it('on a passport, prefers the passport number to an ID number printed on it', () => {
    const text = readCertificateText(
      lines(['护照', '姓名 刘安琪', '护照号 E12345678', '公民身份号码 11010519491231002X']),
    );
    expect(text.title?.kind).toBe('passport');
    expect(text.number).toMatchObject({ text: 'E12345678', standard: 'passport', valid: null });
  });

  it('takes the name from the next line when its label stands alone', () => {
    const text = readCertificateText(lines(['姓名', '欧阳雪', '性别 女']));
    expect(text.name?.text).toBe('欧阳雪');
  });

  it('takes the name from the same row when the recogniser split it from its label', () => {
    const row: TextLine[] = [
      { text: '姓名', confidence: 0.99, box: { x: 0.1, y: 0.2, width: 0.1, height: 0.05 } },
      { text: '李建国', confidence: 0.97, box: { x: 0.25, y: 0.2, width: 0.2, height: 0.05 } },
      { text: '性别 男', confidence: 0.99, box: { x: 0.1, y: 0.3, width: 0.2, height: 0.05 } },
    ];
    expect(readCertificateText(row).name).toMatchObject({ text: '李建国', confidence: 0.97 });
  });

  it('finds nothing in text that is not a certificate, and ignores one-character junk', () => {
    const text = readCertificateText(
      lines(['TOTAL 45.000', 'CASH 50.000', 'x'], 0.9).concat(lines(['口'], 0.1)),
    );
    expect(text.number).toBeUndefined();
    expect(text.name).toBeUndefined();
    expect(text.title).toBeUndefined();
    expect(text.legibility).toBeCloseTo(0.9);
  });

  it('says a picture with no text has no legibility', () => {
    expect(readCertificateText([])).toMatchObject({ legibility: 0, characters: 0 });
  });
});

const sure: CertificateText = readCertificateText(
  lines(['居民身份证', '姓名张晓明', '公民身份号码 11010519491231002X']),
);
const garbled: CertificateText = readCertificateText(
  lines(['公良另乱', '胆光 另岷', '出 上市京 oo1'], 0.55),
);

describe('orientation', () => {
  it('needs no flipped reading when the upright one is clear and its number valid', () => {
    expect(uprightIsSure(sure)).toBe(true);
    expect(uprightIsSure(garbled)).toBe(false);
    const invalidNumber = readCertificateText(lines(['公民身份号码 110105194912310021']));
    expect(uprightIsSure(invalidNumber)).toBe(false);
  });

  it('calls a picture mirrored when only its flipped copy reads clearly', () => {
    const reading = chooseOrientation(garbled, sure);
    expect(reading).toMatchObject({ mirrored: true, legible: true });
    expect(reading.number?.text).toBe('11010519491231002X');
  });

  it('never calls a picture mirrored when the flipped copy reads no better', () => {
    expect(chooseOrientation(sure, garbled).mirrored).toBe(false);
    expect(chooseOrientation(garbled, garbled)).toMatchObject({ mirrored: false, legible: false });
    expect(chooseOrientation(sure)).toMatchObject({ mirrored: false, legible: true });
  });

  it('says "reads the right way round" only when upright is clear and flipped clearly worse', () => {
    expect(chooseOrientation(sure).upright).toBe(true);
    expect(chooseOrientation(sure, garbled).upright).toBe(true);
    // Legible both ways, neither clearly better (a receipt, mirrored): no claim either way.
    const fair = readCertificateText(lines(['TOTAL 45.000 CASH 50.000'], 0.84));
    const fairFlipped = readCertificateText(lines(['TOTAL 45.000 CASH 50.000'], 0.9));
    expect(chooseOrientation(fair, fairFlipped)).toMatchObject({
      mirrored: false,
      legible: true,
      upright: false,
    });
    expect(chooseOrientation(fair).upright).toBe(false);
  });

  it('does not trust a flipped reading of too few characters', () => {
    const short = readCertificateText(lines(['张三'], 0.99));
    expect(chooseOrientation(garbled, short).mirrored).toBe(false);
  });
});

describe('read-picture helpers', () => {
  it('flips pixels left to right', () => {
    const data = new Uint8ClampedArray([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4]);
    expect([...flipPixels({ width: 2, height: 2, data }).data]).toEqual([
      2, 2, 2, 2, 1, 1, 1, 1, 4, 4, 4, 4, 3, 3, 3, 3,
    ]);
  });

  it('gives boxes as shares of the picture, mirrored back for a flipped reading', () => {
    const line = { text: 'ab', confidence: 1, box: { x: 100, y: 50, width: 200, height: 20 } };
    const size = { width: 1000, height: 500 };
    expect(linesOf([[line]], size, false)[0]!.box).toEqual({
      x: 0.1,
      y: 0.1,
      width: 0.2,
      height: 0.04,
    });
    expect(linesOf([line], size, true)[0]!.box.x).toBeCloseTo(0.7);
  });
});
