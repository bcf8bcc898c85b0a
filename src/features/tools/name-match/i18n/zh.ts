import { characterForm, codePointLabel, isHan } from '../character-form';
import type { NameDifference } from '../compare-names';
import type { NameStrings } from './en';

// 名称对比工具的界面文字。

/** 说清楚是哪个字符：全角/半角、哪种空格，以及编码（U+FF08），看起来一样的字符也能分清。 */
function describe(c: string, withCode = true): string {
  const code = withCode ? `（${codePointLabel(c)}）` : '';
  switch (characterForm(c)) {
    case 'space':
      return `空格${code}`;
    case 'ideographic-space':
      return `全角空格${code}`;
    case 'no-break-space':
      return `不间断空格${code}`;
    case 'other-space':
      return `换行或其他空白${code}`;
    case 'full-width':
      return `全角的“${c}”${code}`;
    case 'half-width':
      return `半角的“${c}”${code}`;
    case 'plain':
      return `“${c}”${code}`;
  }
}

const describeRun = (text: string) => ([...text].length === 1 ? describe(text) : `“${text}”`);

/** 全是汉字时说“字”，否则说“字符”。 */
const unit = (...texts: string[]) => (texts.every((t) => [...t].every(isHan)) ? '字' : '字符');

const span = (position: number, text: string) => {
  const length = [...text].length;
  return length === 1 ? `${position}` : `${position}–${position + length - 1}`;
};

function difference(d: NameDifference): string {
  const { position: p, registrant: a, certificate: b } = d;
  switch (d.shape) {
    case 'pair':
      switch (d.kind) {
        case 'traditional':
          return d.traditional === 'both'
            ? `第 ${p} 个字：证件上的“${b}”和你填的“${a}”都是“${d.simplified}”的繁体写法，但不是同一个字。两者要完全一致。`
            : `第 ${p} 个字：证件上是${d.traditional === 'certificate' ? '繁体' : '简体'}的“${b}”，你填的是${d.traditional === 'registrant' ? '繁体' : '简体'}的“${a}”。两者要完全一致。`;
        case 'homophone':
          return d.registrantPinyin === d.certificatePinyin
            ? `第 ${p} 个字：“${b}”和“${a}”读音相同（${d.certificatePinyin}），但是不同的字。请照证件填写“${b}”。`
            : `第 ${p} 个字：“${b}”（${d.certificatePinyin}）和“${a}”（${d.registrantPinyin}）读音相近，但是不同的字。请照证件填写“${b}”。`;
        default: {
          const han = isHan(a) && isHan(b);
          // 两个汉字一眼就能看出不同，不必给编码；全角/半角这类看起来一样的才需要。
          const withCode = !han || d.kind === 'width';
          const explain = {
            width: '一个是全角，一个是半角',
            case: '大小写不一样',
            similar: `两个${han ? '字' : '字符'}长得像，但不是同一个${han ? '字' : '字符'}`,
            space: '两种空格不一样',
            punctuation: '标点符号不一样',
            different: `这是两个不同的${han ? '字' : '字符'}`,
          }[d.kind];
          return `第 ${p} 个${unit(a, b)}：你填的是${describe(a, withCode)}，证件上是${describe(b, withCode)}；${explain}。`;
        }
      }
    case 'runs':
      return `第 ${span(p, a)} 个${unit(a, b)}：你填的是${describeRun(a)}，证件上是${describeRun(b)}。`;
    case 'extra':
      return `第 ${span(p, a)} 个${unit(a)}：你填的名称里多了${describeRun(a)}，证件上没有。`;
    case 'missing':
      return `第 ${p} 个${unit(b)}前面：你填的名称里少了${describeRun(b)}，证件上有。`;
  }
}

const zh: NameStrings = {
  page: {
    title: '对比两个名字',
    description:
      '把注册者名称和证件上的名称放在一起比，找出每一处不同：用字、繁简体、同音字、全角/半角、空格、标点和简称。',
    intro:
      '注册者名称必须和证件上的名称完全一致。输入或粘贴这两个名称，就能看到每一处不同。名称只留在你的设备上。',
  },
  registrant: { label: '注册者名称', hint: '和域名注册信息（信息模板）里填的一样。' },
  certificate: { label: '证件上的名称', hint: '和证件上印的完全一样。' },
  submit: '对比名称',
  enterBoth: '请把两个名称都填上，再对比。',
  summary: (identical, differences, abbreviated) =>
    identical
      ? '两个名称完全一样。'
      : `两个名称不一样：有 ${differences} 处不同${abbreviated ? '，而且你填的名称像是简称' : ''}。`,
  markedHint: '不同的地方已经标出来了；␣ 表示空格，‸ 表示这里少了内容。',
  missingHere: '这里少了内容',
  missingHereSpoken: '（这里少了内容）',
  findingsLabel: '不同之处',
  more: (hidden) => `还有 ${hidden} 处。差别这么多，请确认比对的是不是同一个名称。`,
  chineseLoading: '正在查繁简体和同音字……',
  chineseFailed: '繁简体和读音对照表没能加载，上面只按字形做了比对。请检查网络，再对比一次。',
  findings: {
    identical: () => '两个名称完全一样，一字不差。',
    abbreviated: () =>
      '你填的注册者名称像是证件上名称的简称。不能用简称或缩写：请按证件上印的完整名称填写。',
    'formatting-only': () =>
      '只是空格、标点、大小写或全角/半角不一样，但两个名称仍然必须完全一致。',
    difference: (m) => difference(m.difference),
    'different-registrant': () =>
      '如果域名登记在证件持有者以外的人名下，需要先把域名过户给实际的注册者，由实际的注册者在过户时完成实名认证。',
    'sound-alike': () => '读音相同或相近、但写法不同的字，也算不一致。请对照证件逐个字核对。',
  },
};

export default zh;
