import type { LookupStrings } from './en';

// 查询失败原因（以及围绕它的几个页面）的界面文字。
const zh: LookupStrings = {
  home: {
    metaDescription: '域名实名认证没通过？把收到的提示粘贴进来，马上知道哪里出了问题、该怎么改。',
    heading: '实名认证没通过？查清原因，照着改。',
    intro:
      '把邮件或控制台里的审核失败提示粘贴进来，就能看到它是什么意思，以及重新提交前具体要做什么。',
    checkHeading: '准备上传证件照片？',
    checkText: '先检查一下格式、大小、是不是彩色、够不够清晰。照片只在你的设备上检查，不会上传。',
    checkButton: '检查我的照片',
  },
  lookupPage: {
    title: '查询审核失败原因',
    resultsTitle: (q) => `“${q}”的查询结果`,
    metaDescription: '粘贴你收到的实名认证失败提示，查看它的意思和解决办法。',
  },
  notFound: {
    title: '页面不存在',
    metaDescription: '这个页面不存在。你可以直接搜索收到的失败提示。',
    heading: '没有找到这个页面',
    intro: '链接可能输错了或已经过时。可以搜索你收到的提示，或者在下面的列表里找到你的原因。',
  },
  allReasons: '全部审核失败原因',
  box: {
    label: '粘贴或输入你收到的提示',
    hint: '整封邮件贴进来也可以，也可以用自己的话描述遇到的问题。',
    placeholder: '例如：注册者证件不清晰/被遮挡/水印',
    submit: '查询',
  },
  status: {
    loadFailed: '搜索功能没加载出来。请检查网络后刷新页面。',
    searching: '正在查找…',
    none: '没有找到和这段文字对应的失败原因。请在下面的完整列表里找找看。',
    found: (n) => `找到 ${n} 个相关原因，最可能的排在最前面。`,
    closest: (n) =>
      `这条提示没有单独的说明页面。下面是最接近的 ${n} 个原因，以及一份通用检查清单。`,
  },
  truncated: (max) => `这段文字太长了，只搜索了前 ${max} 个字符。`,
  resultsLabel: '相关的失败原因，最可能的在前',
  bestMatch: '最可能的原因',
  closestMatch: '最接近的原因',
  matched: '匹配到：',
  otherLanguagePage: 'Read it in English: ',
};

export default zh;
