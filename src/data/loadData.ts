/**
 * The data permit runs on, loaded on first use and kept: the source registry, the rule folder
 * (shipped, or a company's own via PERMIT_RULES), the working-day calendar and the offices. Each
 * file comes from the start-up snapshot when its key still matches, else through the full YAML
 * + zod loaders, which are imported only then. Every file passes through readTextFile.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { StatutoryTable } from '../calendar/statutoryFile.js';
import { type CalendarYear, WorkCalendar } from '../calendar/workCalendar.js';
import type { Catalog } from '../cases/schema.js';
import type { OfficesData } from '../offices/load.js';
import type { CalendarSources } from '../rules/coverage.js';
import type { SharedFacts } from '../rules/load.js';
import type { RuleSet } from '../rules/ruleSet.js';
import { SOURCES_FILE } from '../sources/files.js';
import type { Registry } from '../sources/registry.js';
import { resolveCitation } from '../sources/resolve.js';
import { DiagnosticError } from '../yaml/diagnostics.js';
import { DataFileError, readTextFile } from './readFile.js';
import {
  cached,
  deserializeRuleSet,
  deserializeStatutory,
  entryKey,
  type Snapshot,
} from './snapshot.js';

export const CALENDAR_FILE = 'data/calendar/cn.yaml';
export const STATUTORY_FILE = 'data/calendar/statutory.yaml';
/** Where the shipped offices file lives, relative to the package root (also its name in messages). */
export const OFFICES_FILE = 'data/offices.yaml';
export const SHARED_FACTS = 'shared/facts.yaml';

/** The rule folder is missing, empty or not a folder: nothing can be checked. */
export class RulesFolderError extends Error {
  override name = 'RulesFolderError';
}

export interface DataLocations {
  /** The package root (holds data/ and the shipped rules/). */
  root: string;
  /** The rule folder in use, absolute. */
  rulesDir: string;
  /** How messages name the rule folder (e.g. `rules` or the PERMIT_RULES value). */
  rulesDisplay: string;
  /** How messages name a path (relative to the working directory when inside it). */
  display(path: string): string;
}

/** The calendar built from the shipped files and any overlays, and what it was built from. */
export interface LoadedCalendar {
  calendar: WorkCalendar;
  /** Files in the order applied: the shipped one first. */
  files: readonly string[];
  /** Years a later file replaced in an earlier one (an overlay over a published year). */
  replaced: readonly { file: string; years: readonly number[] }[];
  sources: CalendarSources;
}

export class DataStore {
  private registryPromise?: Promise<Registry>;
  private sharedPromise?: Promise<{ facts: SharedFacts | undefined; text: string }>;
  private readonly rulePromises = new Map<string, Promise<RuleSet>>();
  private procedureList?: string[];
  private officesPromise?: Promise<OfficesData>;
  private readonly texts = new Map<string, string>();
  /** Each data file loaded so far and whether its snapshot entry served it (`permit --version --verbose`). */
  readonly origins = new Map<string, 'snapshot' | 'parsed'>();

  constructor(
    readonly loc: DataLocations,
    private readonly snapshot: Snapshot | undefined,
  ) {}

  private served<T>(file: string, hit: T | undefined): T | undefined {
    this.origins.set(file, hit === undefined ? 'parsed' : 'snapshot');
    return hit;
  }

  /** A shipped data file's text; a problem with it means the installation is damaged. */
  private shipped(rel: string, what: string): string {
    let text = this.texts.get(rel);
    if (text !== undefined) return text;
    try {
      text = readTextFile(join(this.loc.root, rel), { what, display: rel });
    } catch (e) {
      if (e instanceof DataFileError)
        throw new DataFileError(rel, `${e.reason}; the permit installation is damaged (reinstall it)`, e.line);
      throw e;
    }
    this.texts.set(rel, text);
    return text;
  }

  /** Parses a shipped file; its problems mean the installation is damaged, not the user's input. */
  private async parseShipped<T>(rel: string, parse: () => T | Promise<T>): Promise<T> {
    try {
      return await parse();
    } catch (e) {
      if (e instanceof DiagnosticError) throw new DiagnosticError(e.diagnostics, `permit: ${rel} is damaged, so is the permit installation (reinstall it)`);
      throw e;
    }
  }

  /** The procedures of the rule folder, one per `*.yaml` file, checking the folder first. */
  procedures(): string[] {
    if (this.procedureList) return this.procedureList;
    const { rulesDir, rulesDisplay } = this.loc;
    if (rulesDir === '') throw new RulesFolderError('PERMIT_RULES is set but empty; unset it or name a rule folder');
    let entries: string[];
    try {
      if (!statSync(rulesDir).isDirectory())
        throw new RulesFolderError(`the rule folder ${rulesDisplay} is not a folder (PERMIT_RULES names a folder of rule files)`);
      entries = readdirSync(rulesDir);
    } catch (e) {
      if (e instanceof RulesFolderError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new RulesFolderError(
        code === 'ENOENT'
          ? `no rule folder ${rulesDisplay}`
          : `cannot read the rule folder ${rulesDisplay}${code === 'EACCES' ? ': permission denied' : code ? ` (${code})` : ''}`,
      );
    }
    const list = entries
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort();
    if (list.length === 0) throw new RulesFolderError(`the rule folder ${rulesDisplay} has no rule files (*.yaml)`);
    this.procedureList = list;
    return list;
  }

  registry(): Promise<Registry> {
    this.registryPromise ??= (async () => {
      const text = this.shipped(SOURCES_FILE, 'source registry');
      const hit = this.served(SOURCES_FILE, cached(this.snapshot?.sources, entryKey('sources', text)));
      if (hit) return hit;
      const { parseSourcesFile } = await import('../sources/registry.js');
      return this.parseShipped(SOURCES_FILE, () => parseSourcesFile(SOURCES_FILE, text));
    })();
    return this.registryPromise;
  }

  /** The rule folder's shared/facts.yaml, when it has one. */
  private shared(): Promise<{ facts: SharedFacts | undefined; text: string }> {
    this.sharedPromise ??= (async () => {
      const path = join(this.loc.rulesDir, SHARED_FACTS);
      if (!existsSync(path)) return { facts: undefined, text: '' };
      const text = readTextFile(path, { what: 'shared facts file', display: this.loc.display(path) });
      const hit = this.served(this.loc.display(path), cached(this.snapshot?.shared, entryKey('shared', text)));
      if (hit) return { facts: hit, text };
      const { parseSharedFacts } = await import('../rules/load.js');
      return { facts: parseSharedFacts(this.loc.display(path), text), text };
    })();
    return this.sharedPromise;
  }

  /** One procedure's rules. */
  rules(procedure: string): Promise<RuleSet> {
    let p = this.rulePromises.get(procedure);
    if (!p) {
      p = (async () => {
        const path = join(this.loc.rulesDir, `${procedure}.yaml`);
        const display = this.loc.display(path);
        const text = readTextFile(path, { what: 'rule file', display });
        const registryText = this.shipped(SOURCES_FILE, 'source registry');
        const shared = await this.shared();
        const hit = this.served(display, cached(this.snapshot?.rules[`${procedure}.yaml`], entryKey('rules', text, registryText, shared.text)));
        if (hit) return deserializeRuleSet(hit);
        const { parseRuleFile } = await import('../rules/load.js');
        return parseRuleFile(display, text, { registry: await this.registry(), shared: shared.facts });
      })();
      this.rulePromises.set(procedure, p);
    }
    return p;
  }

  /** Every procedure of the rule folder. */
  async catalog(): Promise<Catalog> {
    const list = this.procedures();
    const sets = await Promise.all(list.map((p) => this.rules(p)));
    return { procedures: new Map(sets.map((r) => [r.procedure, r])) };
  }

  /**
   * The calendar: the shipped years, then each overlay file in order (a later file's year
   * replaces an earlier one), with the statutory holidays closing the years none publishes.
   */
  async calendar(overlays: readonly string[]): Promise<LoadedCalendar> {
    const files: { file: string; text: string }[] = [
      { file: CALENDAR_FILE, text: this.shipped(CALENDAR_FILE, 'calendar file') },
    ];
    for (const path of overlays) {
      files.push({ file: this.loc.display(path), text: readTextFile(path, { what: 'calendar file', display: this.loc.display(path) }) });
    }
    const byYear = new Map<number, { year: CalendarYear; file: string }>();
    const replaced: { file: string; years: number[] }[] = [];
    for (const f of files) {
      let years = this.served(f.file, f.file === CALENDAR_FILE ? cached(this.snapshot?.calendars[CALENDAR_FILE], entryKey('calendar', f.text)) : undefined);
      if (!years) {
        const { parseCalendarFile } = await import('../calendar/calendarFile.js');
        const { file, text } = f;
        years = file === CALENDAR_FILE ? await this.parseShipped(file, () => parseCalendarFile(file, text)) : parseCalendarFile(file, text);
      }
      const over = years.filter((y) => byYear.has(y.year)).map((y) => y.year);
      if (over.length > 0) replaced.push({ file: f.file, years: over });
      for (const y of years) byYear.set(y.year, { year: y, file: f.file });
    }
    const statutoryText = this.shipped(STATUTORY_FILE, 'statutory-holiday table');
    let table: StatutoryTable | undefined;
    const hit = this.served(STATUTORY_FILE, cached(this.snapshot?.statutory, entryKey('statutory', statutoryText)));
    if (hit) table = deserializeStatutory(hit);
    else {
      const { parseStatutoryFile } = await import('../calendar/statutoryFile.js');
      table = await this.parseShipped(STATUTORY_FILE, () => parseStatutoryFile(STATUTORY_FILE, statutoryText));
    }
    const registry = await this.registry();
    const sources: CalendarSources = {
      notices: resolveCitation(registry, { source: 'state-council-holiday-notices', ref: 'the arrangement of each year' }, registry.checked),
      law: resolveCitation(registry, { source: table.law.source, ref: table.law.ref }, registry.checked),
    };
    return {
      calendar: new WorkCalendar(
        [...byYear.values()].map((v) => v.year),
        table,
      ),
      files: files.map((f) => f.file),
      replaced,
      sources,
    };
  }

  /**
   * A short digest of the rules in use (every rule file, the shared facts and the registry), so
   * a report says which rules judged it.
   */
  async rulesDigest(): Promise<string> {
    const { createHash } = await import('node:crypto');
    const h = createHash('sha256');
    h.update(this.shipped(SOURCES_FILE, 'source registry'));
    h.update((await this.shared()).text);
    for (const p of this.procedures())
      h.update(readTextFile(join(this.loc.rulesDir, `${p}.yaml`), { what: 'rule file', display: this.loc.display(join(this.loc.rulesDir, `${p}.yaml`)) }));
    return h.digest('hex').slice(0, 12);
  }

  /** data/offices.yaml. */
  offices(): Promise<OfficesData> {
    this.officesPromise ??= (async () => {
      const text = this.shipped(OFFICES_FILE, 'offices file');
      const registryText = this.shipped(SOURCES_FILE, 'source registry');
      const hit = this.served(OFFICES_FILE, cached(this.snapshot?.offices, entryKey('offices', text, registryText)));
      if (hit) return hit;
      const { parseOffices } = await import('../offices/load.js');
      const registry = await this.registry();
      return this.parseShipped(OFFICES_FILE, () => parseOffices(OFFICES_FILE, text, registry));
    })();
    return this.officesPromise;
  }
}
