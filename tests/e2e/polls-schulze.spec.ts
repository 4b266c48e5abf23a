/**
 * A Schulze poll whose pairwise results run in a cycle shows, beside the pairwise table, the
 * strongest paths that decide it, so "beats 4 others" can be checked by hand: the Wikipedia
 * example (45 voters, five options: tests/core/reports/schulze-example.ts), every cell as
 * published, each pair's winner in bold.
 */
import { expect, test } from '@playwright/test';
import { addSchulzePoll, LONG_OPTIONS, P } from '../core/reports/schulze-example';
import { makeForum, sharedWethi, shot } from './wethi';

const OPTIONS = LONG_OPTIONS;

test('Schulze results show the strongest paths that decide a cycle, each pair’s winner in bold', async ({ page }) => {
  const wethi = sharedWethi();
  const forum = await makeForum(wethi, { title: 'เวทีประชาคมหมู่ 6 บ้านหนองบัว' });
  await addSchulzePoll(wethi, forum.id, 'จัดลำดับโครงการแบบเทียบทีละคู่', OPTIONS);

  await wethi.open(page, `?forum=${forum.id}&tab=polls`);
  // The first screen of a cold page on a busy machine: wait for the results, however long they take to come.
  const paths = page.getByTestId('schulze-paths');
  await expect(paths).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('schulze-pairwise')).toBeVisible();
  await expect(paths).toContainText('เส้นทางที่แข็งแรงที่สุด');
  const rows = paths.locator('tbody tr');
  await expect(rows).toHaveCount(5);
  for (const [i, row] of P.entries()) {
    const cells = rows.nth(i).locator('td');
    await expect(cells).toHaveText([`${i + 1}. ${OPTIONS[i]}`, ...row.map((v, j) => (i === j ? '—' : String(v)))]);
    // Bold where the row's option beats the column's (p above the mirrored cell).
    for (const [j, v] of row.entries()) {
      const wins = i !== j && v > (P[j]?.[i] ?? 0);
      await expect(cells.nth(j + 1)).toHaveCSS('font-weight', wins ? '700' : '400');
    }
  }
  // E beats all four others by its paths, as its score says.
  await expect(page.getByTestId('ranking-table').getByRole('row').nth(1)).toContainText(OPTIONS[4] as string);
  await expect(page.getByTestId('ranking-table').getByRole('row').nth(1)).toContainText('4');
  await paths.scrollIntoViewIfNeeded();
  await shot(page, '10-schulze-paths');
});
