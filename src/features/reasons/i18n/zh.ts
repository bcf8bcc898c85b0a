import type { ReasonStrings } from './en';

// 单个失败原因页面的界面文字；原因列表的文字在 list/ 里。
const zh: ReasonStrings = {
  outcomes: {
    'fix-and-resubmit': '改正后可以重新提交',
    'wait-then-resubmit': '一般等一等再提交就能解决',
    'cannot-be-fixed': '重新提交也解决不了',
  },
  typicalWait: (waiting) => `一般需要等：${waiting}`,
  allReasons: '← 全部失败原因',
  appliesTo: (registrants, regions) => {
    const who = { individual: '个人', organization: '企业和组织' };
    const where = { 'chinese-mainland': '中国大陆', 'outside-chinese-mainland': '中国大陆以外' };
    return `适用于：${regions.map((r) => where[r]).join('和')}的${registrants.map((r) => who[r]).join('、')}。`;
  },
  relatedHeading: '相关的失败原因',
  notYourMessage: '不是你收到的提示？',
  searchLink: '搜一下你收到的原文',
  whatYouSee: '你会看到的情况',
  messageHeading: (count) => (count === 1 ? '你收到的提示' : '你可能收到的提示'),
  copyMessage: (message) => `复制这条提示：${message}`,
  messageCopied: '提示已复制',
  toolsHeading: '可以帮你的小工具',
  tools: {
    'image-check': {
      label: '检查证件照片',
      detail: '格式、大小、彩色、清晰度等，都在你的设备上检查。',
    },
    'certificate-number': {
      label: '检查证件号码',
      detail: '找出把数字 0 写成字母 O 这类输入错误。',
    },
    'certificate-dates': {
      label: '检查证件日期',
      detail: '是不是太新、已过期或快要过期。',
    },
    diagnose: {
      label: '弄清楚到底该交什么',
      detail: '回答几个问题，得到一份你自己的清单：交哪种证件、哪一面、哪一页。',
    },
    'name-match': {
      label: '对比两个名字',
      detail: '逐字找出注册者名称和证件上名字的不同之处。',
    },
  },
};

export default zh;
