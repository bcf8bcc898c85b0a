import type { ReasonListStrings } from './en';

// 失败原因列表（按类别分组）的界面文字。
const zh: ReasonListStrings = {
  categories: {
    'certificate-details': {
      title: '填写或选择的信息有问题',
      blurb: '你填的姓名或名称、证件号码、证件类型或日期，和证件上的不一致。',
    },
    'certificate-image': {
      title: '证件照片或扫描件有问题',
      blurb: '图片不清晰、不完整、是黑白的，或者传错了证件。',
    },
    'domain-name': {
      title: '域名本身有问题',
      blurb: '域名里含有不允许使用的词。',
    },
    'file-upload': {
      title: '文件上传不成功',
      blurb: '文件大小或格式不符合要求，上传时被拒绝。',
    },
  },
};

export default zh;
