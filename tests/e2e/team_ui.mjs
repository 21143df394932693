// The Team panel as the e2e tests drive it (team.test.mjs, team_rooms.test.mjs).

/** Opens the Team panel unless it is open. */
export async function openTeam(page) {
  if (!(await page.getByTestId('team-panel').isVisible())) await page.getByTestId('team-open').click();
  await page.getByTestId('team-panel').waitFor();
}

/** Opens chat `id` from the panel's list. */
export async function openChat(page, id) {
  await openTeam(page);
  await page.locator(`[data-testid="team-chat"][data-chat-id="${id}"]`).click({ timeout: 10_000 });
  await page.locator(`[data-testid="team-conversation"][data-chat-id="${id}"]`).waitFor();
}

/** The shown messages whose text has `text`. */
export const messages = (page, text) => page.locator('[data-testid="team-message"]', { hasText: text });

/** The Team button's unread count. */
export const unread = async (page) => Number(await page.getByTestId('team-unread').getAttribute('data-count'));
