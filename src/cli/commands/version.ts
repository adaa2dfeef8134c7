/**
 * `permit --version --verbose`: what this installation runs on, for a bug report or a slow
 * start. It loads every data file once and says, for each, whether the start-up snapshot
 * served it or it was parsed (an edited rule file, a company's own rules, a stale snapshot).
 */
import { BUILD_ID, VERSION } from '../../data/build.js';
import { inspectSnapshot, SNAPSHOT_FILE, type SnapshotState } from '../../data/snapshot.js';
import type { CliContext } from '../context.js';

const WHY_NOT: Record<Extract<SnapshotState, { usable: false }>['reason'], string> = {
  missing: 'not found (run `npm run build`)',
  unreadable: 'cannot be read',
  malformed: 'damaged; ignored',
  'other-format': 'from another snapshot format; ignored',
  'other-build': 'from another build; ignored',
};

export async function verboseVersion({ io, data, root }: CliContext): Promise<void> {
  const state = inspectSnapshot(root);
  const lines = [`permit   ${VERSION} (build ${BUILD_ID})`, `node     ${process.versions.node}`, `package  ${root}`];
  lines.push(`rules    ${data.loc.rulesDisplay}`);
  // Loading everything fills `origins`; a data error is reported as any other would be.
  await data.catalog();
  const { calendar } = await data.calendar([]);
  const years = calendar.coveredYears;
  lines.push(`calendar published ${years[0]}–${years[years.length - 1]}; statutory holidays to ${calendar.spanEnd.slice(0, 4)}`);
  if (!state.usable) lines.push(`snapshot ${SNAPSHOT_FILE}: ${WHY_NOT[state.reason]}`);
  else {
    const parsed = [...data.origins].filter(([, o]) => o === 'parsed').map(([f]) => f);
    lines.push(
      parsed.length === 0
        ? `snapshot ${SNAPSHOT_FILE}: in use for every data file`
        : `snapshot ${SNAPSHOT_FILE}: in use; parsed instead (changed since the build): ${parsed.join(', ')}`,
    );
  }
  io.stdout(`${lines.join('\n')}\n`);
}
