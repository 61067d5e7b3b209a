import type { Page } from "playwright-core";

/** Two animation frames and a task: the windowed list has read where it is and rendered again. */
const settled = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));

/**
 * The names of the table cards matching `name`, seen while the page scrolls from its top to its end: the cards are
 * windowed, so only those on screen are in the page at a time. Also the most cards that were in the page at once. The
 * page is left scrolled to its top.
 */
export async function tableCardsSeen(page: Page, name: RegExp): Promise<{ names: Set<string>; mostAtOnce: number }> {
  const names = new Set<string>();
  let mostAtOnce = 0;
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let moved = true; moved; ) {
    await settled(page);
    const rendered = await page.getByRole("group", { name }).evaluateAll((cards) => cards.map((c) => c.getAttribute("aria-label") ?? ""));
    mostAtOnce = Math.max(mostAtOnce, rendered.length);
    for (const n of rendered) names.add(n);
    moved = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight / 2);
      return window.scrollY !== before;
    });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await settled(page);
  return { names, mostAtOnce };
}
