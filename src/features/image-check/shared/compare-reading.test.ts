import { describe, expect, it } from 'vitest';
import { readCertificateText, chooseOrientation, type TextLine } from './certificate-text';
import { result, type CheckResult } from './checks';
import { compareReading, type Entered } from './compare-reading';

const lines = (texts: string[], confidence = 0.99): TextLine[] =>
  texts.map((text, i) => ({
    text,
    confidence,
    box: { x: 0.1, y: 0.1 + i * 0.1, width: 0.6, height: 0.05 },
  }));

const idCard = chooseOrientation(
  readCertificateText(lines(['居民身份证', '姓名张晓明', '公民身份号码 11010519491231002X'])),
);
const license = chooseOrientation(
  readCertificateText(
    lines(['营业执照', '名称 福州青松贸易有限公司', '统一社会信用代码 91350100M000100Y43']),
  ),
);

const before: CheckResult[] = [
  result('mirror', 'pass', { code: 'mirror-ok' }),
  result('number-match', 'skip', { code: 'reading-not-asked' }),
  result('name-match', 'skip', { code: 'reading-not-asked' }),
  result('type-match', 'skip', { code: 'reading-not-asked' }),
];

const entered = (values: Partial<Entered>): Entered => ({
  name: '',
  number: '',
  kind: 'unknown',
  ...values,
});
const check = (checks: CheckResult[], id: CheckResult['id']) => checks.find((c) => c.id === id)!;

describe('compareReading', () => {
  it('says what it read and waits for the entries', () => {
    const { checks } = compareReading(before, idCard, entered({}));
    expect(check(checks, 'number-match').message).toEqual({
      code: 'number-not-entered',
      read: '11010519491231002X',
    });
    expect(check(checks, 'name-match').message).toEqual({
      code: 'name-not-entered',
      read: '张晓明',
    });
    expect(check(checks, 'type-match').message).toEqual({
      code: 'type-not-chosen',
      read: 'identity-card',
    });
    expect(check(checks, 'mirror')).toMatchObject({
      status: 'pass',
      message: { code: 'mirror-text-ok' },
    });
  });

  it('passes the same number typed with spaces and a lower-case x, and the same name', () => {
    const { checks } = compareReading(
      before,
      idCard,
      entered({ number: '110105 19491231002x', name: ' 张晓明 ', kind: 'identity-card' }),
    );
    expect(check(checks, 'number-match').status).toBe('pass');
    expect(check(checks, 'name-match').status).toBe('pass');
    expect(check(checks, 'type-match').status).toBe('pass');
  });

  it('fails a look-alike letter in the number, with the name tool’s explanation', () => {
    const comparison = compareReading(before, idCard, entered({ number: '11O10519491231002X' }));
    expect(check(comparison.checks, 'number-match').status).toBe('fail');
    expect(comparison.number?.differences[0]).toMatchObject({
      kind: 'similar',
      registrant: 'O',
      certificate: '0',
      position: 3,
    });
  });

  it('fails a name that differs by one character, or is shortened', () => {
    const differs = compareReading(before, idCard, entered({ name: '张小明' }));
    expect(check(differs.checks, 'name-match').status).toBe('fail');
    expect(differs.name?.differences).toHaveLength(1);
    const short = compareReading(before, license, entered({ name: '青松贸易' }));
    expect(check(short.checks, 'name-match').status).toBe('fail');
    expect(short.name?.abbreviated).toBe(true);
  });

  it('explains a "(1-1)" typed after a license number', () => {
    const { checks } = compareReading(
      before,
      license,
      entered({ number: '91350100M000100Y43（1-1）' }),
    );
    expect(check(checks, 'number-match')).toMatchObject({
      status: 'fail',
      message: { code: 'number-suffix', suffix: '(1-1)' },
    });
  });

  it('warns when the document read is not the type chosen', () => {
    const { checks } = compareReading(before, license, entered({ kind: 'identity-card' }));
    expect(check(checks, 'type-match')).toMatchObject({
      status: 'warn',
      message: { code: 'type-differs', read: 'business-license', chosen: 'identity-card' },
    });
  });

  it('never matches a number whose check character disagrees, or read unsure', () => {
    const wrongCheck = chooseOrientation(
      readCertificateText(lines(['居民身份证', '姓名 张晓明', '公民身份号码 110105194912310021'])),
    );
    const typed = entered({ number: '110105194912310021' });
    expect(check(compareReading(before, wrongCheck, typed).checks, 'number-match')).toMatchObject({
      status: 'skip',
      message: { code: 'number-unsure' },
    });
    const unsure = chooseOrientation(
      readCertificateText([
        ...lines(['居民身份证', '性别 男 民族 汉']),
        { text: '姓名 张晓明', confidence: 0.6, box: { x: 0, y: 0.5, width: 0.5, height: 0.05 } },
      ]),
    );
    expect(
      check(compareReading(before, unsure, entered({ name: '张晓明' })).checks, 'name-match'),
    ).toMatchObject({ status: 'skip', message: { code: 'name-unsure' } });
  });

  it('says nothing but "cannot read" on an illegible picture, and leaves mirror alone', () => {
    const illegible = chooseOrientation(readCertificateText(lines(['口口', '乱码'], 0.4)));
    const { checks } = compareReading(before, illegible, entered({ name: '张晓明' }));
    for (const id of ['number-match', 'name-match', 'type-match'] as const) {
      expect(check(checks, id).message.code).toBe('reading-illegible');
    }
    expect(check(checks, 'mirror').message.code).toBe('mirror-ok');
  });

  it('leaves mirror as it was when the text is legible but not clearly the right way round', () => {
    const fair = chooseOrientation(
      readCertificateText(
        lines(['居民身份证', '姓名张晓明', '公民身份号码 11010519491231002X'], 0.85),
      ),
    );
    expect(fair).toMatchObject({ legible: true, upright: false });
    expect(check(compareReading(before, fair, entered({})).checks, 'mirror').message.code).toBe(
      'mirror-ok',
    );
  });

  it('fails mirror on mirrored text, and keeps a file marked as mirrored failing', () => {
    const garbled = readCertificateText(lines(['公良另乱', '胆光 另岷', '出 上市京 oo1'], 0.55));
    const mirrored = chooseOrientation(
      garbled,
      readCertificateText(lines(['居民身份证', '姓名张晓明', '公民身份号码 11010519491231002X'])),
    );
    expect(check(compareReading(before, mirrored, entered({})).checks, 'mirror')).toMatchObject({
      status: 'fail',
      message: { code: 'mirror-text' },
    });
    const flagged = [result('mirror', 'fail', { code: 'mirror-flagged' }), ...before.slice(1)];
    expect(check(compareReading(flagged, idCard, entered({})).checks, 'mirror').message.code).toBe(
      'mirror-flagged',
    );
  });
});
