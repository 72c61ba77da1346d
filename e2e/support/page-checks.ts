import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const screenshotDir = join(process.cwd(), 'artifacts', 'screenshots');

/** axe-core with the WCAG 2.1 AA rules and best practices; returns the violations. */
export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** Every visible interactive element smaller than 48x48 CSS px (UX.md: big, still targets). */
export async function smallTargets(page: Page) {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const onScreen = box.bottom > 0 && box.right > 0;
        return style.visibility !== 'hidden' && style.display !== 'none' && onScreen;
      })
      .map((el) => {
        // A control inside a label is pressed through its label: the label is the target.
        const target = el.closest('label') ?? el;
        const box = target.getBoundingClientRect();
        return {
          text: target.textContent?.trim() || el.tagName,
          width: box.width,
          height: box.height,
        };
      })
      .filter((t) => t.width < 48 || t.height < 48);
  });
}

/** Whether the page scrolls sideways (it must not, at 390 px or at 200% zoom). */
export async function overflowsHorizontally(page: Page) {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  );
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}
