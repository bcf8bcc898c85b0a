import type { MessageCode } from '../shared/check-messages';
import type { DocumentKind } from '../shared/document-kind';
import type { FrameSide } from '../shared/find-outline';
import type { SniffedFormat } from '../shared/sniff-format';
import type { ImageCheckStrings, MessageTexts } from './en';
import type { SizeUnits, TextFormat } from './format';

// 证件照片检查（/zh/check）的界面文字。写给手机上着急的普通用户：短句、口语、不用技术词。

/** 句子里怎么称呼各种格式：“这个文件是___”。 */
const formatNames: Record<SniffedFormat, string> = {
  jpeg: 'JPEG 图片',
  png: 'PNG 图片',
  bmp: 'BMP 图片',
  heic: 'HEIC 图片',
  webp: 'WebP 图片',
  gif: 'GIF 图片',
  tiff: 'TIFF 图片',
  pdf: 'PDF 文档',
  svg: 'SVG 矢量图',
  avif: 'AVIF 图片',
  text: '文本文件',
  empty: '空文件',
  unknown: '无法识别的文件',
};

/** 汉字和英文、数字之间留一个空格：“是 JPEG 图片”，但“是文本文件”。 */
const spaced = (text: string) => (/^[A-Za-z0-9]/.test(text) ? ` ${text}` : text);
const suffix = (extension: string) =>
  extension ? `文件名后缀是“.${extension}”` : '文件名没有后缀';
const reallyIs = (format: SniffedFormat) =>
  format === 'unknown'
    ? '它其实不是一张能识别的图片'
    : `文件实际上是${spaced(formatNames[format])}`;
const size = (bytes: number, f: TextFormat) => `${f.size(bytes)}（${f.bytes(bytes)}）`;
const pixels = (width: number, height: number) => `${width} × ${height} 像素`;
/** 约 5100 万像素、约 4 亿像素。 */
const megapixelsText = (megapixels: number, f: TextFormat) =>
  megapixels >= 100
    ? `${f.number(megapixels / 100, { maximumFractionDigits: 1, useGrouping: false })} 亿像素`
    : `${f.number(megapixels * 100, { useGrouping: false })} 万像素`;
const sideNames: Record<FrameSide, string> = {
  top: '上边',
  right: '右边',
  bottom: '下边',
  left: '左边',
};
/** “左边”“左边和下边”“上边、左边和下边”。 */
const sideList = (sides: readonly FrameSide[]) => {
  const names = sides.map((side) => sideNames[side]);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join('、')}和${names.at(-1)}`;
};
const useOriginal = '请使用原始的照片或扫描件。';
const notAltered = '证件图片不能做任何修改：如果改过，请使用原始的照片或扫描件。';
const acceptedFormats = '请把图片另存为 JPG、PNG、BMP、HEIC 或 WebP 格式。';

const kindNames: Record<DocumentKind, string> = {
  unknown: '证件',
  'identity-card': '居民身份证',
  'business-license': '营业执照',
  'organization-certificate': '单位证件（如组织机构代码证、事业单位法人证书）',
  passport: '护照',
  other: '其他证件',
};
/** 读不清时，下次拍照怎么改。 */
const readBetter =
  '想读得更清楚：请在光线均匀、没有反光的地方拍，对好焦，把证件放平，让它占满大半个画面。';

const readingMessages: Pick<
  MessageTexts,
  Extract<MessageCode, `${'number' | 'name' | 'type' | 'reading'}-${string}`>
> = {
  'reading-not-asked': () => '还没有比对。点下面的“识别证件上的文字”，就能和您填写的信息对一对。',
  'reading-illegible': () => `能读出来的字太少或不够清楚，没法比对。${readBetter}`,
  'number-not-entered': ({ read }) =>
    `我们读到的证件号码是“${read}”。在下面填上您实名认证时填写的号码，就能比对。`,
  'number-unread': () => `在照片上没有找到证件号码。${readBetter}`,
  'number-unsure': ({ read }) =>
    `我们读到的是“${read}”，但没有把握读对（身份证号码或统一社会信用代码的最后一位校验码对不上），所以不做比对，请您亲自核对。${readBetter}`,
  'number-matches': ({ read }) => `您填写的证件号码和证件上的一致：${read}。`,
  'number-differs': ({ read, entered }) =>
    `您填写的号码“${entered.trim()}”和证件上的“${read}”不一样，不同之处列在下面。请把信息模板里的证件号码改成和证件上完全一致。`,
  'number-suffix': ({ read, suffix }) =>
    `请去掉“${suffix}”：这是营业执照的副本编号，不属于证件号码。只填写 ${read}。`,
  'name-not-entered': ({ read }) =>
    `我们读到的名称是“${read}”。在下面填上信息模板里的注册者名称，就能比对。`,
  'name-unread': () => `在照片上没有找到姓名或名称。${readBetter}`,
  'name-unsure': ({ read }) => `我们读到的是“${read}”，但没有把握读对，请您亲自核对。${readBetter}`,
  'name-matches': ({ read }) => `您填写的名称和证件上的一致：${read}。`,
  'name-differs': ({ read, entered }) =>
    `您填写的“${entered.trim()}”和证件上的“${read}”不完全一样，不同之处列在下面。注册者名称必须和证件上的一字不差。`,
  'type-not-chosen': ({ read }) =>
    `这看起来是${kindNames[read]}。在上面选择证件类型，就能核对您选的类型对不对。`,
  'type-unread': () =>
    '没有读到证件的标题，判断不出证件类型。请确认您选择的证件类型就是上传的这份证件。',
  'type-matches': ({ read }) => `这看起来是${kindNames[read]}，和您选择的证件类型一致。`,
  'type-differs': ({ read, chosen }) =>
    `这看起来是${kindNames[read]}，但您选择的是${kindNames[chosen]}。信息模板里的证件类型必须和上传的证件一致。`,
};

const messages: MessageTexts = {
  ...readingMessages,
  'format-accepted': ({ format }) => `这是${spaced(formatNames[format])}，格式符合要求。`,
  'format-empty': () => '这是一个空文件，里面没有图片。请选择照片或扫描件本身。',
  'format-refused': ({ format }) =>
    format === 'unknown'
      ? `认不出这是什么文件，它不是支持的图片格式。${acceptedFormats}`
      : `这个文件是${spaced(formatNames[format])}，不支持上传。${acceptedFormats}`,

  'extension-matches': ({ extension }) => `${suffix(extension)}，和文件的实际格式一致。`,
  'extension-wrong': ({ extension, format }) =>
    `${suffix(extension)}，但${reallyIs(format)}，上传时会被拒绝。只改文件名没有用，请把图片另存为支持的格式。`,
  'extension-disguised': ({ extension, format }) =>
    `${suffix(extension)}，但${reallyIs(format)}。改文件名并不能改变格式，请用图片软件把它转换成支持的格式。`,
  'extension-not-applicable': () => '文件格式本身就不支持，所以不用再看后缀。',

  'size-too-small': ({ bytes }, f) =>
    `文件只有 ${size(bytes, f)}，小于 55 KB 的下限。请换一张更清晰、尺寸更大的照片或扫描件。`,
  'size-low-band': ({ bytes }, f) =>
    `文件是 ${size(bytes, f)}。按 1 KB = 1000 字节算，刚好超过 55 KB；按 1 KB = 1024 字节算，就还不到 55 KB。为了稳妥，请让文件至少有 56,320 字节。`,
  'size-ok': ({ bytes }, f) => `文件是 ${size(bytes, f)}，在 55 KB 到 5 MB 之间。`,
  'size-high-band': ({ bytes }, f) =>
    `文件是 ${size(bytes, f)}。按 1 MB = 1,048,576 字节算，没有超过 5 MB；按 1 MB = 1,000,000 字节算，就超过了。为了稳妥，请把文件控制在 5,000,000 字节以内。`,
  'size-too-big': ({ bytes }, f) =>
    `文件有 ${size(bytes, f)}，超过了 5 MB 的上限。请把同一张图片另存一份小一些的。`,

  'decode-ok': () => '图片能完整打开。',
  'decode-not-picture': () => '这不是支持的图片格式，所以没有打开它。',
  'decode-file-too-big': ({ bytes }, f) =>
    `文件有 ${f.size(bytes)}，远远超过大小上限，所以没有打开它。`,
  'decode-too-many-pixels': ({ width, height, megapixels }, f) =>
    `图片有 ${pixels(width, height)}（约 ${megapixelsText(megapixels, f)}），太大了，在这里打开可能让浏览器卡死，所以跳过了对画面的检查。请另存一份尺寸小一些的。`,
  'decode-truncated': () =>
    '文件不完整，图片缺了一部分，通常是下载或复制到一半中断了。请使用原始文件。',
  'decode-corrupt': () => `文件已损坏，图片没法正常打开。${useOriginal}`,
  'decode-failed': () => `这个文件里的图片打不开，文件可能已经损坏。${useOriginal}`,

  'dimensions-unknown': () => '没能读出图片的尺寸。',
  'dimensions-too-small': ({ width, height }) =>
    `图片只有 ${pixels(width, height)}，太小了，根本显示不了一张证件。${useOriginal}`,
  'dimensions-small': ({ width, height }) =>
    `图片是 ${pixels(width, height)}，可能太小，字会看不清。直接用手机相机拍的照片，尺寸一般都足够。`,
  'dimensions-ok': ({ width, height }) => `图片是 ${pixels(width, height)}，足够看清细节。`,
  'dimensions-too-large': ({ width, height, megapixels }, f) =>
    `图片有 ${pixels(width, height)}（约 ${megapixelsText(megapixels, f)}），比任何相机拍出的照片都大（最大的手机相机约 2 亿像素）。这么大的文件通常是损坏的，或者是故意做来让看图软件卡死的，审核人员可能也打不开。${useOriginal}`,
  'dimensions-text-small': ({ width, height }) =>
    `图片是 ${pixels(width, height)}，但证件只占了画面的一小块，上面的字像素太少，看不清。请离近一点拍，让证件占满大部分画面。`,

  'pixels-too-small': () => '图片太小，无法判断，所以没有检查这一项。',
  'pixels-not-decoded': () => '没能打开图片查看画面，所以没有检查这一项。',

  'color-gray': () =>
    '这看起来是黑白或灰色的复印件，审核不会接受。请给证件原件拍一张彩色照片，或者做彩色扫描件。',
  'color-faint': () =>
    '这张图片里几乎没有颜色。请确认它是证件原件的彩色照片或彩色扫描件，而不是对着黑白复印件拍的。',
  'color-unsure': () =>
    '这是一张彩色照片，但照片里的证件几乎看不出颜色，所以没法判断拍的是原件还是黑白复印件。如果拍的是复印件，请改拍原件。',
  'color-ok': () => '图片是彩色的。',

  'sharpness-no-detail': () => '图片里的文字和细节太少，没法判断清不清晰。请确认证件确实在画面里。',
  'sharpness-blurred': () =>
    '照片拍糊了，证件上的字可能看不清。请拿稳手机，点一下屏幕对焦，再重新拍一张。',
  'sharpness-soft': () => '照片有点发虚。请放大看一看：如果有字看不清楚，就拿稳手机重新拍一张。',
  'sharpness-ok': () => '照片很清晰。',

  'exposure-dark': () => '照片太暗了，证件上的字可能看不清。请在光线充足的地方重新拍一张。',
  'exposure-glare': () =>
    '照片有一块被反光照得发白，可能挡住了字。请把证件稍微斜一点，或者关掉闪光灯，再重新拍一张。',
  'exposure-washed-out': () =>
    '照片有一大片被反光或过强的光线照得发白，字都看不见了。请避开直射的光，关掉闪光灯，再重新拍一张。',
  'exposure-ok': () => '光线均匀，没有发现反光。',

  'metadata-not-picture': () => '这不是支持的图片格式，所以没有检查这一项。',

  'mirror-flagged': () =>
    '这个文件被标记为镜像，证件上的字会左右反过来。请用后置摄像头重新拍，或者改用扫描件。',
  'mirror-front-camera': () =>
    '这张照片是用前置摄像头（自拍镜头）拍的，拍出来常常是镜像。请确认证件上的字没有左右反过来，或者换后置摄像头重新拍。',
  'mirror-damaged': () =>
    '文件里保存的拍摄信息已损坏，没法判断是不是镜像。请自己确认证件上的字没有左右反过来。',
  'mirror-ok': () => '文件信息里没有镜像标记。不过还是请看一眼，确认字没有左右反过来。',
  'mirror-text': () =>
    '证件上的字要把图片左右翻过来才能读通，说明这张照片是镜像的。有些手机相机（特别是前置摄像头）会自动镜像。请用后置摄像头或换一部手机重拍，或者上传彩色扫描件。',
  'mirror-text-ok': () => '证件上的字是正着读出来的，照片没有镜像。',

  'edited-editor': ({ software }) =>
    `文件信息显示，它用修图软件（${software}）保存过。${notAltered}`,
  'edited-photoshop': () => `文件里带有 Photoshop 的信息。${notAltered}`,
  'edited-damaged': () => '文件里保存的拍摄信息已损坏，没法判断有没有用修图软件改过。',
  'edited-ok': () => '文件信息里没有用修图软件改过的记录。',

  'seal-not-applicable': () => '只有营业执照和其他单位证件才检查这一项。',
  'seal-not-decoded': () => '没能打开图片查看画面，所以没法找公章。',
  'seal-missing': () => '没有找到红色的公章。登记机关的公章必须是红色的，在图片里清晰、完整。',
  'seal-found': () => '找到了像是公章的红色印记。请确认公章完整、清楚。',

  'complete-ok': () => '证件的四条边都在图片里。',
  'complete-cut': ({ sides }) =>
    `证件的${sideList(sides)}被切掉了，有一部分不在图片里。请重新拍一张，让证件的四条边都在画面里，四周留一点空白。`,
  'complete-edge-unseen': ({ sides }) =>
    `证件的${sideList(sides)}紧贴着图片边缘，那一边的边框没拍进来。印着的内容看起来没有被切掉，但证件要完整拍进来，边框也要在。请重新拍一张，四条边外面都留一点空白。`,
  'complete-fills-frame': () =>
    '证件好像占满了整张图片（或者放在和纸一样浅的东西上），看不到证件的边，没法判断有没有缺了一块。如果这是裁到纸边的扫描件，请确认裁的时候没有裁掉内容；如果是照片，请把手机拿远一点，让证件四周露出一点桌面。',
  'complete-not-found': () =>
    '没能看清证件的四条边，所以没法判断证件拍全了没有。请确认四条边都在画面里，四周留一点空白；放在颜色深一些的桌面上拍，边会更清楚。',
};

const units: SizeUnits = {
  bytes: (n) => `${n} 字节`,
  kb: (n) => `${n} KB`,
  mb: (n) => `${n} MB`,
};

const zh: ImageCheckStrings = {
  page: {
    title: '检查证件照片',
    description:
      '上传前先检查证件的照片或扫描件：格式、大小、是不是彩色、清不清晰等等。文件不会离开你的设备。',
    heading: '检查证件照片',
    intro:
      '上传之前，先看看证件图片有没有这些会导致上传失败或审核不通过的问题：格式或大小不对、黑白的、拍糊了、反光、镜像等等。',
    privacyLead: '文件只留在你的设备上。',
    privacyText: '检查就在你的浏览器里进行，文件不会上传，也不会发送到任何地方。',
  },
  sentenceGap: '',
  chooser: {
    heading: '你的证件照片或扫描件',
    choose: '选择照片或文件',
    chooseAnother: '换一张照片',
    hint: '在手机上，可以现拍一张，也可以从相册里选。在电脑上，还可以把文件拖到这里，或者直接粘贴复制好的图片。',
  },
  documentKind: {
    legend: '这是什么证件？（选填）',
    hint: '有些检查只适用于特定的证件。',
    kinds: {
      unknown: '暂不选择',
      'identity-card': '居民身份证',
      'business-license': '营业执照',
      'organization-certificate': '其他单位证件（如事业单位法人证书）',
      passport: '护照',
      other: '其他证件',
    },
  },
  progress: {
    checking: (fileName) => `正在检查 ${fileName}…`,
    label: '检查进度',
    steps: {
      reading: '正在读取文件',
      metadata: '正在读取照片的拍摄信息',
      structure: '正在确认文件是否完整',
      decoding: '正在打开图片',
      'heic-decoder': '正在加载 HEIC 图片的读取工具',
      measuring: '正在检查清晰度、颜色和光线',
    },
  },
  results: {
    verdicts: {
      pass: {
        title: '文件看起来可以上传了',
        text: '不过有些问题这里查不出来：请确认整张证件（连同四边）都在图片里，字迹清楚，没有被遮挡，也没有水印。',
      },
      warn: {
        title: '文件可能通不过',
        text: '上传前，请先看看下面标着“需要确认”的几项。',
      },
      fail: {
        title: '这个文件很可能通不过',
        text: '请先改好下面标着“必须修改”的几项，再把新文件放到这里检查一遍。',
      },
    },
    checked: '已检查：',
    checkedCopy: '已检查新副本：',
    pixels: (width, height) => pixels(width, height),
    status: {
      fail: '必须修改',
      warn: '需要确认',
      pass: '没问题',
      skip: '未检查',
    },
    titles: {
      format: '文件格式',
      extension: '文件名后缀',
      size: '文件大小',
      decode: '文件能完整打开',
      dimensions: '图片尺寸',
      color: '彩色图片',
      sharpness: '清晰度',
      exposure: '光线和反光',
      mirror: '没有镜像',
      edited: '没有修过图',
      seal: '红色公章',
      complete: '整张证件都在图里',
      'number-match': '证件号码与填写的一致',
      'name-match': '名称与填写的一致',
      'type-match': '证件类型与选择的一致',
    },
    howToFix: '怎么解决',
    whyWeCheck: '为什么要查这一项',
    linkContext: (title) => `：${title}`,
    summary: (fileName, verdictTitle, fails, warns) => {
      const parts = [fails ? `${fails} 项必须修改` : '', warns ? `${warns} 项需要确认` : ''].filter(
        Boolean,
      );
      return `${fileName} 检查完了。${verdictTitle}${parts.length ? `：${parts.join('，')}` : ''}。`;
    },
  },
  messages,
  units,
  picture: {
    heading: '我们在照片上看到的',
    alt: '你的照片，上面标出了我们发现的地方。各个标记的意思写在照片下面。',
    noImage: '你的浏览器在这里显示不了这种格式的图片，所以只画出了标记。',
    labels: {
      number: '号码',
      name: '名称',
      title: '标题',
      cut: '被切掉',
      edge: '缺边框',
      glare: '反光',
      dark: '太暗',
      seal: '公章',
    },
    outline: '绿色实线：我们找到的证件边缘。',
    cut: (sides) => `红色虚线，标着“被切掉”：证件从图片的${sideList(sides)}超出了画面。`,
    edge: (sides) =>
      `红色虚线，标着“缺边框”：证件顶到了图片的${sideList(sides)}，那一边的边框没拍进来。`,
    glare: '橙色点线框，标着“反光”：这里被光照得发白，字可能看不清。',
    dark: '蓝色虚线框，标着“太暗”：这里太暗，不容易看清。',
    seal: '紫色圆圈，标着“公章”：我们找到红色公章的地方。',
    read: '青色虚线框，标着“号码”“名称”“标题”：我们读到这些内容的地方。',
  },
  fix: {
    heading: '可以在这里直接修好',
    text: '我们可以在你的设备上，把同一张图片另存为符合格式和大小要求的 JPEG 文件。不会裁剪或修饰画面，只在需要时把文件变小。',
    button: '生成符合要求的 JPEG 副本',
    busy: '正在生成副本…',
    announcement: '正在生成 JPEG 副本…',
  },
  copy: {
    heading: '新副本做好了',
    text: (size) =>
      `这是同一张图片，另存成了 ${size} 的 JPEG 文件，没有裁剪或改动任何内容。请上传这个副本，不要传原来的文件。`,
    download: (fileName) => `下载 ${fileName}`,
  },
  errors: {
    check: '检查这个文件时出了问题。请再试一次，或者换一个文件。',
    checkAnnouncement: '检查没能完成。',
    convertImpossible:
      '没办法在保证字迹清楚的同时，做出大小符合要求的副本。请重新拍一张照片，或者重新扫描。',
    convert: '生成副本时出了问题，请再试一次。',
  },
};

export default zh;
