// Generic Chinese words with a fixed role in ranking, like STOP_WORDS and CONTEXT_WORDS for English.
// Reason-specific vocabulary does not belong here; it lives in each Chinese page's `keywords`.

const set = (words: string) => new Set(words.split(' '));

/**
 * Function words and politeness: in every sentence, so they say nothing about the reason. 不 and
 * 没 are not here: 不合格 and 没上传 depend on them.
 */
export const ZH_STOP_WORDS: ReadonlySet<string> = set(
  '的 地 得 了 着 过 是 在 有 和 与 或 及 跟 也 都 就 还 又 再 而 但 吗 呢 吧 啊 呀 哦 嘛 么 啦 ' +
    '我 你 您 他 她 它 我们 你们 他们 自己 我的 你的 的是 这 那 这个 那个 这样 那样 这次 个 一 一个 一下 ' +
    // Where-words the segmenter leaves alone (证件 上, 资料 里) and what every question says.
    '上 下 里 中 内 问题 情况 意思 不是 ' +
    '请 请问 把 被 让 给 对 从 到 向 为 于 以 之 其 该 此 ' +
    '什么 怎么 怎么办 怎样 如何 为什么 是不是 能不能 会不会 可以 可能 会 能 要 想 应该 需要 ' +
    '因为 所以 如果 已经 一直 现在 然后 还是 就是 但是 而且 不过 只是 好 很 非常 谢谢 您好 你好 ' +
    '尊敬 亲爱 帮忙 求助 麻烦 一下子',
);

/**
 * Words every Chinese rejection email uses whatever the reason (域名, 实名认证, 审核未通过,
 * 失败原因, 请重新提交): they count inside a message, never on their own.
 */
export const ZH_CONTEXT_WORDS: ReadonlySet<string> = set(
  '域名 实名 认证 实名认证 验证 审核 审查 失败 未 通过 未通过 不通过 没通过 没有通过 没过 驳回 拒绝 ' +
    '原因 失败原因 结果 状态 提示 消息 通知 提交 重新 重新提交 上传 用户 客户 会员 申请 控制台 ' +
    '注册局 阿里 阿里云 腾讯 腾讯云 订单 订单号 编号 时间 日期',
);

/**
 * Chinese words for what the pages spell another way: units of size ("12兆" is 12 MB). Folded to
 * the key the pages' own words have.
 */
export const ZH_SYNONYMS: Readonly<Record<string, string>> = {
  兆: 'mb',
  兆字节: 'mb',
  千字节: 'kb',
};
