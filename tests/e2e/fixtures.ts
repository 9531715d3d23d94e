// The `test` every e2e spec imports: Playwright's, plus
// - `firstRun` (option, default false): when false, every page of the test starts with
//   localStorage['sentei.firstRun'] = 'done', so the app does not load its demo into an empty
//   database. `test.use({ firstRun: true })` gives the app a genuine first visit.
// - `operator` (option, default E2E_OPERATOR): when set, every page of the test starts with that
//   operator (氏名・所属) in localStorage unless one is stored already (so a name changed in the test
//   survives reloads), so the workspace does not ask for one and the acts that need a name are
//   allowed. `test.use({ operator: null })` starts with no operator, as a first use does.
// - `pageErrors`: console errors, uncaught page errors and Content-Security-Policy violations seen
//   by any page of the test, as text; a spec asserts `expect(pageErrors).toEqual([])`.
// - `a11y(label?)`: runs axe (WCAG 2.0/2.1 A and AA) on the page and fails on serious or critical
//   violations, listing each rule, its help text and the first few offending elements.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';

export interface A11yOptions {
  /** Only check inside these selectors. */
  include?: string[];
  /** Skip these selectors. */
  exclude?: string[];
}

/** The operator every journey acts as, unless it says otherwise. */
export const E2E_OPERATOR = { name: '試験 太郎', affiliation: '検証課' } as const;
/** How the audit trail records E2E_OPERATOR. */
export const E2E_ACTOR = `${E2E_OPERATOR.name}（${E2E_OPERATOR.affiliation}）`;

interface SenteiFixtures {
  /** On a failure, prints where the page was and what went wrong in it (CI keeps only the log). */
  failureReport: void;
  firstRun: boolean;
  operator: { name: string; affiliation: string } | null;
  pageErrors: string[];
  a11y: (label?: string, options?: A11yOptions) => Promise<void>;
}

const FIRST_RUN_KEY = 'sentei.firstRun';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);
const TARGETS_SHOWN = 3;

export const test = base.extend<SenteiFixtures>({
  firstRun: [false, { option: true }],
  operator: [E2E_OPERATOR, { option: true }],

  // Playwright reads fixture dependencies from the destructured first parameter: it must be `{}`.
  // eslint-disable-next-line no-empty-pattern
  pageErrors: async ({}, use) => {
    await use([]);
  },

  failureReport: [
    async ({ page, pageErrors }, use, testInfo) => {
      await use();
      if (testInfo.status === testInfo.expectedStatus) return;
      const headings = await page
        .locator('h1:visible, h2:visible')
        .allInnerTexts()
        .catch(() => ['(the page could not be read)']);
      console.log(
        [
          `After “${testInfo.title}” failed, the page was at ${page.url()}`,
          `  headings: ${headings.map((text) => `「${text.trim()}」`).join(' ') || '(none)'}`,
          ...(pageErrors.length ? ['  in the page:', ...pageErrors.map((e) => `    ${e}`)] : [])
        ].join('\n')
      );
    },
    { auto: true }
  ],

  context: async ({ context, firstRun, operator, pageErrors }, use) => {
    await context.exposeBinding('__senteiReportCspViolation', (_source, text: string) => {
      pageErrors.push(text);
    });
    await context.addInitScript(
      ({ key, markDone, who }) => {
        try {
          if (markDone) window.localStorage.setItem(key, 'done');
          if (who && window.localStorage.getItem('sentei.actor') === null) {
            window.localStorage.setItem('sentei.actor', who.name);
            window.localStorage.setItem('sentei.affiliation', who.affiliation);
          }
        } catch {
          // Opaque origins (about:blank) have no localStorage.
        }
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as Record<string, (text: string) => void>)
            .__senteiReportCspViolation;
          report?.(
            `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}` +
              ` at ${event.sourceFile || event.documentURI}:${event.lineNumber}`
          );
        });
      },
      { key: FIRST_RUN_KEY, markDone: !firstRun, who: operator }
    );
    context.on('console', (message) => {
      if (message.type() === 'error') {
        const { url, lineNumber } = message.location();
        pageErrors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      }
    });
    context.on('weberror', (webError) => {
      const error = webError.error();
      pageErrors.push(`uncaught: ${error.stack ?? error.message}`);
    });
    await use(context);
  },

  a11y: async ({ page }, use) => {
    await use(async (label, options = {}) => {
      let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
      for (const selector of options.include ?? []) builder = builder.include(selector);
      for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
      const { violations } = await builder.analyze();
      const failures = violations
        .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''))
        .map((violation) => {
          const targets = violation.nodes.slice(0, TARGETS_SHOWN).map((node) => node.target.join(' '));
          const more =
            violation.nodes.length > TARGETS_SHOWN
              ? ` (+${violation.nodes.length - TARGETS_SHOWN} more)`
              : '';
          return `${violation.id} [${violation.impact}]: ${violation.help} — ${targets.join(' | ')}${more}`;
        });
      expect(failures, `accessibility violations${label ? ` on ${label}` : ''}`).toEqual([]);
    });
  }
});

export { expect };
