/** Where the shipped source registry lives, relative to the package root (also its name in messages). */
export const SOURCES_FILE = 'data/sources.yaml';
