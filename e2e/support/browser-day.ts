import type { Page } from 'playwright-core';

/** Today in the browser's time zone, as the screens compute it. */
export async function browserDay(page: Page) {
  return page.evaluate(() => {
    const now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  });
}
