import type { Page } from 'playwright-core';

/** The name a person hears for the focused control: its aria-label, its label, or its text. */
export async function focusedName(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return (
      el?.getAttribute('aria-label') ??
      el?.labels?.[0]?.textContent?.trim() ??
      (el?.closest('label') ?? el)?.textContent?.trim() ??
      ''
    );
  });
}

/** Presses Tab (or Shift+Tab) until the focused control's name matches, failing after `limit`. */
export async function tabTo(page: Page, name: RegExp, { back = false, limit = 60 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${name}`);
}
