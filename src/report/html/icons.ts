/**
 * The status and severity icons of the compliance page: one inline SVG sprite, so every status
 * has a shape as well as a colour (for colour-blind readers and black-and-white printers) and no
 * icon font or image is fetched.
 */

/** Drawn on a 16×16 grid with the current text colour; `.ic` in the styles sets the stroke. */
const SHAPES = {
  // An octagon with a cross: late (overdue; an error finding).
  overdue: '<path d="M5.2 1.5h5.6l3.7 3.7v5.6l-3.7 3.7H5.2l-3.7-3.7V5.2z"/><path d="M5.5 5.5l5 5M10.5 5.5l-5 5"/>',
  // A circle with an exclamation mark: the plan-by date has passed, or it is due today.
  urgent: '<circle cx="8" cy="8" r="6.5"/><path d="M8 4.5v4.5"/><circle cx="8" cy="11.6" r=".6" fill="currentColor"/>',
  // A triangle with an exclamation mark: due soon; a warning finding.
  soon: '<path d="M8 1.8l6.6 12H1.4z"/><path d="M8 6v4"/><circle cx="8" cy="12" r=".6" fill="currentColor"/>',
  // An empty circle: upcoming.
  upcoming: '<circle cx="8" cy="8" r="6"/>',
  // A clock: the window is not open yet.
  later: '<circle cx="8" cy="8" r="6.5"/><path d="M8 4.5V8l2.5 1.5"/>',
  // A tick: met.
  done: '<path d="M2.5 8.5l3.5 3.5 7.5-8"/>',
  // A dash: passed (not a filing).
  passed: '<path d="M3 8h10"/>',
  // A bar and an arrow: a window opens.
  opens: '<path d="M3 2.5v11M6 8h7.5M10.5 5l3 3-3 3"/>',
  // An arrow into a bar: a period ends.
  ends: '<path d="M2.5 8H10M7 5l3 3-3 3M13 2.5v11"/>',
  // A wave: an estimate.
  estimate: '<path d="M1.5 6.5c2-2 4.5-2 6.5 0s4.5 2 6.5 0M1.5 10.5c2-2 4.5-2 6.5 0s4.5 2 6.5 0"/>',
  // An i in a circle: for information.
  notice: '<circle cx="8" cy="8" r="6.5"/><path d="M8 7.2v4.3"/><circle cx="8" cy="4.8" r=".6" fill="currentColor"/>',
  // A crossed-out circle: waived.
  waived: '<circle cx="8" cy="8" r="6.5"/><path d="M3.5 12.5l9-9"/>',
} as const;

export type IconName = keyof typeof SHAPES;

/** The sprite, written once at the top of the body. */
export function iconSprite(): string {
  const symbols = Object.entries(SHAPES)
    .map(([name, body]) => `<symbol id="i-${name}" viewBox="0 0 16 16">${body}</symbol>`)
    .join('');
  return `<svg class="sprite" aria-hidden="true" focusable="false">${symbols}</svg>`;
}

/** An icon from the sprite; decorative, as the status is always also given in words. */
export function icon(name: IconName): string {
  return `<svg class="ic" aria-hidden="true" focusable="false"><use href="#i-${name}"/></svg>`;
}
