import type { NumberStrings } from './en';

// 证件号码检查工具的界面文字。

/** “字母 O”“小写字母 l”“数字 0”：把容易看混的字符说清楚。 */
function say(c: string): string {
  if (/\d/.test(c)) return `数字 ${c}`;
  if (/[a-z]/.test(c)) return `小写字母 ${c}`;
  if (/[A-Z]/.test(c)) return `字母 ${c}`;
  return `“${c}”`;
}

const zh: NumberStrings = {
  page: {
    title: '检查证件号码',
    description:
      '提交前找出居民身份证号码或统一社会信用代码里的输入错误，比如把数字 0 输成了字母 O。',
    intro:
      '找出会导致实名认证失败的错误：位数或校验码不对、把数字 0 输成字母 O、多填了“(1-1)”这样的副本编号。号码只在你的设备上检查，不会发送出去，也不会保存。',
  },
  typeLabel: '证件类型',
  types: {
    'resident-id': '居民身份证',
    'business-license': '营业执照',
    'uscc-certificate': '其他组织证件（有统一社会信用代码）',
    passport: '护照',
    'foreign-permanent-resident-id': '外国人永久居留身份证',
    'hmt-residence-permit': '港澳台居民居住证',
    'household-register': '户口簿',
    other: '其他证件',
  },
  numberLabel: '证件号码',
  numberHint: '照证件上印的号码输入或粘贴。有空格、全角字符也没关系，改了哪里我们都会告诉你。',
  submit: '检查号码',
  summary: (verdict, problems, checks, corrected) => {
    const text = {
      pass: '号码通过了检查。',
      warn: '号码可能会被拒绝：请核对下面几点。',
      fail: '号码这样提交会被拒绝：请看下面的问题。',
    }[verdict];
    const counts = [
      problems > 0 ? `${problems} 个问题` : '',
      checks > 0 ? `${checks} 处要核对` : '',
    ].filter(Boolean);
    return `${text}${counts.length ? `共有 ${counts.join('、')}。` : ''}${corrected ? `改正后的号码：${corrected}。` : ''}`;
  },
  asChecked: '检查的号码',
  changesHeading: '我们改动了什么',
  correctedLabel: '改正后的号码',
  compareFirst: '使用前请再和证件核对一遍。',
  copyCorrected: '复制改正后的号码',
  findingsLabel: '检查详情',
  findings: {
    'too-long': ({ length }) =>
      `你填了 ${length} 个字符，比任何证件号码都长得多。请只粘贴或输入证件号码。`,
    empty: () => '请填写证件号码，和证件上印的完全一样。',
    'duplicate-suffix': ({ suffix }) =>
      `请去掉副本编号“${suffix}”。只填号码本身，不要括号里的部分。`,
    separator: ({ char, position }) =>
      `第 ${position} 位的“${char}”不是号码的一部分。只填字母和数字，不要加分隔符。`,
    lookalike: ({ rule, typed, digit, position }) => {
      switch (rule) {
        case 'resident-id':
          return `第 ${position} 位是${say(typed)}，身份证号码里只有数字和末位的 X。你可能想输入${say(digit)}。`;
        case 'uscc-division':
          return `第 ${position} 位是${say(typed)}，但第 3 到 8 位是登记管理机关行政区划码，只能是数字。你可能想输入${say(digit)}。`;
        case 'uscc-excluded':
          return `第 ${position} 位是${say(typed)}，统一社会信用代码里不用这个字母。你可能想输入${say(digit)}。`;
        case 'lower-l':
          return `第 ${position} 位你输入的是小写字母 l，我们已经改成了大写字母 L。如果证件上这一位是数字 1，请填 1。`;
      }
    },
    character: ({ rule, char, position }) => {
      switch (rule) {
        case 'resident-id-x':
          return `第 ${position} 位是 X。身份证号码里 X 只能出现在最后一位，请对照证件核对号码。`;
        case 'resident-id':
          return `第 ${position} 位是${say(char)}，身份证号码里不会有它：号码是 17 位数字，最后一位是数字或 X。`;
        case 'uscc-division':
          return `第 ${position} 位不能是${say(char)}：第 3 到 8 位是登记管理机关行政区划码，只能是数字。请对照证件核对。`;
        case 'uscc-excluded':
          return `第 ${position} 位是${say(char)}，统一社会信用代码里不用 I、O、S、V、Z 这几个字母。请对照证件核对这一位。`;
        case 'uscc':
          return `第 ${position} 位是${say(char)}，统一社会信用代码里只有数字和大写字母。`;
        case 'basic':
          return `第 ${position} 位是${say(char)}，不是字母也不是数字。请照证件上印的号码填写；证件上没有这个字符的话，就把它去掉。`;
      }
    },
    'more-characters': ({ positions }) =>
      `还有 ${positions.length} 个字符也不能出现在号码里（第 ${positions.join('、')} 位）。请只填证件号码。`,
    'looks-like-uscc': () =>
      '这是统一社会信用代码，不是居民身份证号码。请选择和你上传的证件一致的证件类型。',
    'looks-like-resident-id': ({ chosen }) =>
      chosen === 'uscc'
        ? '这是居民身份证号码，不是统一社会信用代码。中国大陆的企业和组织必须提交带有效 18 位统一社会信用代码的证件；请选择和你上传的证件一致的证件类型。'
        : '这像是居民身份证号码，不是护照号码。中国大陆的个人必须提交居民身份证；请选择和你上传的证件一致的证件类型。',
    'old-15-digit': () => '这像是旧的 15 位身份证号码。请填写你现在用的居民身份证上的 18 位号码。',
    'old-registration-number': () =>
      '这像是旧版营业执照上的 15 位注册号。中国大陆的企业和组织必须提交带有效 18 位统一社会信用代码的证件。',
    length: ({ standard, length, needed }) =>
      `你填了 ${length} 位，但${standard === 'resident-id' ? '居民身份证号码' : '统一社会信用代码'}是 ${needed} 位。${length < needed ? '请填写完整的证件号码。' : '请检查是不是多输了字符。'}`,
    'birth-date': ({ digits }) =>
      `第 7 到 14 位是出生日期（年、月、日），但 ${digits} 不是真实存在的日期。请对照证件核对这几位数字。`,
    'future-birth-date': ({ digits }) =>
      `第 7 到 14 位是出生日期，但 ${digits} 比今天还晚。请对照证件核对这几位数字。`,
    'check-character': ({ standard, expected, actual }) =>
      standard === 'resident-id'
        ? `最后一位是校验码，由前 17 位数字算出来。按你填的数字，最后一位应该是 ${expected}，不是 ${actual}，所以至少有一位输错了。请对照证件逐位核对。`
        : `最后一位是校验码，由前 17 位算出来。按你填的内容，最后一位应该是 ${expected}，不是 ${actual}，可能有一位输错了。请对照证件逐位核对。如果证件上印的确实是这个代码，仍然可以提交：少数已发放的代码不符合校验规则。`,
    'possible-mixup': ({ position, from, to, corrected }) =>
      `第 ${position} 位：如果这里是${say(to)} 而不是${say(from)}，代码就是有效的：${corrected}。请对照证件核对这一位。`,
    valid: ({ standard }) =>
      standard === 'resident-id'
        ? '这是有效的 18 位居民身份证号码：位数、出生日期和校验码都对。请确认它和你上传的证件上的号码完全一样。'
        : '这是有效的统一社会信用代码：位数、字符和校验码都对。请确认它和你上传的证件上的代码完全一样。',
    'valid-after-correction': ({ standard, number }) =>
      standard === 'resident-id'
        ? `改正以后，${number} 是有效的 18 位居民身份证号码。请照这样填写，和证件上的一模一样。`
        : `改正以后，${number} 是有效的统一社会信用代码。请照这样填写，和证件上的一模一样。`,
    'length-short': ({ length }) =>
      `号码只有 ${length} 位。必须填写完整的证件号码，请对照证件核对。`,
    'length-long': ({ length, max }) =>
      `号码有 ${length} 位，护照号码一般最多 ${max} 位。请确认只填了护照号码。`,
    'check-lookalikes': ({ characters }) =>
      `数字和字母容易看混（0 和 O、1 和 I、8 和 B）。请对照证件核对这几位：${characters
        .map(({ char, position }) => `第 ${position} 位是${say(char)}`)
        .join('；')}。`,
    'basic-checks-passed': () =>
      '号码通过了这类证件能做的检查：位数和字符看起来都没问题。这类证件没有公开的校验码，请再对照证件核对一遍号码。',
    military: () =>
      '军人等特殊职业人员不能用 18 位居民身份证号码做实名认证，需要提交其他类型的身份证件。',
    'query-platform': () =>
      '这个代码必须能在全国组织机构统一社会信用代码数据服务中心的查询平台上查到。如果查不到，请拨打他们的客服电话 400-807-6000。',
  },
  changes: {
    spaces: ({ count }) => `去掉了 ${count} 个空格或换行。填号码时不要加空格。`,
    invisible: ({ count }) => `去掉了 ${count} 个随粘贴带进来的看不见的字符。`,
    'full-width': ({ count, example }) =>
      `把 ${count} 个全角字符改成了半角（${example.from} → ${example.to}）。输入号码时，请把输入法切换到半角。`,
    'lower-case': ({ count, example }) =>
      `把 ${count} 个小写字母改成了大写（${example.from} → ${example.to}）。`,
  },
};

export default zh;
