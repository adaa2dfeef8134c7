/**
 * Which build this is. scripts/build.mjs replaces `__PERMIT_BUILD__` with a hash of the sources
 * and `__PERMIT_VERSION__` with package.json's version; run from source (tests) they are absent.
 */
declare const __PERMIT_BUILD__: string | undefined;
declare const __PERMIT_VERSION__: string | undefined;

/** Keys the start-up snapshot, so a snapshot made by other code is never used. */
export const BUILD_ID: string = typeof __PERMIT_BUILD__ === 'string' ? __PERMIT_BUILD__ : 'source';

export const VERSION: string = typeof __PERMIT_VERSION__ === 'string' ? __PERMIT_VERSION__ : '0.0.0-source';
