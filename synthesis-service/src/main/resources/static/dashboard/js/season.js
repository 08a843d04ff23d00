// The season, theme by theme: for each catalogued theme, the regional days that contributed to it in date order (with
// how many published contributions each), and the regions not heard on it yet; from the machine restitution.
import * as fr from './french.js';
import { startDashboard } from './dashboard.js';
import { element, row, say } from '/regional-days/js/page.js';
import { json } from '/regional-days/js/session.js';

startDashboard(['NATIONAL_OFFICE', 'OPERATOR'], async () => {
  const year = new Date().getFullYear();
  document.getElementById('season-from').value = `${year - 1}-01-01`;
  document.getElementById('season-to').value = `${year - 1}-12-31`;
  document.getElementById('season-form').addEventListener('submit', (event) => {
    event.preventDefault();
    show().catch((e) => say(`Échec : ${e.message}`, 'error'));
  });
  await show();
});

async function show() {
  const from = document.getElementById('season-from').value;
  const to = document.getElementById('season-to').value;
  const restitution = await json(`/api/national/restitution?${new URLSearchParams({ from, to })}`);
  const days = new Map(restitution.regionalDays.map((day, index) => [day.regionalDayId, { ...day, index }]));
  document.getElementById('season').replaceChildren(...restitution.themes.map((theme) => themeSection(theme, days)));
  say(`${restitution.regionalDays.length} journée(s) régionale(s) du ${fr.date(from)} au ${fr.date(to)}.`);
}

function themeSection(theme, days) {
  const code = theme.themeCode;
  const section = element('section', null, { class: 'season-theme', 'data-theme': code, 'aria-labelledby': `season-${code}` });
  section.append(element('h2', theme.label ?? fr.theme(code), { id: `season-${code}` }));
  const counts = new Map();
  theme.items.forEach((item) => counts.set(item.regionalDayId, (counts.get(item.regionalDayId) ?? 0) + 1));
  const heard = [...counts.keys()].map((id) => days.get(id)).sort((a, b) => a.index - b.index);
  if (heard.length) {
    const table = element('table');
    const head = element('thead');
    const headings = element('tr');
    ['Journée régionale', 'Date', 'Région', 'Contributions publiées']
      .forEach((heading) => headings.append(element('th', heading, { scope: 'col' })));
    head.append(headings);
    const body = element('tbody');
    heard.forEach((day) => {
      const tr = row([day.title, fr.date(day.date), fr.region(day.region), fr.number(counts.get(day.regionalDayId))]);
      tr.dataset.regionalDayId = day.regionalDayId;
      body.append(tr);
    });
    table.append(head, body);
    section.append(table);
  } else {
    section.append(element('p', 'Aucune contribution publiée sur ce thème pendant la période.'));
  }
  const regionsHeard = new Set(theme.items.map((item) => item.region));
  const unheard = Object.keys(fr.regions()).filter((region) => !regionsHeard.has(region))
    .sort((a, b) => fr.region(a).localeCompare(fr.region(b), 'fr'));
  section.append(element('p', unheard.length
    ? `Régions pas encore entendues : ${unheard.map(fr.region).join(', ')}.`
    : 'Toutes les régions se sont exprimées sur ce thème.', { class: 'unheard' }));
  return section;
}
