// Certificate-like specimens for the reading (issue 13): invented names and numbers only, drawn
// with ImageMagick and the test font (a CJK font: scripts/test-tools.mjs), in the shapes of the
// documents registrants upload. Each can be drawn clean or as a problem: mirrored, turned, blurred,
// photographed on a desk. Used by the evaluation (scripts/eval-ocr.mjs) and the e2e fixtures.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { testFont } from './test-tools.mjs';

const run = promisify(execFile);
const convert = (args) => run('convert', args, { maxBuffer: 1 << 20 });

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** GB 11643-1999: the check character of 17 digits. */
export const residentId = (first17) =>
  first17 + '10X98765432'[[...first17].reduce((s, c, i) => s + Number(c) * ID_WEIGHTS[i], 0) % 11];
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 32100-2015: the check character of 17 characters. */
export const uscc = (first17) => {
  const sum = [...first17].reduce((s, c, i) => s + USCC_ALPHABET.indexOf(c) * USCC_WEIGHTS[i], 0);
  return first17 + USCC_ALPHABET[(31 - (sum % 31)) % 31];
};
/** The same number with a wrong check character (what a typo on a forged document looks like). */
const wrongCheck = (number) => {
  const alphabet = /^\d{17}/.test(number) ? '0123456789X' : USCC_ALPHABET;
  const last = number.at(-1);
  return number.slice(0, -1) + alphabet[(alphabet.indexOf(last) + 3) % alphabet.length];
};

/**
 * The specimens: `kind` is the checker's document kind, `number` the one to read (the passport's
 * own number on a passport), `valid` whether its check character agrees.
 */
export const specimens = [
  card('id1', '张晓明', residentId('11010519491231002'), [
    '性别 男    民族 汉',
    '出生 1949年12月31日',
    '住址 北京市朝阳区星光路18号',
  ]),
  card('id2', '李建国', residentId('44030619850612471'), [
    '性别 男    民族 汉',
    '出生 1985年6月12日',
    '住址 广东省深圳市南山区科苑路7号',
  ]),
  card('id3', '王丽华', residentId('32010219920305882'), [
    '性别 女    民族 汉',
    '出生 1992年3月5日',
    '住址 江苏省南京市玄武区梅园路3号',
  ]),
  card('id4', '陈思远', residentId('51010719780923153'), [
    '性别 男    民族 汉',
    '出生 1978年9月23日',
    '住址 四川省成都市武侯区锦城大道66号',
  ]),
  card(
    'id5',
    '欧阳雪',
    wrongCheck(residentId('23010219990118264')),
    ['性别 女    民族 汉', '出生 1999年1月18日', '住址 黑龙江省哈尔滨市南岗区红军街5号'],
    false,
  ),
  card('id6', '赵一鸣', residentId('41010420010704083'), [
    '性别 男    民族 回',
    '出生 2001年7月4日',
    '住址 河南省郑州市管城区商城路12号',
  ]),
  sheet(
    'bl1',
    '营业执照',
    'business-license',
    '上海星河信息技术有限公司',
    uscc('91310115MA1K4XY8B'),
    [
      '类型 有限责任公司',
      '法定代表人 周明',
      '注册资本 壹佰万元整',
      '住所 上海市浦东新区张江路100号',
    ],
  ),
  sheet('bl2', '营业执照', 'business-license', '福州青松贸易有限公司', '91350100M000100Y43', [
    '类型 有限责任公司',
    '法定代表人 林海',
    '注册资本 伍拾万元整',
    '住所 福建省福州市鼓楼区五四路9号',
  ]),
  sheet(
    'bl3',
    '营业执照',
    'business-license',
    '杭州云帆网络科技有限公司',
    uscc('91330106MA2H3QW7K'),
    [
      '类型 有限责任公司',
      '法定代表人 赵启',
      '注册资本 叁佰万元整',
      '住所 浙江省杭州市西湖区文三路20号',
    ],
  ),
  sheet(
    'bl4',
    '营业执照',
    'business-license',
    '成都锦程餐饮管理有限公司',
    wrongCheck(uscc('91510104MA6CG2LP5')),
    [
      '类型 有限责任公司',
      '法定代表人 何静',
      '注册资本 贰拾万元整',
      '住所 四川省成都市锦江区春熙路8号',
    ],
    false,
  ),
  sheet(
    'oc1',
    '事业单位法人证书',
    'organization-certificate',
    '北京市晨光文化研究中心',
    uscc('12110000MB0012345'),
    ['宗旨和业务范围 文化研究', '举办单位 北京市文化局', '有效期 2020年至2030年'],
  ),
  passport('pp1', '刘安琪', 'E12345678', ['国籍 中国', '出生地 上海', '签发机关 国家移民管理局']),
  passport('pp2', '周文博', 'E87654321', ['国籍 中国', '出生地 山东', '签发机关 国家移民管理局']),
];

function card(id, name, number, extra, valid = true) {
  const lines = [`姓名  ${name}`, ...extra, `公民身份号码  ${number}`];
  return { id, kind: 'identity-card', title: '居民身份证', name, number, valid, lines, card: true };
}
function sheet(id, title, kind, name, number, extra, valid = true) {
  const lines = [`名称  ${name}`, ...extra, `统一社会信用代码  ${number}`];
  return { id, kind, title, name, number, valid, lines, card: false };
}
function passport(id, name, number, extra) {
  const lines = [`姓名  ${name}`, `护照号  ${number}`, ...extra];
  return { id, kind: 'passport', title: '护照', name, number, valid: null, lines, card: true };
}

/** The variants, each a picture a registrant might upload; `mirrored` marks the flipped ones. */
export const variants = ['clean', 'mirrored', 'turned', 'blurred', 'desk', 'desk-mirrored'];

const background = (id) =>
  ['#eef3f8', '#f4f1e6', '#eef6ee', '#f6eef0', '#fbf8ef', '#f1eef6'][
    id.charCodeAt(id.length - 1) % 6
  ];

/** ImageMagick arguments that draw the clean specimen, `width` pixels wide. */
function cleanArgs(s, width) {
  const k = width / 2000;
  const w = width;
  const h = Math.round((s.card ? 1260 : 2800) * k);
  const px = (n) => String(Math.round(n * k));
  const args = [
    '-size',
    `${w}x${h}`,
    `xc:${background(s.id)}`,
    '-font',
    testFont,
    '-fill',
    '#1a1a1a',
  ];
  args.push(
    '-pointsize',
    px(s.card ? 96 : 150),
    '-gravity',
    'North',
    '-annotate',
    `+0+${px(s.card ? 60 : 160)}`,
    s.title,
  );
  args.push('-gravity', 'NorthWest', '-pointsize', px(s.card ? 64 : 70));
  let y = s.card ? 170 : 380;
  for (const line of s.lines) {
    y += s.card ? 150 : 230;
    args.push('-annotate', `+${px(140)}+${px(y)}`, line);
  }
  args.push(
    '-stroke',
    '#6a7a8a',
    '-strokewidth',
    px(6),
    '-fill',
    'none',
    '-draw',
    `rectangle ${px(30)},${px(30)} ${w - Math.round(30 * k)},${h - Math.round(30 * k)}`,
  );
  return { args, w, h };
}

/**
 * Draws specimen `s` as `variant` into `file` (.png, or .jpg for the photographed ones), with its
 * longer side about `width` pixels.
 */
export async function drawSpecimen(s, variant, file, width = 2000) {
  const { args, w, h } = cleanArgs(s, width);
  const k = width / 2000;
  switch (variant) {
    case 'clean':
      return convert([...args, file]);
    case 'mirrored':
      return convert([...args, '-flop', file]);
    case 'turned':
      return convert([
        ...args,
        '-background',
        background(s.id),
        '-rotate',
        '5',
        '-gravity',
        'center',
        '-extent',
        `${w}x${Math.round(h * 1.1)}`,
        file,
      ]);
    case 'blurred':
      return convert([...args, '-blur', `0x${1.5 * k}`, file]);
    case 'desk':
    case 'desk-mirrored': {
      // Photographed on a desk: smaller, in perspective, on wood, with sensor noise and soft focus.
      const sw = Math.round(w * 0.75);
      const sh = Math.round(h * 0.75);
      const d = Math.round(40 * k);
      const corners = `0,0 ${d},${Math.round(d * 0.75)}  ${sw},0 ${sw - d / 2},0  ${sw},${sh} ${sw - d * 1.5},${sh - d / 4}  0,${sh} ${d / 4},${sh - d}`;
      return convert([
        '-size',
        `${w}x${Math.round(h * 0.95)}`,
        'xc:#7a5230',
        '(',
        ...args,
        '-resize',
        '75%',
        '-alpha',
        'set',
        '-virtual-pixel',
        'transparent',
        '-distort',
        'Perspective',
        corners,
        ')',
        '-gravity',
        'center',
        '-composite',
        ...(variant === 'desk-mirrored' ? ['-flop'] : []),
        '-modulate',
        '95,100,100',
        '-attenuate',
        '0.6',
        '+noise',
        'Gaussian',
        '-blur',
        `0x${0.7 * k}`,
        '-quality',
        '88',
        file,
      ]);
    }
    default:
      throw new Error(`unknown variant ${variant}`);
  }
}

export const extensionOf = (variant) => (variant.startsWith('desk') ? 'jpg' : 'png');
