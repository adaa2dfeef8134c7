/**
 * Every sentence permit's own code writes, by message id, in English and Chinese. Placeholders
 * are `{name}`, filled from the message's data by ./render.ts (dates with their weekday, counts
 * with singular or plural). Rule files carry their own bilingual texts; these are the engine's.
 *
 * Both languages of a message must use the same placeholders (test/core/messages.test.ts).
 */
export const MESSAGES = {
  // How a date was counted (the basis shown under every deadline).
  'count.start': { en: '{fact} {date}', zh: '{fact} {date}' },
  'count.start-assumed': {
    en: '{start}, assumed because {fact} is not given',
    zh: '{start}（因未提供 {fact} 而假定）',
  },
  'count.working-days': {
    en: '{n} after {start}, the start day not counted (Civil Code art. 201)',
    zh: '{start}之后{n}（起算日不计入，《民法典》第201条）',
  },
  'count.working-days-start-counted': {
    en: '{n} counting {start} itself as day 1',
    zh: '{n}，将{start}当日计为第1日',
  },
  'count.makeup-counted': { en: 'make-up working days counted: {days}', zh: '调休上班日计入：{days}' },
  'count.makeup-not-counted': {
    en: 'make-up working days not counted: {days}',
    zh: '调休上班日不计入：{days}',
  },
  'count.months': {
    en: '{n} after {start} (Civil Code art. 202)',
    zh: '{start}之后{n}（《民法典》第202条）',
  },
  'count.months-before': {
    en: '{n} before {start} (Civil Code art. 202)',
    zh: '{start}之前{n}（《民法典》第202条）',
  },
  'count.calendar-days-after': { en: '{n} after {start}', zh: '{start}之后{n}' },
  'count.calendar-days-before': { en: '{n} before {start}', zh: '{start}之前{n}' },
  'count.equals': { en: '{count} = {date}', zh: '{count}为{date}' },
  'count.arrow': { en: '{count} → {date}', zh: '{count} → {date}' },
  'count.moved-back': {
    en: '{count} = {raw}, not a working day; offices are closed, so the date to plan by is the last working day before it: {date}',
    zh: '{count}为{raw}，非工作日；窗口不办公，故以此前最后一个工作日为准：{date}',
  },
  'count.moved-forward': {
    en: '{count} = {raw}, not a working day; moved forward to the next working day: {date}',
    zh: '{count}为{raw}，非工作日；顺延至其后第一个工作日：{date}',
  },
  'count.legal-end': {
    en: 'the period itself runs to {date}',
    zh: '期间本身至{date}届满',
  },
  'count.with-window': { en: '{basis}. Window opens: {opens}', zh: '{basis}。申请期开始：{opens}' },
  'count.as-of': { en: 'the as-of date {date}', zh: '基准日 {date}' },

  // Why an item applies (the deciding comparisons).
  'why.always': { en: 'applies to every case', zh: '适用于所有情形' },
  'why.is': { en: '{fact} = {value}', zh: '{fact} = {value}' },
  'why.is-not': { en: '{fact} = {value} (not {expected})', zh: '{fact} = {value}（不是 {expected}）' },
  'why.in': { en: '{fact} = {value} (one of {values})', zh: '{fact} = {value}（属于 {values}）' },
  'why.not-in': { en: '{fact} = {value} (not one of {values})', zh: '{fact} = {value}（不属于 {values}）' },
  'why.known': { en: '{fact} is given ({value})', zh: '已提供 {fact}（{value}）' },
  'why.not-known': { en: '{fact} is not given', zh: '未提供 {fact}' },
  'why.date-compared': {
    en: '{fact} {value} is {relation} {other} {date}',
    zh: '{fact} {value} {relation} {other} {date}',
  },
  'why.date-unknown': { en: '{fact} or {other} is not known', zh: '{fact} 或 {other} 未知' },
  'why.passed': { en: '{fact} {value} is before the as-of date {asOf}', zh: '{fact} {value} 早于基准日 {asOf}' },
  'why.not-passed': {
    en: '{fact} {value} is not before the as-of date {asOf}',
    zh: '{fact} {value} 不早于基准日 {asOf}',
  },
  'why.deadline-status': { en: '{deadline} is {status}', zh: '{deadline} 状态为 {status}' },
  'why.deadline-status-not': {
    en: '{deadline} is {status} (not {expected})',
    zh: '{deadline} 状态为 {status}（不是 {expected}）',
  },
  'why.provisional': { en: 'computed across {years}', zh: '计算跨越{years}年' },
  'why.deadline-absent': { en: 'deadline {deadline} does not apply', zh: '期限 {deadline} 不适用' },
  'relation.before': { en: 'before', zh: '早于' },
  'relation.not-before': { en: 'not before', zh: '不早于' },
  'relation.after': { en: 'after', zh: '晚于' },
  'relation.not-after': { en: 'not after', zh: '不晚于' },

  // Deadline statuses, as words.
  'status.not-yet-open': { en: 'not open yet', zh: '尚未开始' },
  'status.upcoming': { en: 'upcoming', zh: '未到期' },
  'status.due-soon': { en: 'due soon', zh: '即将到期' },
  'status.due-today': { en: 'due today', zh: '今日到期' },
  'status.past-plan-date': { en: 'past the plan-by date', zh: '已过建议办理日' },
  'status.overdue': { en: 'overdue', zh: '已逾期' },
  'status.met': { en: 'met', zh: '已办理' },
  'status.today': { en: 'today', zh: '今日' },
  'status.passed': { en: 'passed', zh: '已过' },
  'status.open-since': { en: 'open since {date}', zh: '自{date}起可办理' },

  'status.opens-on': { en: 'opens {date}', zh: '{date}起可办理' },
  'status.open-since-short': { en: 'open since', zh: '已可办理' },
  'status.met-on': { en: 'met on {date}', zh: '已于{date}办理' },
  'status.planned-on': { en: 'planned for {date}', zh: '计划于{date}办理' },

  // The checklist.
  'summary.counts': {
    en: '{errors}, {warnings}; {deadlines} as of {asOf}.',
    zh: '{errors}，{warnings}；截至{asOf}共{deadlines}。',
  },
  'summary.next': { en: 'Next: {action} by {date} — {status}, {left}.', zh: '下一步：{action}，请于{date}前办理——{status}，{left}。' },
  'summary.next-overdue': {
    en: 'Next: {action} — overdue by {late}; the legal period ended on {legalEnd}. File at once.',
    zh: '下一步：{action}——已逾期{late}，法定期间已于{legalEnd}届满，请立即办理。',
  },
  'summary.next-past-plan': {
    en: 'Next: {action} — the plan-by date {date} has passed; the legal period runs to {legalEnd}.',
    zh: '下一步：{action}——建议办理日{date}已过，法定期间至{legalEnd}届满。',
  },
  'summary.errors-first': { en: 'No filing is due; act on the {errors} below first.', zh: '暂无待办期限；请先处理下方的{errors}。' },
  'summary.nothing-due': { en: 'Nothing is due: every deadline is met or not a filing.', zh: '无待办期限：各期限均已办理或无需申报。' },
  'summary.all-met': { en: 'Every due deadline is met.', zh: '所有期限均已办理。' },
  'heading.problems': { en: 'Errors and warnings', zh: '错误与警告' },
  'heading.deadlines': { en: 'Deadlines', zh: '期限' },
  'heading.documents': { en: 'Documents to prepare', zh: '应备材料' },
  'heading.steps': { en: 'Steps', zh: '办理步骤' },
  'heading.details': { en: 'Details: how each date was counted, other readings, sources', zh: '详情：计算依据、其他理解及来源' },
  'heading.notices': { en: 'For information', zh: '提示信息' },
  'heading.where': { en: 'Where to file', zh: '办理地点' },
  'label.facts': { en: 'Facts', zh: '已知信息' },
  'label.assumed': { en: 'Assumed', zh: '假定' },
  'label.source': { en: 'source', zh: '来源' },
  'label.see-also': { en: 'see also', zh: '另见' },
  'label.basis': { en: 'counted', zh: '计算' },
  'label.legal-end': { en: 'legal end', zh: '法定届满日' },
  'label.alternative': { en: 'other reading ({id}): {date}', zh: '其他理解（{id}）：{date}' },
  'label.provisional': { en: 'provisional: computed across {years}', zh: '临时结果：计算跨越{years}年' },
  'label.why': { en: 'why', zh: '原因' },
  'label.rule': { en: 'rule', zh: '规则' },
  'label.by': { en: 'by {date}', zh: '{date}前' },
  'label.from': { en: 'from {date}', zh: '{date}起' },
  'label.valid-until': { en: 'usable until {date}', zh: '可使用至{date}' },
  'label.stale': { en: 'stale on {date}', zh: '于{date}已过期' },
  'label.in-hand': { en: 'ready (the case file says so)', zh: '已备齐（据案卷）' },
  'column.when': { en: 'When', zh: '日期' },
  'column.status': { en: 'Status', zh: '状态' },
  'column.what': { en: 'What', zh: '事项' },
  'level.error': { en: 'error', zh: '错误' },
  'level.warning': { en: 'warning', zh: '警告' },
  'level.notice': { en: 'info', zh: '提示' },

  // Counts relative to the as-of date.
  'quantity.left': { en: '{n} left', zh: '剩余{n}' },
  'quantity.ago': { en: '{n} ago', zh: '已过{n}' },

  // The calendar.
  'calendar-coverage': {
    en: 'Dates across {years} are provisional: the State Council has not published the holiday arrangement for {years} (the calendar has it through {lastPublished}). The statutory holidays fixed by law are closed ({holidays}), but bridge days and weekend make-up working days are not known yet, so a date may still move. Re-check once the arrangement is published. Affects: {affected}.',
    zh: '{years}年的日期为临时结果：国务院尚未公布{years}年放假安排（日历收录至{lastPublished}年）。法定节假日已按法律规定计为休息日（{holidays}），但调休放假日和周末调休上班日尚不确定，日期仍可能变动；公布后请复核。涉及：{affected}。',
  },
  'coverage.no-holiday-in-span': {
    en: 'none falls in the periods counted',
    zh: '所计期间内没有法定节假日',
  },
  'calendar-overlay-replaced': {
    en: 'The calendar file {file} replaces the published arrangement of {years}: every date across those years follows that file, not the State Council notice permit ships.',
    zh: '日历文件 {file} 替换了已收录的{years}年放假安排：相关日期以该文件为准，而非本工具内置的国务院通知。',
  },

  // Case files.
  'case.problem': { en: '{text}', zh: '{text}' },
  'case.fact-conflict': {
    en: '{fact} is given twice with different values: {values}; keep one',
    zh: '{fact} 被给出两次且取值不同：{values}；请只保留一个',
  },
  'case.value-unavailable': {
    en: '{value} is a value of {fact} only when {when}; here {actual}',
    zh: '{value} 仅在 {when} 时是 {fact} 的可选值；此处 {actual}',
  },
  'case.duplicate-id': {
    en: 'the case id {id} is also used by {other}; case ids must be unique in a folder',
    zh: '案卷编号 {id} 与 {other} 重复；同一目录内编号须唯一',
  },
  'case.waiver-not-waivable': {
    en: '{finding} cannot be waived: deadlines set by law can only be met; waive documents and rule warnings only',
    zh: '{finding} 不可豁免：法定期限只能按时办理；仅材料和规则提示可豁免',
  },
  'case.waiver-unknown-finding': {
    en: '{finding} is not a finding permit reports (see permit validate --help)',
    zh: '{finding} 不是本工具报告的问题类型（见 permit validate --help）',
  },
  'case.waiver-too-long': {
    en: 'the waiver expires on {expires}, more than a year after {asOf}; waivers last at most a year',
    zh: '豁免到期日 {expires} 距 {asOf} 超过一年；豁免最长一年',
  },

  // Facts.
  'fact.missing': {
    en: 'missing --{fact} ({accepts}): {question} Needed for {affects}.',
    zh: '缺少 --{fact}（{accepts}）：{question} 用于 {affects}。',
  },
  'fact.missing-many': {
    en: 'missing {count} required facts; pass {flags}:',
    zh: '缺少{count}项必要信息，请提供 {flags}：',
  },
  'fact.accepts-date': { en: 'YYYY-MM-DD', zh: 'YYYY-MM-DD' },
  'fact.accepts-boolean': { en: '--{fact} or --no-{fact}', zh: '--{fact} 或 --no-{fact}' },
  'fact.accepts-enum': { en: 'one of: {values}', zh: '可选：{values}' },
  'fact.in-future': {
    en: '{fact} {date} is after the as-of date {asOf}; a {fact} cannot be in the future.',
    zh: '{fact} {date} 晚于基准日 {asOf}，{fact} 不可能在将来。',
  },
  'fact.too-far-ahead': {
    en: '{fact} {date} is more than a year after the as-of date {asOf}; check it for a typo (plan ahead at most a year).',
    zh: '{fact} {date} 比基准日 {asOf} 晚一年以上，请检查是否输入有误（最多提前一年规划）。',
  },
  'fact.implausible-past': {
    en: '{fact} {date} is more than {years} years before the as-of date {asOf}; check it for a typo.',
    zh: '{fact} {date} 比基准日 {asOf} 早{years}年以上，请检查是否输入有误。',
  },
  'fact.before-other': {
    en: '{fact} {date} is before {other} {otherDate}; it cannot come first.',
    zh: '{fact} {date} 早于 {other} {otherDate}，顺序不可能如此。',
  },
  'fact.unknown': {
    en: '{fact} is not a fact of {procedure} (its facts: {known}).',
    zh: '{fact} 不是 {procedure} 的信息项（可用：{known}）。',
  },
  'fact.bad-value': {
    en: '{value} is not a value of {fact} (one of {values}).',
    zh: '{value} 不是 {fact} 的取值（可选：{values}）。',
  },
  'assumption.default': {
    en: '{fact} = {value} (default; pass --{fact} to change it)',
    zh: '{fact} = {value}（默认值；可用 --{fact} 修改）',
  },
  'assumption.planned': {
    en: '{fact} not given: planned as {date} ({from})',
    zh: '未提供 {fact}：按 {date} 计划（{from}）',
  },

  // Submissions and met deadlines.
  'submission.late': {
    en: 'The submission on {submitted} is after the last day of {deadline} ({legalEnd}); it is late. {advice}',
    zh: '{submitted}的提交晚于{deadline}的最后一日（{legalEnd}），已逾期。{advice}',
  },
  'submission.early': {
    en: 'The submission on {submitted} is before {deadline} opens ({opens}); it will not be accepted. Submit on or after {opens}.',
    zh: '{submitted}的提交早于{deadline}的开始日（{opens}），不会被受理；请于{opens}或之后提交。',
  },
  'submission.after-plan-date': {
    en: 'The submission on {submitted} is after the plan-by date {date} but within the legal period, which runs to {legalEnd}; it is in time only if it is filed online that day.',
    zh: '{submitted}的提交晚于建议办理日{date}，但仍在法定期间内（至{legalEnd}）；仅当当日网上提交成功才算按时。',
  },
  'submission.late-advice': {
    en: 'File at once and keep a note of why it was late.',
    zh: '请立即办理，并书面说明逾期原因。',
  },

  // Deadlines judged against the as-of date (validate and the summary).
  'deadline.overdue': {
    en: '{title}: overdue by {late}; the legal period ended on {legalEnd}. {basis}.',
    zh: '{title}：已逾期{late}，法定期间已于{legalEnd}届满。{basis}。',
  },
  'deadline.due-soon': {
    en: '{title}: plan by {date}, {left} left. {basis}.',
    zh: '{title}：请于{date}前办理，剩余{left}。{basis}。',
  },
  'deadline.due-today': {
    en: '{title}: due today, {date}. {basis}.',
    zh: '{title}：今日（{date}）到期。{basis}。',
  },
  'deadline.past-plan-date': {
    en: '{title}: the plan-by date {date} has passed, but the legal period still runs to {legalEnd}. {how}',
    zh: '{title}：建议办理日{date}已过，但法定期间至{legalEnd}届满。{how}',
  },
  'deadline.file-online': {
    en: 'File online now: the online system takes filings on closed days.',
    zh: '请立即网上提交：网上系统在休息日也可提交。',
  },
  'deadline.file-now': {
    en: 'File now; ask the office whether it accepts the filing before {legalEnd}.',
    zh: '请立即办理，并向受理机构确认{legalEnd}前能否受理。',
  },

  // Documents (validate).
  'document.missing': {
    en: '{title} is required for {procedure} and is {state}.',
    zh: '{procedure}需要{title}，目前{state}。',
  },
  'document.action': { en: 'Prepare {title} and mark it ready in the case file.', zh: '请准备{title}，并在案卷中标记为已备齐。' },
  'document.not-listed': { en: 'not listed in the case', zh: '未列入案卷' },
  'document.pending': { en: 'still pending', zh: '尚未备齐' },
  'document.stale': {
    en: '{title} is past its validity on {testedOn}: {rule} gives a last valid day of {validUntil}.',
    zh: '{title}在{testedOn}已超过有效期：按{rule}，最后有效日为{validUntil}。',
  },
  'document.valid-from-issue': {
    en: '{n} from its issue date {issued}',
    zh: '自出具日{issued}起{n}',
  },
  'document.valid-before-expiry': {
    en: 'at least {n} of validity left before its expiry {expiry}',
    zh: '距有效期截止日{expiry}至少还有{n}',
  },
  'document.issue-date-missing': {
    en: '{title}: its issue date is not given, so its {n} validity cannot be checked.',
    zh: '{title}：未提供出具日期，无法检查{n}有效期。',
  },
  'document.not-required': {
    en: '{title} is listed, but the facts of this case do not call for it in {procedure}.',
    zh: '已列入{title}，但按本案情形{procedure}不需要该材料。',
  },
  'document.unknown': {
    en: '{document} is not a document of {procedure} (see permit rules show {procedure}).',
    zh: '{document} 不是 {procedure} 的材料（见 permit rules show {procedure}）。',
  },

  // The permit and residence permit of a case.
  'permit.expired': {
    en: 'The work permit expired on {expiry} and no cancellation is recorded. Work after the expiry is illegal employment; apply anew before the employee works again, and record the cancellation.',
    zh: '工作许可已于{expiry}到期，且未记录注销。到期后继续工作属于非法就业；请在外国人继续工作前重新申请，并记录注销情况。',
  },
  'extension.not-started': {
    en: 'The {what} expires on {expiry}; the extension window opened on {opens} and the last day to apply is {date} ({left}), but the case has no {procedure} procedure.',
    zh: '{what}于{expiry}到期；延期申请期自{opens}开始，最后申请日为{date}（{left}），但案卷中没有{procedure}办理事项。',
  },
  'extension.missed': {
    en: 'The {what} expires on {expiry}; the last day to apply for its extension was {date} and the case has no {procedure} procedure.',
    zh: '{what}于{expiry}到期；延期最后申请日为{date}，但案卷中没有{procedure}办理事项。',
  },
  'what.work-permit': { en: 'work permit', zh: '工作许可' },
  'what.residence-permit': { en: 'residence permit', zh: '居留证件' },

  // Waivers (validate).
  'waiver.expired': {
    en: 'The waiver of {finding} for {target} expired on {expires}; the finding is reported again. Renew it with a new reason and approval, or fix the finding.',
    zh: '对{target}的{finding}豁免已于{expires}到期，该问题重新报告；请重新说明理由并审批，或予以解决。',
  },
  'waiver.expiring': {
    en: 'The waiver of {finding} for {target} expires on {expires} ({left}).',
    zh: '对{target}的{finding}豁免将于{expires}到期（剩余{left}）。',
  },
  'waiver.unused': {
    en: 'The waiver of {finding} for {target} matches no finding; remove it.',
    zh: '对{target}的{finding}豁免未匹配任何问题，请删除。',
  },

  // The validate report (text): its header, due lines, summary table and totals.
  'validate.header': {
    en: 'permit {version} · as of {asOf} ({asOfFrom}) · rules {folder} ({procedures} procedures, {digest}) · calendar published through {published}, statutory holidays to {statutory}',
    zh: 'permit {version} · 截至{asOf}（{asOfFrom}）· 规则 {folder}（{procedures}项业务，{digest}）· 日历已公布至{published}年，法定节假日至{statutory}年',
  },
  'validate.as-of-today': { en: 'today in Asia/Shanghai', zh: '北京时间今日' },
  'validate.as-of-flag': { en: '--as-of', zh: '--as-of' },
  'validate.due-left': { en: 'due {date}; {n} left', zh: '应于{date}前办理；剩余{n}' },
  'validate.due-past': { en: 'due {date}; {n} past', zh: '应于{date}前办理；已过{n}' },
  'validate.due-legal-left': {
    en: 'due {date}, legal end {legalEnd}; {n} left',
    zh: '应于{date}前办理，法定届满日{legalEnd}；剩余{n}',
  },
  'validate.due-legal-past': {
    en: 'due {date}, legal end {legalEnd}; {n} past',
    zh: '应于{date}前办理，法定届满日{legalEnd}；已过{n}',
  },
  'validate.waived': { en: 'waived until {expires} by {by}: {reason}', zh: '豁免至{expires}，批准人{by}：{reason}' },
  'validate.totals': {
    en: '{errors}, {warnings}, {notices}, {waived} waived · {files} checked ({cases})',
    zh: '{errors}，{warnings}，{notices}，已豁免{waived}项 · 已检查{files}（{cases}）',
  },
  'validate.table-more': {
    en: 'The table shows the {shown} most urgent of {total}; the findings of every case are listed above, and --format json or html lists every case.',
    zh: '上表仅列出{total}中最紧急的{shown}个；所有案卷的问题已在上方列出，--format json 或 html 列出全部案卷。',
  },
  'validate.totals-clean': {
    en: 'no errors or warnings: {errors}, {warnings}, {notices}, {waived} waived · {files} checked ({cases})',
    zh: '无错误或警告：{errors}，{warnings}，{notices}，已豁免{waived}项 · 已检查{files}（{cases}）',
  },

  // Interview.
  // (appended by the interview work: src/cli/interview/; nothing above this line changed)
  'interview.progress': { en: 'Question {n} of at most {max}', zh: '第{n}题，最多{max}题' },
  'interview.optional': { en: 'optional', zh: '选填' },
  'interview.answer-needed': {
    en: 'an answer is needed: type a date written YYYY-MM-DD (e.g. 2026-11-18)',
    zh: '此题必答：请输入 YYYY-MM-DD 格式的日期（如 2026-11-18）',
  },
  'interview.bad-date': {
    en: 'expected a real date written YYYY-MM-DD (e.g. 2026-11-18), got "{text}"',
    zh: '应为真实存在的日期，格式 YYYY-MM-DD（如 2026-11-18），输入的是“{text}”',
  },
  'interview.type-date': { en: 'date YYYY-MM-DD', zh: '日期 YYYY-MM-DD' },
  'interview.range-past': { en: 'not after {asOf}', zh: '不晚于{asOf}' },
  'interview.range-near': { en: 'at most a year ahead ({latest})', zh: '最多提前一年（{latest}）' },
  'interview.skip-hint': { en: 'Enter to skip', zh: '回车跳过' },
  'interview.back-hint': { en: '< to go back', zh: '输入 < 返回上一题' },
  'interview.skip': { en: 'Skip (leave it out)', zh: '跳过（不填）' },
  'interview.back': { en: '← Back to the previous question', zh: '返回上一题' },
  'interview.went-back': { en: '↩ back one question', zh: '已返回上一题' },
  'interview.skipped': { en: '(skipped)', zh: '（未填）' },
  'interview.review': {
    en: 'Review your answers: choose one to change, or continue',
    zh: '核对答案：选择一项修改，或继续',
  },
  'interview.continue': { en: 'Continue: show the result', zh: '继续：显示结果' },
  'interview.back-last': { en: '← Back to the last question', zh: '返回最后一题' },
  'interview.given': { en: 'given', zh: '已提供' },
  'interview.not-changeable': {
    en: 'given, and not asked for this case; run again without it to change it',
    zh: '已提供，且本案无需询问；如需修改，请去掉后重新运行',
  },
  'interview.procedure': { en: 'Which procedure?', zh: '办理哪项业务？' },
  'interview.documents': {
    en: 'Record in the case file which of the {n} documents are in hand?',
    zh: '是否在案卷中记录{n}项材料中哪些已备齐？',
  },
  'interview.documents-yes': { en: 'Yes, one by one', zh: '是，逐项确认' },
  'interview.documents-skip': { en: 'Skip: mark them all pending', zh: '跳过：全部标记为未备齐' },
  'interview.document-progress': { en: 'Document {n} of {max}', zh: '第{n}项材料，共{max}项' },
  'interview.document-in-hand': { en: 'In hand: {title}?', zh: '已备齐：{title}？' },
  'interview.overwrite': {
    en: '{file} already exists. Replace it with this interview\'s answers at the end?',
    zh: '{file} 已存在。结束时用本次答案替换它吗？',
  },
  'interview.overwrite-declined': {
    en: '{file} was left untouched; choose another --save name, or pass --force',
    zh: '{file} 未改动；请换一个 --save 文件名，或使用 --force',
  },
  'interview.exists': {
    en: '{file} already exists; it was left untouched (choose another --save name, or pass --force)',
    zh: '{file} 已存在，未改动（请换一个 --save 文件名，或使用 --force）',
  },
  'interview.no-procedure': {
    en: 'name a procedure ({procedures}), e.g. permit interview cancel; without a terminal nothing can be asked',
    zh: '请指定业务（{procedures}），如 permit interview cancel；没有终端时无法提问',
  },
  'interview.interrupted': { en: 'interrupted; nothing saved', zh: '已中断；未保存' },
  'interview.interrupted-hint': {
    en: 'interrupted; nothing saved (with --save FILE the answers so far are kept in a draft)',
    zh: '已中断；未保存（使用 --save FILE 时，已答内容会保存为草稿）',
  },
  'interview.interrupted-draft': {
    en: 'interrupted; the answers so far are in {draft}. Continue with: {command}',
    zh: '已中断；已答内容保存在 {draft}。继续：{command}',
  },
  'interview.draft-failed': {
    en: 'interrupted; the draft could not be written ({reason}); nothing saved',
    zh: '已中断；草稿无法写入（{reason}），未保存',
  },
  'interview.saved': {
    en: 'wrote {file} ({schema}); check it with: permit check --case {file}',
    zh: '已写入 {file}（{schema}）；检查：permit check --case {file}',
  },
  'interview.rerun': { en: 'next time, without the questions:', zh: '下次可不经提问直接运行：' },
  'interview.file-header': {
    en: 'Written by permit interview ({procedure}) as of {asOf}. Check it: permit check --case {file}',
    zh: '由 permit interview（{procedure}）按基准日 {asOf} 生成。检查：permit check --case {file}',
  },
  'interview.draft-header': {
    en: 'Draft of an interrupted interview ({procedure}, as of {asOf}): the answers so far. Continue with: {command}',
    zh: '中断的问答草稿（{procedure}，基准日 {asOf}）：已答内容。继续：{command}',
  },
  'interview.documents-header': {
    en: 'documents: status ready | pending; set ready as each is in hand',
    zh: 'documents：status 为 ready（已备齐）或 pending（未备齐）；备齐后改为 ready',
  },

  // Agenda, Markdown and calendar.
  // (appended by the agenda/markdown/ics work: src/report/calendar/, src/report/agenda/; nothing above changed)
  'agenda.title': {
    en: 'Agenda as of {asOf}: {count} by {through} (the next {within}); {overdue} overdue.',
    zh: '截至{asOf}的待办：至{through}（未来{within}）共{count}；其中已逾期{overdue}个。',
  },
  'agenda.none': {
    en: 'Agenda as of {asOf}: nothing is due by {through} (the next {within}), and nothing is overdue.',
    zh: '截至{asOf}的待办：至{through}（未来{within}）没有到期事项，也没有逾期事项。',
  },
  'agenda.legend': {
    en: 'Left: working days to the date (negative: overdue by that many).',
    zh: '剩余：距该日的工作日数（负数为已逾期的工作日数）。',
  },
  'agenda.not-started': { en: 'not started', zh: '尚未办理' },
  'column.left': { en: 'Left', zh: '剩余' },
  'column.case': { en: 'Case', zh: '案卷' },
  'column.source': { en: 'Source', zh: '来源' },
  'column.file': { en: 'File', zh: '文件' },
  'column.errors': { en: 'Errors', zh: '错误' },
  'column.warnings': { en: 'Warnings', zh: '警告' },
  'column.next-due': { en: 'Next due', zh: '最近期限' },
  'label.case': { en: 'case', zh: '案卷' },
  'label.notes': { en: 'notes', zh: '说明' },
  'calendar.name': { en: 'permit deadlines', zh: 'permit 期限' },
  'calendar.name-agenda': { en: 'permit agenda', zh: 'permit 待办' },
  'calendar.name-plan': { en: 'permit: {title}', zh: 'permit：{title}' },
  'calendar.plan-by': { en: 'Plan by {date}: {status}, {left}.', zh: '请于{date}前办理：{status}，{left}。' },
  'calendar.on': { en: '{date}: {status}.', zh: '{date}：{status}。' },
  'calendar.opens': { en: 'Filing opens on {date}.', zh: '{date}起可以提交。' },
  'calendar.watched': {
    en: 'The case has no {procedure} procedure in progress; this date follows from the expiry in the case file. Start the procedure in time.',
    zh: '案卷中没有进行中的{procedure}办理事项；该日期由案卷中的到期日推出，请及时办理。',
  },
  'calendar.summary-overdue': { en: 'Overdue: {title}', zh: '已逾期：{title}' },
  'calendar.summary-met': { en: 'Done: {title}', zh: '已办理：{title}' },
  'calendar.reminder': { en: 'Reminder: {title} by {date}, {left}', zh: '提醒：{title}，请于{date}前办理，{left}' },
  'markdown.due': { en: 'Due {date}: {left}.', zh: '期限{date}：{left}。' },
  'markdown.waived': {
    en: 'waived until {expires} by {by}: {reason}',
    zh: '豁免至{expires}（审批：{by}）：{reason}',
  },
  'markdown.totals': {
    en: '{errors}, {warnings}, {notices}, {waived} waived · {files} checked ({cases})',
    zh: '{errors}，{warnings}，{notices}，已豁免{waived}项 · 已检查{files}（{cases}）',
  },
  'markdown.clean': { en: 'No errors or warnings.', zh: '没有错误或警告。' },
  'markdown.no-findings': { en: 'No findings.', zh: '没有问题。' },
  'markdown.unreadable': { en: 'Not a readable case file.', zh: '不是可读取的案卷文件。' },
  'markdown.generated': {
    en: 'Written by permit {version} as of {asOf}; the calendar is published through {published}.',
    zh: '由 permit {version} 按基准日 {asOf} 生成；日历收录至{published}年。',
  },
  'heading.cases': { en: 'Cases', zh: '案卷' },
  'heading.findings': { en: 'Findings', zh: '问题' },
  // (end of the agenda/markdown/ics block)
} as const;

export type MessageId = keyof typeof MESSAGES;
