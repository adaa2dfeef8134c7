/**
 * The compliance page's own words in English and Chinese, and the writer that puts any text on
 * the page in the languages `--lang` chose, escaped and marked with its `lang`.
 */
import type { IsoDate } from '../../calendar/isoDate.js';
import { dayOfWeek } from '../../calendar/isoDate.js';
import type { Text } from '../../core/message.js';
import { render } from '../../core/render.js';
import type { Bilingual, Lang, LangChoice } from '../../core/vocabulary.js';
import { esc } from './escape.js';

/** The page's labels; the engine's sentences (statuses, sources, counts) come from core/messages.ts. */
export const WORDS = {
  title: { en: 'Compliance page', zh: '合规一览' },
  subtitle: { en: 'Foreigner’s Work Permit cases: deadlines and findings', zh: '外国人来华工作许可案卷：期限与问题' },
  'nav.label': { en: 'Sections', zh: '目录' },
  'run.as-of': { en: 'As of', zh: '基准日' },
  'run.as-of-flag': { en: 'set with --as-of', zh: '由 --as-of 指定' },
  'run.as-of-today': { en: 'today in Asia/Shanghai', zh: '上海时间当日' },
  'run.version': { en: 'Made by', zh: '生成工具' },
  'run.rules': { en: 'Rules', zh: '规则' },
  'run.digest': { en: 'digest', zh: '摘要' },
  'run.calendar': { en: 'Calendar', zh: '日历' },
  'run.settings': { en: 'Settings', zh: '设置' },
  'run.waivers-on': { en: 'Waivers applied', zh: '已应用豁免' },
  'run.waivers-off': { en: 'Waivers ignored (--no-waivers)', zh: '未应用豁免（--no-waivers）' },
  'summary.heading': { en: 'Summary', zh: '概览' },
  'summary.overdue': { en: 'Overdue', zh: '已逾期' },
  'summary.due-soon': { en: 'Due soon', zh: '即将到期' },
  'summary.in-90': { en: 'Dates in the next 90 days', zh: '未来90天内的日期' },
  'summary.errors': { en: 'Errors', zh: '错误' },
  'summary.warnings': { en: 'Warnings', zh: '警告' },
  'summary.notices': { en: 'For information', zh: '提示' },
  'summary.waived': { en: 'Waived', zh: '已豁免' },
  'summary.cases': { en: 'Cases checked', zh: '已检查案卷' },
  'summary.fails': { en: 'Action needed: the run has errors.', zh: '需要处理：存在错误。' },
  'summary.passes': { en: 'No errors.', zh: '没有错误。' },
  'urgent.heading': { en: 'Overdue and due soon', zh: '已逾期及即将到期' },
  'urgent.none': { en: 'Nothing is overdue or due soon.', zh: '没有已逾期或即将到期的事项。' },
  'timeline.heading': { en: 'The next 90 days, by employee', zh: '未来90天（按员工）' },
  'timeline.employee': { en: 'Employee', zh: '员工' },
  'timeline.earlier': { en: 'Late', zh: '已过期限' },
  'timeline.none': { en: 'nothing dated in these 90 days', zh: '这90天内无日期' },
  'timeline.not-checked': { en: 'not checked: see its findings', zh: '未能检查：见问题列表' },
  'timeline.opens': { en: 'opens', zh: '开始' },
  'legend.heading': { en: 'Key', zh: '图例' },
  'legend.provisional': {
    en: 'provisional: the holiday arrangement of that year is not published yet, so the date may move',
    zh: '临时日期：该年放假安排尚未公布，日期可能变动',
  },
  'legend.urgent': { en: 'past the plan-by date, or due today', zh: '已过建议办理日或今日到期' },
  'legend.opens': { en: 'the filing window opens', zh: '申请期开始' },
  'legend.ends': { en: 'a period ends (not a filing)', zh: '期间届满（无需申报）' },
  'legend.estimate': { en: 'an estimate', zh: '预计日期' },
  'cases.heading': { en: 'Cases: deadlines in detail, and every finding', zh: '各案卷：期限详情及全部问题' },
  'cases.deadlines': { en: 'Deadlines', zh: '期限' },
  'cases.watched': { en: 'Implied by the case’s expiry dates (nothing in progress)', zh: '由案卷中的到期日推定（尚无办理事项）' },
  'cases.findings': { en: 'Findings', zh: '问题' },
  'cases.none': { en: 'No case files were checked.', zh: '未检查任何案卷文件。' },
  'cases.no-findings': { en: 'No findings.', zh: '没有问题。' },
  'cases.no-deadlines': { en: 'No deadlines.', zh: '没有期限。' },
  'cases.assumed': { en: 'Assumed', zh: '假定' },
  'col.status': { en: 'Status', zh: '状态' },
  'col.employee': { en: 'Employee', zh: '员工' },
  'col.what': { en: 'What', zh: '事项' },
  'col.plan-by': { en: 'Plan by', zh: '建议办理日' },
  'col.legal-end': { en: 'Legal end', zh: '法定届满日' },
  'col.left': { en: 'Time left', zh: '剩余时间' },
  'detail.procedure': { en: 'Procedure', zh: '办理事项' },
  'detail.opens': { en: 'Window opens', zh: '申请期开始' },
  'detail.how': { en: 'How to file', zh: '提交方式' },
  'detail.online': { en: 'online: the system takes filings on closed days too', zh: '网上提交：休息日也可提交' },
  'detail.provisional': { en: 'Provisional', zh: '临时日期' },
  'detail.notes': { en: 'Notes', zh: '说明' },
  'detail.alternatives': { en: 'Other readings of the law', zh: '法律的其他理解' },
  'detail.findings': { en: 'Findings about it', zh: '相关问题' },
  'detail.back': { en: 'back to the timeline', zh: '返回时间表' },
  'detail.back-urgent': { en: 'back to the overdue list', zh: '返回逾期列表' },
  'finding.details': { en: 'deadline details', zh: '期限详情' },
  'finding.action': { en: 'To do', zh: '处理' },
  'finding.due': { en: 'Due', zh: '期限' },
  'finding.at': { en: 'In the case file', zh: '案卷位置' },
  'finding.waived': { en: 'waived', zh: '已豁免' },
  'source.secondary': { en: 'secondary source', zh: '非官方资料' },
  'footer.made': {
    en: 'One self-contained file: no scripts, no fonts or images from the network. Print it, or save it with the case files.',
    zh: '单一自包含文件：无脚本，不从网络加载字体或图片。可直接打印，或与案卷一并保存。',
  },
} as const satisfies Record<string, Bilingual>;

export type WordId = keyof typeof WORDS;

/** Texts with a number or a name in them. */
export const PHRASES = {
  later: (n: number): Bilingual => ({ en: `+${n} later`, zh: `另有${n}项在90天后` }),
  window: (from: IsoDate, to: IsoDate): Bilingual => ({
    en: `${from} to ${to}, in weeks from Monday; each item links to its details.`,
    zh: `${from}至${to}，按周（周一起）排列；点击各项可查看详情。`,
  }),
  waived: (until: IsoDate, by: string, reason: string): Bilingual => ({
    en: `Waived until ${until} by ${by}: ${reason}`,
    zh: `豁免至${until}（批准人：${by}）：${reason}`,
  }),
  ofFiles: (cases: number, files: number): Bilingual => ({ en: `${cases} of ${files} files`, zh: `共${files}个文件中的${cases}个` }),
  calendar: (published: number, statutory: number): Bilingual => ({
    en: `holiday arrangements published through ${published}; statutory holidays to ${statutory}`,
    zh: `放假安排已公布至${published}年；法定节假日至${statutory}年`,
  }),
  dueSoonWithin: (n: number): Bilingual => ({
    en: `due soon: within ${n} working days`,
    zh: `即将到期：${n}个工作日内`,
  }),
  procedures: (n: number): Bilingual => ({ en: `${n} procedures`, zh: `${n}个办理事项` }),
} as const;

const WEEKDAY: readonly Bilingual[] = [
  { en: 'Sun', zh: '周日' },
  { en: 'Mon', zh: '周一' },
  { en: 'Tue', zh: '周二' },
  { en: 'Wed', zh: '周三' },
  { en: 'Thu', zh: '周四' },
  { en: 'Fri', zh: '周五' },
  { en: 'Sat', zh: '周六' },
];

/** The weekday of a date, in both languages. */
export const weekday = (d: IsoDate): Bilingual => WEEKDAY[dayOfWeek(d)] as Bilingual;

/** The value of a `lang` attribute for each language permit writes. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

/** Writes text in the chosen languages, escaped; `both` marks each language with its own `lang`. */
export interface Writer {
  readonly choice: LangChoice;
  readonly langs: readonly Lang[];
  /** The `lang` of the page: the one language, or English for both. */
  readonly pageLang: string;
  /** Inline text: one language, or both joined by a middle dot. */
  t(text: Text | WordId): string;
  /** Block text: a line of its own, and with both languages one line each. */
  b(text: Text | WordId): string;
  /** For an attribute (a tooltip): escaped, no markup, languages joined by " / ". */
  attr(text: Text | WordId): string;
  /** Markup made per language (already escaped by `html`), marked like `t` or, with `block`, like `b`. */
  each(html: (lang: Lang, first: boolean) => string, block?: boolean): string;
}

/**
 * @example
 * writer('both').t('col.status') //=> '<span class="bi"><span lang="en">Status</span><span lang="zh-CN">状态</span></span>'
 * writer('zh').t('col.status') //=> '状态'
 */
export function writer(choice: LangChoice): Writer {
  const langs: Lang[] = choice === 'both' ? ['en', 'zh'] : [choice];
  const resolve = (text: Text | WordId): Text => (typeof text === 'string' ? WORDS[text] : text);
  const each = (html: (lang: Lang, first: boolean) => string, block = false) => {
    if (langs.length === 1) return block ? `<span class="line">${html(langs[0] as Lang, true)}</span>` : html(langs[0] as Lang, true);
    const parts = langs.map((l, i) => `<span lang="${HTML_LANG[l]}">${html(l, i === 0)}</span>`).join('');
    return `<span class="${block ? 'bi blk' : 'bi'}">${parts}</span>`;
  };
  return {
    choice,
    langs,
    pageLang: HTML_LANG[choice === 'zh' ? 'zh' : 'en'],
    t: (text) => each((l) => esc(render(resolve(text), l))),
    b: (text) => each((l) => esc(render(resolve(text), l)), true),
    attr: (text) => esc(langs.map((l) => render(resolve(text), l)).join(' / ')),
    each,
  };
}
