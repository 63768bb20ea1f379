/**
 * The HTML report in a real headless browser (Chromium driven by
 * playwright-core): it renders with no request beyond the file, shows the
 * summary and the aligned pair with findings marked, and runs nothing.
 * Skipped, with a message, where no Chromium is installed; CI installs one.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../helpers/browser.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempCorpus, removeTempCorpus } from '../helpers/temp-corpus.js';

const SEEDED = join(import.meta.dirname, '..', 'fixtures', 'seeded-qa');
const chromium = findChromium();
const scratch = makeTempCorpus({});
afterAll(() => removeTempCorpus(scratch));
if (!chromium) console.warn('qa-browser.test.ts: skipped, no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');

describe.skipIf(!chromium)('the HTML QA report in a headless browser', () => {
  it('renders the summary and the marked pair offline, with nothing to run', async () => {
    const { chromium: driver } = await import('playwright-core');
    const file = join(scratch, 'report.html');
    const r = runCli(['--qa', 'original', 'defects', '--corpus', SEEDED, '--format', 'html'], { XDG_DATA_HOME: join(scratch, 'data') });
    expect(r.code).toBe(1);
    writeFileSync(file, r.stdout);
    const browser = await driver.launch({ executablePath: chromium!, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href);
      expect(await page.title()).toBe('QA report: original → defects');
      expect(await page.locator('table.summary tbody tr').count()).toBe(5);
      expect(await page.locator('table.summary tfoot th').nth(3).textContent()).toBe('5');
      // One table row per aligned row, as many as the text report counts.
      const rows = Number(/(\d+) aligned rows/.exec(runCli(['--qa', 'original', 'defects', '--corpus', SEEDED], { XDG_DATA_HOME: join(scratch, 'data') }).stdout)![1]);
      expect(await page.locator('table.pairs tbody tr').count()).toBe(rows);
      expect(await page.locator('tr.finding').count()).toBe(5);
      const numbers = page.locator('tr.finding', { has: page.locator('li[data-check="numbers"]') });
      expect(await numbers.locator('td.seg').first().textContent()).toBe('About 42,000 vehicles cross the bridge every day.');
      expect(await page.locator('script').count()).toBe(0);
      expect(requests).toEqual([pathToFileURL(file).href]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
