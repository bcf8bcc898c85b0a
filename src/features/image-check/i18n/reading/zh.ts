// 识别证件文字（components/certificate-reading.tsx）的界面文字。随识别面板一起加载。
import type { ReadingStrings } from './en';

const zh: ReadingStrings = {
  heading: '把证件和您填写的信息对一对',
  intro:
    '我们可以识别照片上的证件号码、姓名或名称以及证件标题，再和您注册域名时填写的信息比对。全部在这台设备上完成：照片和您填写的内容都不会发送出去。',
  fields: {
    legend: '您在信息模板里填写的内容（选填）',
    name: '注册者名称',
    nameHint: '和域名信息模板里的一样，例如您的姓名或公司名称。',
    number: '证件号码',
    type: (kind) => `证件类型：用您在上面选择的类型（${kind}），需要的话请在上面修改。`,
  },
  download:
    '第一次使用时，会从本网站下载文字识别程序（约 7 MB），之后会保存在浏览器里，下次不用再下载。',
  button: '识别证件上的文字',
  again: '重新识别',
  cancel: '停止识别',
  progressLabel: '识别进度',
  steps: {
    downloading: (percent) => `正在下载文字识别程序：${percent}%`,
    preparing: '正在启动文字识别',
    decoding: '正在打开图片',
    reading: '正在识别文字',
    'reading-flipped': '正在检查照片是不是镜像的',
    lines: (done, total) => `（第 ${done} 行，共 ${total} 行）`,
  },
  cancelled: '已停止识别，没有保留任何内容。',
  finished: '识别完成，上面的检查结果已更新。',
  failed: '文字识别程序启动失败。请检查网络后再试一次。您的照片没有发送到任何地方。',
  readHeading: '我们读到的内容',
  mirroredNote: '把照片左右翻过来，字才读得通：这张照片是镜像的。',
  read: { number: '证件号码：', name: '姓名或名称：', title: '证件：' },
  notFound: '没有找到',
  sure: (percent) => `把握 ${percent}%`,
  differences: { number: '号码哪里不一样', name: '名称哪里不一样' },
};

export default zh;
