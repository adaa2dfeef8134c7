/**
 * The findings permit's own code reports, with what each means: their ids are a public contract
 * (README, "Findings"), and SARIF, the JSON Schema and `permit validate --help` list them.
 * Rule files add their warnings as `<procedure>/<warning-id>`.
 */
import type { Severity } from './finding.js';
import type { Bilingual } from './vocabulary.js';

export interface CoreRule {
  id: string;
  /** The usual severity; some depend on the case (see `when`). */
  severity: Severity;
  short: Bilingual;
  when: Bilingual;
}

export const CORE_RULES: readonly CoreRule[] = [
  {
    id: 'case-parse',
    severity: 'error',
    short: { en: 'Case file unreadable', zh: '案卷文件无法读取' },
    when: {
      en: 'unreadable file, YAML syntax error, too large, or not a case (schema: missing or unknown)',
      zh: '文件无法读取、YAML语法错误、过大，或不是案卷（缺少或未知的 schema:）',
    },
  },
  {
    id: 'case-schema',
    severity: 'error',
    short: { en: 'Case file breaks the format', zh: '案卷格式错误' },
    when: {
      en: 'unknown key, wrong type, impossible date, unknown procedure, fact or document id, a number longer than its last four characters, a fact given twice, a waiver that cannot be',
      zh: '未知键、类型错误、不存在的日期、未知的办理事项/信息项/材料编号、号码超过后四位、信息重复且矛盾、不可豁免的豁免',
    },
  },
  {
    id: 'case-duplicate-id',
    severity: 'error',
    short: { en: 'Two case files share an id', zh: '案卷编号重复' },
    when: { en: 'two files with the same id', zh: '两个文件使用同一编号' },
  },
  {
    id: 'deadline-overdue',
    severity: 'error',
    short: { en: 'Deadline overdue', zh: '期限已逾期' },
    when: { en: 'a due deadline whose legal end has passed, not met', zh: '法定期间已届满且未办理' },
  },
  {
    id: 'deadline-due-soon',
    severity: 'warning',
    short: { en: 'Deadline due soon', zh: '期限即将到期' },
    when: {
      en: 'due within --warn-within working days (default 5), due today, or past its plan-by date while the legal period runs; not met',
      zh: '在 --warn-within 个工作日内（默认5）到期、今日到期，或已过建议办理日但法定期间未届满；且未办理',
    },
  },
  {
    id: 'submission-late',
    severity: 'error',
    short: { en: 'Submission late (or early)', zh: '提交逾期（或过早）' },
    when: { en: 'submitted after the legal end, or before the window opens', zh: '提交晚于法定期间届满日，或早于申请期开始日' },
  },
  {
    id: 'submission-after-plan-date',
    severity: 'notice',
    short: { en: 'Submitted after the plan-by date', zh: '晚于建议办理日提交' },
    when: { en: 'submitted after the plan-by date but within the legal period', zh: '晚于建议办理日但在法定期间内提交' },
  },
  {
    id: 'document-missing',
    severity: 'warning',
    short: { en: 'Required document missing', zh: '缺少必要材料' },
    when: {
      en: 'a required document not listed or pending; an error when its procedure is due soon, overdue or submitted',
      zh: '必要材料未列入或未备齐；办理事项即将到期、已逾期或已提交时为错误',
    },
  },
  {
    id: 'document-stale',
    severity: 'error',
    short: { en: 'Document past its validity', zh: '材料已超过有效期' },
    when: {
      en: 'a certificate older than its validity on the submission date (or today): criminal record and medical certificate 6 months from issue, passport less than 6 months left',
      zh: '提交日（或今日）材料已超过有效期：无犯罪记录证明、体检证明出具满6个月，护照有效期不足6个月',
    },
  },
  {
    id: 'document-not-required',
    severity: 'notice',
    short: { en: 'Document not required', zh: '材料无需提交' },
    when: { en: 'a listed document the case facts do not call for', zh: '列入的材料按本案情形不需要' },
  },
  {
    id: 'extension-not-started',
    severity: 'warning',
    short: { en: 'Extension not started', zh: '延期尚未办理' },
    when: {
      en: 'a permit or residence permit expiring with no extension (or cancellation) in the case: a warning once the window is open, an error once its due date has passed',
      zh: '工作许可或居留证件即将到期而案卷中无延期（或注销）事项：申请期开始后为警告，过期后为错误',
    },
  },
  {
    id: 'permit-expired',
    severity: 'error',
    short: { en: 'Work permit expired', zh: '工作许可已到期' },
    when: { en: "the permit's expiry has passed and no cancellation is recorded", zh: '工作许可已过有效期且未记录注销' },
  },
  {
    id: 'fact-invalid',
    severity: 'error',
    short: { en: 'A fact that cannot be true', zh: '信息不合常理' },
    when: {
      en: 'a date that cannot be true (a birth date in the future, a submission before the event, a date more than a year ahead)',
      zh: '不可能成立的日期（出生日期在将来、提交早于事项发生、日期晚于一年以后）',
    },
  },
  {
    id: 'calendar-coverage',
    severity: 'warning',
    short: { en: 'Date computed across an unpublished year', zh: '日期跨越未公布放假安排的年份' },
    when: {
      en: 'a date computed across a year whose State Council holiday arrangement is not published',
      zh: '日期计算跨越国务院尚未公布放假安排的年份',
    },
  },
  {
    id: 'waiver-expired',
    severity: 'error',
    short: { en: 'Waiver expired', zh: '豁免已过期' },
    when: { en: 'a waiver past its expires date; the waived finding comes back', zh: '豁免已过到期日，被豁免的问题重新报告' },
  },
  {
    id: 'waiver-expiring',
    severity: 'warning',
    short: { en: 'Waiver expires soon', zh: '豁免即将到期' },
    when: { en: 'a waiver within 14 days of its expiry', zh: '豁免距到期不足14天' },
  },
  {
    id: 'waiver-unused',
    severity: 'warning',
    short: { en: 'Waiver matches nothing', zh: '豁免未匹配任何问题' },
    when: { en: 'a waiver that matches no finding', zh: '豁免未匹配任何问题' },
  },
];

export const CORE_RULE_IDS: ReadonlySet<string> = new Set(CORE_RULES.map((r) => r.id));

/** Deadlines set by law can only be met, never waived; nor can the file's own problems. */
export const NOT_WAIVABLE: ReadonlySet<string> = new Set([
  'deadline-overdue',
  'deadline-due-soon',
  'submission-late',
  'submission-after-plan-date',
  'extension-not-started',
  'permit-expired',
  'case-parse',
  'case-schema',
  'case-duplicate-id',
  'fact-invalid',
  'calendar-coverage',
  'waiver-expired',
  'waiver-expiring',
  'waiver-unused',
]);

/** Core findings a waiver may cover: the documents. Rule warnings (`<procedure>/<id>`) may be too. */
export const WAIVABLE_CORE: ReadonlySet<string> = new Set(['document-missing', 'document-stale', 'document-not-required']);
