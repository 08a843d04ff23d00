// The national restitution's editions: the national office creates one and opens its editor; everyone allowed reads
// the published versions (PDF, markdown); a regional team sees which of its region's contributions each statement
// came from.
import * as fr from './french.js';
import { startDashboard } from './dashboard.js';
import { button, element, row, say } from '/regional-days/js/page.js';
import { download, json } from '/regional-days/js/session.js';
import { announce } from './forms.js';

startDashboard(['NATIONAL_OFFICE', 'OPERATOR', 'REGIONAL_TEAM'], async (user) => {
  const roles = user.claims.roles ?? [];
  const national = roles.includes('NATIONAL_OFFICE');
  document.getElementById('new-edition').hidden = !national;
  if (national) wireNewEdition();
  await listEditions(national, roles.includes('REGIONAL_TEAM') ? user.claims.region : null);
});

function wireNewEdition() {
  const year = new Date().getFullYear();
  document.getElementById('edition-from').value = `${year - 1}-01-01`;
  document.getElementById('edition-to').value = `${year - 1}-12-31`;
  document.getElementById('edition-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const title = document.getElementById('edition-title').value.trim();
    const from = document.getElementById('edition-from').value;
    const to = document.getElementById('edition-to').value;
    const errors = {};
    if (!title) errors['edition-title'] = 'Donnez un titre à l\'édition.';
    if (!from) errors['edition-from'] = 'Indiquez la date de début.';
    if (!to) errors['edition-to'] = 'Indiquez la date de fin.';
    if (from && to && from > to) errors['edition-to'] = 'La période se termine après son début.';
    if (!announce('edition-errors', errors)) return;
    try {
      const edition = await json('/api/national/editions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title, from, to }),
      });
      location.assign(`/dashboard/edition?edition=${edition.editionId}`);
    } catch (e) {
      announce('edition-errors', { 'edition-title': `Échec : ${e.message}` });
    }
  });
}

async function listEditions(national, region) {
  const editions = await json('/api/national/editions');
  const rows = await Promise.all(editions.map(async (edition) => {
    const versions = edition.versions.length ? await json(`/api/national/editions/${edition.editionId}/versions`) : [];
    const title = national
      ? element('a', edition.title, { href: `/dashboard/edition?edition=${edition.editionId}` })
      : edition.title;
    const cell = element('div', null, { class: 'actions' });
    if (versions.length === 0) cell.append('aucune');
    versions.forEach((version) => cell.append(...versionActions(version, region)));
    const tr = row([title, `du ${fr.date(edition.from)} au ${fr.date(edition.to)}`, cell]);
    tr.dataset.editionId = edition.editionId;
    return tr;
  }));
  document.getElementById('editions').replaceChildren(...rows);
  say(editions.length ? `${editions.length} édition(s).` : 'Aucune édition pour le moment.');
}

function versionActions(version, region) {
  const path = `/api/national/editions/${version.editionId}/versions/${version.number}`;
  const name = `restitution-${version.from}-${version.to}-v${version.number}`;
  const label = `version ${version.number} (${fr.instant(version.publishedAt)})`;
  const actions = [
    button(`PDF de la ${label}`, () => download(path, 'application/pdf', `${name}.pdf`),
      { 'data-version': version.number }),
    button(`Markdown de la ${label}`, () => download(path, 'text/markdown', `${name}.md`)),
  ];
  if (region) {
    actions.push(button(`Contributions de ${fr.region(region)} dans la version ${version.number}`,
      () => showLineage(version, region), { 'data-lineage': version.number }));
  }
  return actions;
}

async function showLineage(version, region) {
  const lineage = await json(
    `/api/national/editions/${version.editionId}/versions/${version.number}/regions/${region}`);
  const section = document.getElementById('lineage');
  document.getElementById('lineage-title').textContent =
    `${version.title}, version ${version.number} : les contributions de ${fr.region(region)}`;
  const body = document.getElementById('lineage-body');
  if (lineage.statements.length === 0) {
    body.replaceChildren(element('p', 'Aucune déclaration de cette version ne vient de vos contributions.'));
  } else {
    const list = element('ol', null, { class: 'lineage' });
    lineage.statements.forEach((statement) => {
      const item = element('li', null, { 'data-statement-id': statement.statementId });
      const sources = element('ul');
      statement.sources.forEach((source) => sources.append(element('li',
        `${source.regionalDayTitle}, ${fr.date(source.date)} — atelier « ${source.workshopTitle} » (${fr.kind(source.kind).toLowerCase()})`,
        { 'data-contribution-id': source.contributionId })));
      item.append(element('p', statement.text), element('small', 'Venue de vos contributions :'), sources);
      list.append(item);
    });
    body.replaceChildren(list);
  }
  section.hidden = false;
  section.focus();
}
