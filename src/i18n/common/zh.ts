import type { CommonStrings } from './en';

// 每个页面都会显示的界面文字（页眉、页脚、出错提示、通用组件）。
const zh: CommonStrings = {
  siteName: '域名实名认证帮助',
  skipToContent: '跳到正文',
  mainNav: '主导航',
  nav: { lookup: '查失败原因', diagnose: '该交什么材料', check: '检查证件照片' },
  loadingPage: '页面加载中',
  footerPrivacyLead: '隐私放心：',
  footerPrivacy:
    '你在本站输入或选择的任何内容都不会发送出去，也不会保存。所有检查都在你自己的设备上完成。',
  footerDecision: '本站讲解的是公开的实名认证规则。能否通过审核，由注册局认可的审核机构决定。',
  otherLanguage: { label: 'English', title: 'Read this page in English' },
  languageOffer: {
    text: 'This page is also available in English.',
    action: 'Read in English',
    dismiss: 'Close',
  },
  callout: { general: '通用建议', warning: '重要', tip: '小提示' },
  checkImageLink: '重新提交前，先检查一下照片',
  copy: {
    copy: '复制',
    copied: '已复制',
    failed: '没能复制，请手动选中文字复制',
  },
};

export default zh;
