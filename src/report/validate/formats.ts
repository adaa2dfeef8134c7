/** The formats of `permit validate`, each loaded only when chosen; `--format` choices come from here. */
import type { ValidateFormatter } from './formatter.js';

export const VALIDATE_FORMATS: Record<string, () => Promise<ValidateFormatter>> = {
  text: async () => (await import('./text.js')).textFormat,
  json: async () => (await import('./json.js')).jsonFormat,
  junit: async () => (await import('./junit.js')).junitFormat,
  github: async () => (await import('./github.js')).githubFormat,
  sarif: async () => (await import('./sarif.js')).sarifFormat,
  gitlab: async () => (await import('./gitlab.js')).gitlabFormat,
  markdown: async () => (await import('./markdown.js')).markdownFormat,
  ics: async () => (await import('./ics.js')).icsFormat,
  html: async () => (await import('./html.js')).htmlFormat,
};
