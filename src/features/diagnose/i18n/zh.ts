import type { Certificate, Region, RegistrantKind, SpecialCase } from '../answers';
import type { DiagnoseStrings } from './en';

// “该交什么材料”问答和个人清单的界面文字。数字、大小限制和客服电话来自 build-checklist.ts，
// 传进来时已经按中文格式化好了。

const registrant: Record<RegistrantKind, string> = {
  individual: '个人',
  organization: '企业或其他组织',
};

const region: Record<Region, string> = {
  'chinese-mainland': '中国大陆',
  'outside-chinese-mainland': '中国大陆以外',
};

const certificate: Record<Certificate, string> = {
  'resident-id': '居民身份证',
  passport: '护照',
  'business-license': '营业执照（或其他带统一社会信用代码的证件）',
  'foreign-permanent-resident-id': '外国人永久居留身份证',
  'hmt-residence-permit': '港澳台居民居住证',
  'household-register': '户口簿',
  other: '其他证件',
};

const special: Record<SpecialCase, string> = {
  'name-change': '我最近改过名字，或者户口正在迁移',
  military: '我是军人（或从事其他特殊职业）',
  'new-certificate': '我的证件是最近才办下来的',
};

/** “JPG、JPEG 或 PNG”这样的列举。 */
const list = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join('、')} 或 ${items.at(-1)}`;

const sameType = '如果还是要交这种证件，选择的证件类型必须和上传的证件一致。';
const wholeCertificate = '上传能看到完整证件的图片，证件的四边都要拍进去。';

const zh: DiagnoseStrings = {
  page: {
    title: '该交什么材料',
    description: '回答几个问题，得到一份专属于你的实名认证材料清单：交哪种证件、交哪一面、怎么交。',
    intro:
      '回答几个问题，就能得到一份你自己的实名认证材料清单。你的选择只记在这个页面的网址里，可以收藏或发给别人；不会发送到任何地方。',
  },
  form: {
    label: '你的情况',
    who: '1. 域名持有者是个人还是单位？',
    region: '2. 域名持有者在哪里？',
    certificate: '3. 你准备提交哪种证件？',
    special: '4. 有没有下面这些情况？',
    specialHint: '符合几项就选几项；都不符合就不用选。',
    message: '5. 你收到的是哪条提示？（选填）',
    noMessage: '还没收到提示，或者不确定',
    messageSeparator: ' / ',
  },
  labels: { registrant, region, certificate, special },
  summary: (who, where, chosen) =>
    `域名持有者：${registrant[who]}。所在地：${region[where]}。证件：${certificate[chosen]}。`,
  ready: '你的清单已经生成，就在下方。',
  preparing: '正在生成你的清单…',
  answerFirst: '答完第 1 到第 3 题，就能看到你的清单。',
  kept: {
    found: '你之前在这台设备上保存过一份清单。',
    open: '打开我保存的清单',
    forget: '删除它',
  },
  actions: {
    print: '打印',
    copyLink: '复制这份清单的链接',
    keep: '保存在这台设备上',
    forget: '从这台设备上删除',
  },
  notices: {
    linkCopied: '链接已复制。拿到链接的人都能看到这份清单；链接里只有你在上面选的答案。',
    copyFailed: '没能复制。请直接复制浏览器地址栏里的网址。',
    kept: '已保存在这台设备上。只保存你选的答案，存在这个浏览器里，直到你删除为止。',
    keepFailed: '没能保存：这个浏览器不允许保存数据。请把这个页面加入书签。',
    forgotten: '已删除：这台设备上没有保存任何内容。',
  },
  checklist: {
    heading: '你的清单',
    stepNumber: (n) => `${n}. `,
    cannotUseHeading: '这些都不能用',
    decidedBy: '能否通过审核，最终由审核机构决定。',
    tools: {
      'certificate-number': '检查证件号码',
      'certificate-dates': '检查证件日期',
      'name-match': '对比两个名字',
      'image-check': '检查证件照片',
    },
    warnings: {
      'military-resident-id': {
        title: '军人不能用居民身份证号码做实名认证',
        details: (digits) => [
          `军人等特殊职业人员，不能用 ${digits} 位居民身份证号码做实名认证。请改交其他类型的身份证件。`,
        ],
      },
      'mainland-individual': {
        title: '中国大陆的个人，要交居民身份证',
        details: (chosen) => [
          `按规定，中国大陆的个人必须提交居民身份证。你选的是：${chosen}。`,
          sameType,
        ],
      },
      'outside-individual': {
        title: '中国大陆以外的个人，要交护照',
        details: (chosen) => [
          `按规定，中国大陆以外的个人必须提交护照信息。你选的是：${chosen}。`,
          sameType,
        ],
      },
      'mainland-organization': {
        title: '中国大陆的企业和组织，证件上要有统一社会信用代码',
        details: (length) => [
          `中国大陆的企业和组织，必须提交带有效 ${length} 位统一社会信用代码的证件。请确认你的证件上有这个代码。`,
        ],
      },
      'outside-organization': {
        title: '中国大陆以外的企业和组织，要交在中国大陆以外签发的证件',
        details: ['中国大陆以外的企业和组织，必须提交在中国大陆以外签发的证件。'],
      },
    },
    steps: {
      type: {
        title: (chosen) => `证件类型：${chosen}`,
        same: '选择的证件类型必须和上传的证件是同一种。比如证件类型选了营业执照，就要上传营业执照的图片。',
      },
      region: {
        mainlandTitle: '国家或地区：选“中国大陆”',
        checkTitle: '国家或地区：核对一下',
        mainland: '提交居民身份证或营业执照时，国家或地区必须是“中国大陆”。',
        check: (where) =>
          `通用建议：按实际情况选择国家或地区（你在上面选的是“${region[where]}”）。规则只对居民身份证和营业执照有明确要求：这两种证件必须选“中国大陆”。`,
        whereToSee:
          '在哪里查看现在填的是什么：信息模板实名认证的，打开“信息模板”页面，找到这个模板，点击“查看”；域名过户实名认证的，打开“信息修改”页面的“持有者信息修改”页签。',
      },
      name: {
        title: '域名持有者名称：和证件上一字不差',
        same: '域名持有者名称必须和你上传的证件上的名称完全一致。形近字、同音字要特别留意。',
        fullName: '要填单位的全称，不要用简称或缩写。',
        transfer:
          '如果域名登记在别人（或别的单位）名下，要先把域名过户给真正的持有者，在过户时完成实名认证。',
      },
      number: {
        title: '证件号码：完整、准确',
        uscc: (length) => `完整填写 ${length} 位统一社会信用代码，和营业执照上的一致。`,
        duplicate: '营业执照上如果有 (1-1) 这样的副本编号，不要填进去。',
        helpline: (phone) =>
          `这个代码必须能在全国组织机构统一社会信用代码数据服务中心的查询平台上查到。查不到的话，请拨打该中心的客服电话 ${phone}。`,
        residentId: (digits) => `完整填写 ${digits} 位身份证号码，和身份证上的一致。`,
        any: '完整填写证件号码，和证件上的一致。',
        lookAlike: '注意分清数字 0 和字母 O、数字 1 和字母 I、数字 8 和字母 B。',
      },
      dates: {
        title: (days) => `日期：已生效满 ${days} 个自然日，而且没有过期`,
        waitTitle: (days) => `日期：等证件生效满 ${days} 个自然日再提交`,
        rule: (days) =>
          `证件必须已经生效满 ${days} 个自然日，并且还在有效期内。证件快到期的，也可能审核不通过。`,
        newCertificate: (days) =>
          `新办的证件，信息可能还没同步到审核机构的数据库：请在签发后满 ${days} 个自然日再提交。`,
      },
      image: {
        title: '证件图片：上传什么',
        upload: {
          'resident-id': '上传身份证带身份信息的那一面（人像面）。',
          passport: wholeCertificate,
          'business-license':
            '上传整张营业执照，国徽和登记机关的公章都要拍进去。证件有好几页的，上传写有单位名称、证件号码和登记机关印章的那一页。',
          'foreign-permanent-resident-id': '外国人永久居留身份证的正面和背面都要上传。',
          'hmt-residence-permit': '港澳台居民居住证的正面和背面都要上传。',
          'household-register': '上传户口簿中登记域名持有者本人户籍信息的那一页（本人页）。',
          other: wholeCertificate,
        },
        quality:
          '图片要清晰，可以是彩色扫描件，也可以是照片；拍全整张证件，四边都在画面里，没有遮挡、污渍或水印。国徽、印章、名称和证件号码都要看得清；印章必须是红色的，清晰、完整。',
        mirrored: '确认照片不是镜像的（字是反的）：有些相机会自动把照片拍成镜像。',
        files: (formats, minKb, maxMb) =>
          `格式为 ${list(formats)}，大小在 ${minKb} KB 到 ${maxMb} MB 之间。要换格式，请用图片编辑软件转换，不要直接改文件后缀名。`,
      },
      'name-change': {
        title: '改过名字，或者户口正在迁移',
        details: [
          '上传加盖公安局公章的户籍证明彩色扫描件；也可以等户口迁移完成后再提交。',
          '能否通过，最终由审核机构决定。',
        ],
      },
      military: {
        title: '军人：请改交其他身份证件',
        details: (digits) => [
          `军人等特殊职业人员，不能用 ${digits} 位居民身份证号码做实名认证，需要提交其他类型的身份证件。`,
        ],
      },
      message: {
        title: (reasonTitle) => `你收到的提示：${reasonTitle}`,
      },
    },
    cannotUse: {
      'resident-id-number-military': (digits) =>
        `${digits} 位居民身份证号码（军人等特殊职业人员不能用）。`,
      'passport-instead-of-resident-id': '用护照代替居民身份证。',
      'resident-id-instead-of-passport': '用居民身份证代替护照。',
      'no-uscc': (length) => `不带有效 ${length} 位统一社会信用代码的证件。`,
      'mainland-issued': '在中国大陆签发的证件。',
      'abbreviated-name': '单位名称的简称或缩写。',
      'duplicate-number': '营业执照的副本编号，比如 (1-1)。',
      'black-and-white': '黑白复印件，或者黑白复印件的照片。',
      'watermarked-or-edited': '加了水印的图片，或者改动过、修过图（比如用 Photoshop）的图片。',
      mirrored: '镜像的照片。',
      'renamed-extension': '手动改过后缀名的文件。',
    },
  },
};

export default zh;
