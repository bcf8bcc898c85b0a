// ImageMagick `convert` arguments that draw a certificate-like page, shared by the test fixtures
// (scripts/make-image-fixtures.mjs) and the benchmark (scripts/bench-image-check.mjs).

import { testFont } from './test-tools.mjs';

// A certificate-like page: blue header band, lines of text, a red seal with a star.
const text = [
  'BUSINESS LICENSE  No. 91310000MA1FL0000X',
  'Name: Example Trading Co., Ltd.',
  'Legal representative: Zhang San',
  'Registered capital: 1,000,000 CNY',
  'Date of establishment: 2019-05-20',
  'Business scope: software, consulting, trade',
  'Address: 100 Example Road, Shanghai',
];
export function certificatePageArgs({ paper = '#fbfaf7', seal = true } = {}) {
  const args = [
    '-size',
    '1600x1000',
    `xc:${paper}`,
    '-fill',
    '#1f3a93',
    '-draw',
    'rectangle 0,0 1600,110',
    '-fill',
    'black',
    // Named explicitly: ImageMagick's default font comes from Ghostscript, which few machines have.
    '-font',
    testFont,
    '-pointsize',
    '34',
  ];
  text.forEach((line, i) => args.push('-annotate', `+80+${190 + i * 70}`, line));
  if (seal) {
    args.push(
      '-fill',
      'none',
      '-stroke',
      '#d42a2a',
      '-strokewidth',
      '10',
      '-draw',
      'circle 1300,760 1300,620',
    );
    args.push(
      '-fill',
      '#d42a2a',
      '-stroke',
      'none',
      '-draw',
      'polygon 1300,700 1315,745 1360,745 1323,772 1337,815 1300,790 1263,815 1277,772 1240,745 1285,745',
    );
  }
  return args;
}
