import type { BrowserContext } from 'playwright-core';

/** A page that records requests to other origins, CSP reports and script errors. */
export async function watchedPage(context: BrowserContext, origin: string) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  page.on('console', (message) => {
    // A 401 for the session check of a signed-out visitor is expected, not a problem.
    if (message.type() === 'error' && !message.text().includes('401')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  return { page, problems };
}
