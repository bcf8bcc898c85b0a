import type { ToolStrings } from './en';

// 三个小工具共用的界面文字（检查结果列表和链接）。
const zh: ToolStrings = {
  severity: {
    error: '问题：',
    warning: '请核对：',
    note: '提示：',
    ok: '通过：',
  },
  prevents: (title) => `可避免的失败原因：${title}`,
  // 和 content/reasons/zh 里各原因页面的标题一致（shared/finding.test.ts 会检查）。
  reasons: {
    'invalid-certificate-type-or-number': '证件类型或证件号码无效',
    'certificate-number-not-found': '证件号码查不到，或证件验证失败',
    'inconsistent-registrant-information': '持有者信息和证件对不上',
    'invalid-certificate-information': '证件信息核验不通过',
    'certificate-not-in-database': '证件查不到，或者是刚办的新证件',
    'invalid-registrant-contact-information': '域名持有者的联系人信息无效',
  },
  result: '检查结果',
};

export default zh;
