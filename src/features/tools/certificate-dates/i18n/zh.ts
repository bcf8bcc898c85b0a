import type { ToolFormat } from '../../i18n/format';
import { weekdayOf, type CalendarDate } from '../../shared/calendar-date';
import type { DatesStrings } from './en';

// 证件日期检查工具的界面文字。

/** “2026年11月30日（星期一）”：年月日由 useFormat() 按中文格式写出，再加上星期几。 */
const show = (d: CalendarDate, format: ToolFormat) =>
  `${format.date(d.year, d.month, d.day)}（星期${'日一二三四五六'[weekdayOf(d)]}）`;

const zh: DatesStrings = {
  page: {
    title: '检查证件日期',
    description:
      '证件是不是太新、已经过期或者快要过期？提交实名认证前，先检查一下证件的签发日期和截止日期。',
    intro: (minDays) =>
      `证件生效要满 ${minDays} 个自然日，而且不能过期。请填写证件上印的日期，日期只留在你的设备上。`,
  },
  issued: { label: '签发日期', picker: '或者从日历里选签发日期' },
  expiry: { label: '截止日期', picker: '或者从日历里选截止日期' },
  dateHint: '按“年-月-日”的顺序填写，例如 2024-03-05（也可以写 20240305 或 2024年3月5日）。',
  placeholder: '年-月-日',
  longTerm: '长期有效：证件上的有效期写的是“长期”',
  submit: '检查日期',
  enterOne: '请填写签发日期或截止日期，也可以两个都填。',
  verdict: {
    pass: '日期符合要求。',
    warn: '日期可能导致审核失败：请看下面的说明。',
    fail: '日期还不符合要求：请看下面的说明。',
  },
  firstSubmit: '最早可以提交的日期：',
  longDate: show,
  checkedAgainst: (today) => `按这台设备上的日历，今天是 ${today}。`,
  findingsLabel: '检查详情',
  problems: {
    'long-term-not-allowed': () => '请填写证件的签发日期，例如 2024-03-05。',
    'year-last': () =>
      '请把年份写在最前面，按“年-月-日”填写（例如 2024-03-05），这样日和月不会弄混。',
    format: () => '请按“年-月-日”填写日期，例如 2024-03-05，也可以从日历里选。',
    'no-such-day': ({ year, month, day }) =>
      `${year}年没有${month}月${day}日这一天。请对照证件再核对一下日期。`,
    'no-such-month': ({ month }) => `没有 ${month} 月。请按“年-月-日”填写，例如 2024-03-05。`,
  },
  findings: {
    'issued-in-future': ({ issued }, format) =>
      `签发日期 ${show(issued, format)}还没到。请对照证件再核对一下日期。`,
    'too-new': ({ age, earliest, minDays }, format) =>
      `现在还不能提交：你的证件${age === 0 ? '今天才签发' : `签发才 ${format.number(age)} 个自然日`}，要生效满 ${minDays} 个自然日才行。请在 ${show(earliest, format)}当天或之后提交。`,
    'issue-date-ok': ({ age, minDays }, format) =>
      `已经签发 ${format.number(age)} 个自然日，生效满 ${minDays} 个自然日了。`,
    'long-term': () => '长期有效：证件不会过期。',
    'expiry-before-issue': ({ expiry }, format) =>
      `截止日期 ${show(expiry, format)}比签发日期还早。请对照证件核对这两个日期。`,
    expired: ({ expiry }, format) =>
      `你的证件已经在 ${show(expiry, format)}过期了。过期的证件通不过实名认证：请先换领新证件，再提交新证件。`,
    'expiring-soon': ({ left, expiry }, format) =>
      `你的证件${left === 0 ? '今天就到期了' : `还有 ${format.number(left)} 个自然日就到期了`}，到期日是 ${show(expiry, format)}。证件快到期时，审核可能不通过；如果来得及，请先换领新证件，再提交新证件。`,
    'expiry-ok': ({ expiry }, format) =>
      `有效期到 ${show(expiry, format)}：没有过期，也不会很快到期。`,
  },
};

export default zh;
