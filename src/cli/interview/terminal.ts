/**
 * The thin terminal layer of the interview: each question drawn with @inquirer on the terminal's
 * output (stderr), in the chosen language, and every way out of a prompt mapped to one error.
 * Ctrl-C, Ctrl-D, a closed input and SIGINT/SIGTERM/SIGHUP end the prompt (its lines cleared,
 * the cursor shown again) and throw `Interrupted`; the caller saves a draft and picks the exit
 * code. The prompt packages are imported only when the first prompt is shown.
 */
import { message, type Text } from '../../core/message.js';
import { render } from '../../core/render.js';
import { wrap } from '../../report/layout.js';
import type { Bilingual, LangChoice } from '../../core/vocabulary.js';
import type { FactValue } from '../../rules/conditions.js';
import { EXIT } from '../errors.js';
import type { Terminal } from '../io.js';
import type { DocumentChoice, Prompter, Reply, ReviewReply } from './drive.js';
import { type Answer, type Question, type ReviewEntry, YES_NO } from './model.js';

export type InterruptReason = 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'eof';

/** A prompt ended by the user or a signal, not by an answer. */
export class Interrupted extends Error {
  override name = 'Interrupted';
  constructor(readonly reason: InterruptReason) {
    super(`interrupted (${reason})`);
  }

  /** 128 + the signal: 130 for Ctrl-C and Ctrl-D, 143 for SIGTERM, 129 for SIGHUP. */
  get exitCode(): number {
    return this.reason === 'SIGTERM' ? EXIT.terminated : this.reason === 'SIGHUP' ? EXIT.hangup : EXIT.interrupted;
  }
}

/** What back means in a typed answer. */
export const BACK = '<';
const SHOW_CURSOR = '\u001b[?25h';
const YES: Bilingual = { en: 'Yes', zh: '是' };
const NO: Bilingual = { en: 'No', zh: '否' };

/** The context @inquirer prompts take (their second argument). */
interface PromptContext {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  signal: AbortSignal;
  clearPromptOnDone: boolean;
}

type Keypress = { name?: string; ctrl?: boolean } | undefined;

/** Texts in the chosen language; `both` puts English first. */
export class Wording {
  constructor(readonly lang: LangChoice) {}
  /** A label on one line: `Beijing · 北京`. */
  label(t: Bilingual | Text): string {
    if (this.lang !== 'both') return render(t, this.lang);
    const en = render(t, 'en');
    const zh = render(t, 'zh');
    return en === zh ? en : `${en} · ${zh}`;
  }
  /** A sentence per line: the English line, then the Chinese one. */
  lines(t: Bilingual | Text): string[] {
    if (this.lang !== 'both') return [render(t, this.lang)];
    const en = render(t, 'en');
    const zh = render(t, 'zh');
    return en === zh ? [en] : [en, zh];
  }
  /** One line for a status message on stderr (English for `both`). */
  say(t: Bilingual | Text): string {
    return render(t, this.lang === 'zh' ? 'zh' : 'en');
  }
  answer(q: { choices?: readonly { value: FactValue; label: Bilingual }[] }, a: Answer): string {
    if (!('value' in a)) return this.label({ id: 'interview.skipped' });
    const choices = q.choices ?? (typeof a.value === 'boolean' ? YES_NO : undefined);
    const c = choices?.find((x) => x.value === a.value);
    return c ? this.label(c.label) : String(a.value);
  }
}

const msg = (id: string, data?: Record<string, string | number>): Text => (data ? { id, data } : { id });

type Choice<V> = { value: V; name: string; description?: string; disabled?: boolean | string };
type SelectFn = <V>(
  config: { message: string; choices: readonly Choice<V>[]; default?: V; pageSize?: number; loop?: boolean; theme?: unknown },
  context: PromptContext,
) => Promise<V>;

/** The key hints @inquirer/select draws under its list, in the chosen language. */
const KEY_ACTIONS: Record<string, Bilingual> = {
  navigate: { en: 'navigate', zh: '移动' },
  select: { en: 'select', zh: '选择' },
};
type InputFn = (
  config: { message: string; default?: string; prefill?: 'tab' | 'editable'; validate: (t: string) => boolean | string; theme?: unknown },
  context: PromptContext,
) => Promise<string>;
type ConfirmFn = (config: { message: string; default?: boolean }, context: PromptContext) => Promise<boolean>;

/** The @inquirer prompter on a terminal; `dispose` it when the interview ends. */
export class TerminalPrompter implements Prompter {
  readonly words: Wording;
  private received: InterruptReason | undefined;
  private current: AbortController | undefined;
  private readonly stopSignals: () => void;
  private lostCalled = false;
  /** The terminal went away: its input ended or failed (a closed window, a dropped ssh link). */
  private readonly onGone = () => {
    this.hangUp();
    this.interrupt('SIGHUP');
    // The draft is saved; end as the hang-up it is, before readline touches the dead terminal.
    this.term.hangUp?.();
  };

  /**
   * `onLost` runs synchronously, once, when the terminal goes away or SIGHUP arrives: the place
   * to save a draft, because readline may fail on the dead terminal before a promise settles.
   */
  constructor(
    private readonly term: Terminal,
    lang: LangChoice,
    private readonly opts: { onLost?: () => void } = {},
  ) {
    this.words = new Wording(lang);
    this.stopSignals = term.onSignal((s) => {
      if (s === 'SIGHUP') this.hangUp();
      this.interrupt(s);
    });
    // Before readline's own listeners, which close the prompt (and may throw) on a dead terminal.
    term.input.prependListener('end', this.onGone);
    term.input.prependListener('error', this.onGone);
  }

  private hangUp(): void {
    if (this.lostCalled) return;
    this.lostCalled = true;
    try {
      this.opts.onLost?.();
    } catch {
      // The caller reports what it could not save; a hang-up must not throw here.
    }
  }

  /** Stops listening; throws `Interrupted` if a signal came after the last prompt. */
  finish(): void {
    this.dispose();
    if (this.received) throw new Interrupted(this.received);
  }

  dispose(): void {
    this.stopSignals();
    this.term.input.removeListener('end', this.onGone);
    this.term.input.removeListener('error', this.onGone);
  }

  /** Writes a line of the transcript on the terminal. */
  note(line: string): void {
    try {
      this.term.output.write(`${line}\n`);
    } catch {
      // The terminal is gone (a hang-up): there is no one to tell.
    }
  }

  /** The width to wrap prompt texts in: the terminal's, at most 100 columns, less the prompt's indent. */
  private width(): number {
    const columns = (this.term.output as { columns?: number }).columns;
    return Math.min(columns && columns >= 40 ? columns : 80, 100) - 4;
  }

  private raw(text: string): void {
    try {
      this.term.output.write(text);
    } catch {
      // As in note().
    }
  }

  async ask(q: Question, validate: (text: string) => Text | undefined): Promise<Reply> {
    const w = this.words;
    const width = this.width();
    const head = [
      `${w.label(msg('interview.progress', { n: q.number, max: q.atMost }))}${q.optional ? ` (${w.label(msg('interview.optional'))})` : ''}`,
      ...w.lines(q.fact.question).map((l) => wrap(l, width, '', '  ')),
      ...(q.help ? w.lines(q.help).map((l) => wrap(l, width, '  ', '    ')) : []),
      ...(q.problem ? w.lines(q.problem).map((l) => wrap(l, width, '✖ ', '    ')) : []),
    ];
    const title = w.lang === 'both' ? q.fact.question.en : w.label(q.fact.question);
    let reply: Reply;
    if (q.choices) {
      type V = { kind: 'value'; value: FactValue } | { kind: 'skip' } | { kind: 'back' };
      const choices: Choice<V>[] = q.choices.map((c) => ({ value: { kind: 'value', value: c.value }, name: w.label(c.label) }));
      if (q.optional && q.fact.default === undefined) choices.push({ value: { kind: 'skip' }, name: w.label(msg('interview.skip')) });
      if (q.canGoBack) choices.push({ value: { kind: 'back' }, name: w.label(msg('interview.back')) });
      const preselect = choices.find((c) => c.value.kind === 'value' && c.value.value === q.default)?.value;
      const select = await this.select();
      const v = await this.run((ctx) =>
        select<V>(
          { message: head.join('\n  '), choices, ...(preselect ? { default: preselect } : {}), pageSize: Math.min(choices.length, 12), loop: false },
          ctx,
        ),
      );
      reply = v.kind === 'value' ? { kind: 'answer', value: v.value } : v;
    } else {
      const hints: Text[] = [
        msg('interview.type-date'),
        ...(q.range ? [q.range] : []),
        ...(q.optional ? [msg('interview.skip-hint')] : []),
        ...(q.canGoBack ? [msg('interview.back-hint')] : []),
      ];
      const hintLines = (w.lang === 'both' ? (['en', 'zh'] as const) : [w.lang]).map((l) =>
        hints.map((h) => render(h, l)).join(l === 'zh' ? '；' : '; '),
      );
      const input = await this.input();
      const previous = q.previous && 'value' in q.previous ? String(q.previous.value) : undefined;
      const text = await this.run((ctx) =>
        input(
          {
            message: `${[...head, ...hintLines].join('\n  ')} ›`,
            ...(previous ? { default: previous, prefill: 'editable' as const } : {}),
            validate: (t) => {
              if (q.canGoBack && t.trim() === BACK) return true;
              const problem = validate(t);
              return problem ? w.label(problem) : true;
            },
            theme: { validationFailureMode: 'clear' },
          },
          ctx,
        ),
      );
      const t = text.trim();
      reply = t === BACK ? { kind: 'back' } : t === '' ? { kind: 'skip' } : { kind: 'answer', value: t };
    }
    if (reply.kind === 'back') this.note(w.label(msg('interview.went-back')));
    else this.note(`✔ ${title} › ${w.answer(q, reply.kind === 'skip' ? { skipped: true } : { value: reply.value })}`);
    return reply;
  }

  async review(entries: readonly ReviewEntry[], canGoBack: boolean): Promise<ReviewReply> {
    const w = this.words;
    const question = (e: ReviewEntry) => (w.lang === 'both' ? e.fact.question.en : w.label(e.fact.question));
    const choices: Choice<ReviewReply>[] = [{ value: { kind: 'continue' }, name: w.label(msg('interview.continue')) }];
    entries.forEach((e, i) => {
      const given = e.given ? ` (${w.label(msg('interview.given'))})` : '';
      choices.push({
        value: { kind: 'change', fact: e.fact.id },
        name: `${i + 1}. ${question(e)} › ${w.answer({ choices: e.fact.values?.map((v) => ({ value: String(v.value), label: v.label })) }, e.answer)}${given}`,
        ...(e.changeable ? {} : { disabled: w.label(msg('interview.not-changeable')) }),
      });
    });
    if (canGoBack) choices.push({ value: { kind: 'back' }, name: w.label(msg('interview.back-last')) });
    const select = await this.select();
    const r = await this.run((ctx) =>
      select<ReviewReply>({ message: w.lines(msg('interview.review')).join('\n  '), choices, pageSize: Math.min(choices.length, 20), loop: false }, ctx),
    );
    if (r.kind === 'back') this.note(w.label(msg('interview.went-back')));
    return r;
  }

  async documents(docs: readonly DocumentChoice[]): Promise<Map<string, boolean> | undefined> {
    if (docs.length === 0) return undefined;
    const w = this.words;
    const select = await this.select();
    const go = await this.run((ctx) =>
      select<boolean>(
        {
          message: w.lines(msg('interview.documents', { n: docs.length })).join('\n  '),
          choices: [
            { value: true, name: w.label(msg('interview.documents-yes')) },
            { value: false, name: w.label(msg('interview.documents-skip')) },
          ],
        },
        ctx,
      ),
    );
    if (!go) return undefined;
    const confirm = await this.confirm();
    const out = new Map<string, boolean>();
    for (const [i, d] of docs.entries()) {
      const text = [
        w.label(msg('interview.document-progress', { n: i + 1, max: docs.length })),
        w.label(message('interview.document-in-hand', { title: d.title })),
      ].join('\n  ');
      const yes = await this.run((ctx) => confirm({ message: text, default: d.inHand }, ctx));
      this.note(`✔ ${w.label(d.title)} › ${w.label(yes ? YES : NO)}`);
      out.set(d.id, yes);
    }
    return out;
  }

  /** A choice among labelled values (the procedure to interview). */
  async choose(message: Text, choices: readonly { value: string; label: Bilingual }[]): Promise<string> {
    const select = await this.select();
    const w = this.words;
    const v = await this.run((ctx) =>
      select<string>(
        { message: w.lines(message).join('\n  '), choices: choices.map((c) => ({ value: c.value, name: w.label(c.label) })), pageSize: 12, loop: false },
        ctx,
      ),
    );
    const label = choices.find((c) => c.value === v)?.label;
    this.note(`✔ ${w.lines(message).join(' ')} › ${label ? w.label(label) : v}`);
    return v;
  }

  async yesNo(message: Text, fallback: boolean): Promise<boolean> {
    const confirm = await this.confirm();
    const w = this.words;
    const yes = await this.run((ctx) => confirm({ message: w.lines(message).join('\n  '), default: fallback }, ctx));
    this.note(`✔ ${w.lines(message).join(' ')} › ${w.label(yes ? YES : NO)}`);
    return yes;
  }

  private interrupt(reason: InterruptReason): void {
    if (reason === 'SIGHUP') {
      // Writes to a hung-up terminal fail; they must not crash the draft that follows.
      this.term.output.on?.('error', () => {});
    }
    this.received ??= reason;
    this.current?.abort();
  }

  /** Runs one prompt, turning every way out of it but an answer into `Interrupted`. */
  private async run<T>(prompt: (ctx: PromptContext) => Promise<T>): Promise<T> {
    if (this.received) throw new Interrupted(this.received);
    const controller = new AbortController();
    this.current = controller;
    const { input, output } = this.term;
    const onKey = (_s: unknown, key: Keypress) => {
      if (key?.ctrl === true && key.name === 'd') this.interrupt('eof');
    };
    try {
      const pending = prompt({ input, output, signal: controller.signal, clearPromptOnDone: true });
      input.on('keypress', onKey);
      return await pending;
    } catch (e) {
      if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError' || e.name === 'CancelPromptError')) {
        this.received ??= 'SIGINT';
        this.raw(SHOW_CURSOR);
        throw new Interrupted(this.received);
      }
      throw e;
    } finally {
      input.removeListener('keypress', onKey);
      this.current = undefined;
    }
  }

  private async select(): Promise<SelectFn> {
    const select = (await import('@inquirer/select')).default as unknown as SelectFn;
    if (this.words.lang === 'en') return select;
    const keysHelpTip = (keys: [string, string][]) =>
      keys.map(([key, action]) => `${key} ${this.words.label(KEY_ACTIONS[action] ?? { en: action, zh: action })}`).join(' • ');
    return (config, context) => select({ ...config, theme: { style: { keysHelpTip } } }, context);
  }

  private async input(): Promise<InputFn> {
    return (await import('@inquirer/input')).default as unknown as InputFn;
  }

  private async confirm(): Promise<ConfirmFn> {
    return (await import('@inquirer/confirm')).default as unknown as ConfirmFn;
  }
}
