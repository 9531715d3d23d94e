/**
 * Recalculation by LibreOffice headless for the workbook tests: a profile that recalculates every
 * formula of an .xlsx on load (OOXMLRecalcMode = always), one `soffice` run converting many files.
 * Without `soffice` the tests are skipped locally and fail under CI (see workbook-recalc.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SOFFICE_AVAILABLE = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
export const SOFFICE_INSTALL = 'apt-get install -y libreoffice-calc-nogui';

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts the .xlsx files in `work` with recalculation; returns the folder of the results (same names). */
export function recalculateWithLibreOffice(work: string, files: readonly string[]): string {
  const profile = join(work, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
  const out = join(work, 'out');
  const run = spawnSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${profile}`,
      '--calc',
      '--convert-to',
      'xlsx',
      '--outdir',
      out,
      ...files
    ],
    { encoding: 'utf8', timeout: 120_000 }
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  return out;
}

/** Prints the files to PDF in `work` (same names, .pdf), as a reader's LibreOffice would print them. */
export function printWithLibreOffice(work: string, files: readonly string[], timeout = 300_000): void {
  const run = spawnSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      ...files
    ],
    { encoding: 'utf8', timeout }
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
}
