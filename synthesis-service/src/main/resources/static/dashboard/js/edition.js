// The editor of one edition of the national restitution, for the national office: contributions of the period (the
// draft's machine restitution) to merge into statements in its own words, introductions per theme, the order of each
// theme's statements, a PDF preview, and publishing the next numbered version.
import * as fr from './french.js';
import { startDashboard } from './dashboard.js';
import { button, element, fromTheLink, say } from '/regional-days/js/page.js';
import { download, json } from '/regional-days/js/session.js';
import { announce } from './forms.js';

const FLAGS = { AMENDED: 'modifiée depuis son choix', WITHDRAWN: 'retirée ou dépubliée depuis son choix' };
let editionId;
let edition;

startDashboard(['NATIONAL_OFFICE'], async () => {
  editionId = fromTheLink('edition');
  if (!editionId) {
    say('Aucune édition choisie : ouvrez-en une depuis la page Restitutions.', 'error');
    return;
  }
  wireActions();
  await refresh(await json(path('')));
  await showSources();
});

const path = (rest) => `/api/national/editions/${editionId}${rest}`;

async function send(rest, method, body) {
  return json(path(rest), {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

function wireActions() {
  document.getElementById('preview').addEventListener('click', () =>
    download(path('/preview'), 'application/pdf', 'apercu.pdf').catch(failed));
  document.getElementById('publish').addEventListener('click', async () => {
    try {
      const version = await json(path('/versions'), { method: 'POST' });
      await refresh(await json(path('')));
      say(`Version ${version.number} publiée.`, 'live');
    } catch (e) {
      failed(e);
    }
  });
  document.getElementById('rebase').addEventListener('click', async () => {
    try {
      await refresh(await send('/rebase', 'POST'));
      await showSources();
      say('Le projet lit désormais l\'historique actuel.', 'live');
    } catch (e) {
      failed(e);
    }
  });
  document.getElementById('statement-form').addEventListener('submit', (event) => {
    event.preventDefault();
    addStatement().catch(failed);
  });
}

function failed(error) {
  say(`Échec : ${error.message}`, 'error');
}

async function refresh(answer) {
  edition = answer;
  document.getElementById('edition-title').textContent = `${edition.title} — du ${fr.date(edition.from)} au ${fr.date(edition.to)}`;
  document.getElementById('edition-basis').textContent =
    `Contributions telles que l'historique les donnait le ${fr.instant(edition.basis.asOf)} (position ${edition.basis.position}).`;
  const published = edition.versions.length;
  document.getElementById('edition-versions').textContent = published
    ? `Versions publiées : ${edition.versions.map((v) => `${v.number} (${fr.instant(v.publishedAt)})`).join(', ')}.`
    : 'Aucune version publiée.';
  document.getElementById('publish').textContent = `Publier la version ${published + 1}`;
  renderThemeChoices();
  renderDraft();
}

/** Every catalogued theme, in the catalogue's order, then any other the draft holds. */
function themeCodes() {
  const codes = Object.keys(fr.themes());
  Object.keys(edition.order).concat(Object.keys(edition.introductions))
    .forEach((code) => { if (!codes.includes(code)) codes.push(code); });
  return codes;
}

function renderThemeChoices() {
  const fieldset = document.getElementById('statement-themes');
  const legend = fieldset.querySelector('legend');
  const choices = Object.keys(fr.themes()).map((code) => {
    const label = element('label', null, { class: 'check' });
    label.append(element('input', null, { type: 'checkbox', value: code, id: `theme-${code}` }), fr.theme(code));
    return label;
  });
  fieldset.replaceChildren(legend, ...choices);
}

async function showSources() {
  const restitution = await json(path('/sources'));
  const container = document.getElementById('sources');
  const groups = restitution.themes.filter((theme) => theme.items.length).map((theme) => {
    const group = element('fieldset');
    group.append(element('legend', theme.label ?? fr.theme(theme.themeCode)));
    theme.items.forEach((item) => {
      const line = element('div', null, { class: 'source' });
      const id = `source-${item.contributionId}`;
      const box = element('input', null, { type: 'checkbox', id, value: item.contributionId });
      box.addEventListener('change', countChosen);
      const label = element('label', null, { for: id });
      label.append(`${item.text} `, element('small',
        `— ${fr.region(item.region)}, ${item.regionalDayTitle}, ${fr.date(item.date)} (${fr.kind(item.kind).toLowerCase()})`));
      line.append(box, label);
      group.append(line);
    });
    return group;
  });
  container.replaceChildren(...(groups.length ? groups : [element('p', 'Aucune contribution publiée sur la période.')]));
  countChosen();
}

const chosen = () => [...document.querySelectorAll('#sources input:checked')].map((box) => box.value);

function countChosen() {
  const count = chosen().length;
  document.getElementById('chosen-sources').textContent = count
    ? `${count} contribution(s) choisie(s).`
    : 'Aucune contribution choisie.';
}

async function addStatement() {
  const text = document.getElementById('statement-text').value.trim();
  const themes = [...document.querySelectorAll('#statement-themes input:checked')].map((box) => box.value);
  const sources = chosen();
  const errors = {};
  if (!text) errors['statement-text'] = 'Écrivez la formulation de la déclaration.';
  if (!themes.length) errors[`theme-${Object.keys(fr.themes())[0]}`] = 'Choisissez au moins un thème.';
  if (!sources.length) errors.sources = 'Cochez au moins une contribution.';
  if (!announce('statement-errors', errors)) return;
  try {
    await refresh(await send('/statements', 'POST', { text, themes, sources }));
  } catch (e) {
    announce('statement-errors', { 'statement-text': `Échec : ${e.message}` });
    return;
  }
  document.getElementById('statement-form').reset();
  document.querySelectorAll('#sources input:checked').forEach((box) => { box.checked = false; });
  countChosen();
  say('Déclaration ajoutée au projet.', 'live');
}

function renderDraft() {
  const sections = themeCodes().map((code) => {
    const section = element('section', null, { 'data-theme': code, 'aria-labelledby': `draft-${code}` });
    section.append(element('h3', fr.theme(code), { id: `draft-${code}` }));
    const introId = `intro-${code}`;
    const intro = element('textarea', null, { id: introId, rows: 3, cols: 60, maxlength: 10000 });
    intro.value = edition.introductions[code] ?? '';
    const introLabel = element('label', `Introduction du thème « ${fr.theme(code)} »`, { for: introId });
    const save = element('p');
    save.append(button('Enregistrer l\'introduction', async () => {
      await refresh(await send(`/themes/${code}/introduction`, 'PUT', { text: intro.value }));
      say('Introduction enregistrée.', 'live');
    }, { 'data-save-introduction': code }));
    section.append(introLabel, element('br'), intro, save);
    const ids = edition.order[code] ?? [];
    const list = element('ol');
    ids.forEach((id, index) => list.append(statementItem(code, ids, id, index)));
    section.append(ids.length ? list : element('p', 'Aucune déclaration sur ce thème.', { class: 'hint' }));
    return section;
  });
  document.getElementById('draft').replaceChildren(...sections);
}

function statementItem(code, ids, id, index) {
  const statement = edition.statements[id];
  const item = element('li', null, { class: 'statement', 'data-statement-id': id });
  item.append(element('p', statement.text));
  const sources = element('ul');
  statement.sources.forEach((source) => {
    const flag = edition.flaggedSources[source.contributionId];
    const line = element('li',
      `${fr.region(source.region)} — ${source.regionalDayTitle}, ${fr.date(source.date)}, atelier « ${source.workshopTitle} »`);
    if (flag) line.append(' ', element('span', `Source ${FLAGS[flag]}`, { class: 'flag' }));
    sources.append(line);
  });
  const moved = (offset) => async () => {
    const order = [...ids];
    [order[index], order[index + offset]] = [order[index + offset], order[index]];
    await refresh(await send(`/themes/${code}/order`, 'PUT', { statements: order }));
    document.querySelector(`[data-theme="${code}"] [data-statement-id="${id}"] button`)?.focus();
    say('Ordre enregistré.', 'live');
  };
  const actions = element('div', null, { class: 'actions' });
  if (index > 0) actions.append(button('Monter', moved(-1), { 'aria-label': `Monter : ${statement.text}` }));
  if (index < ids.length - 1) actions.append(button('Descendre', moved(1), { 'aria-label': `Descendre : ${statement.text}` }));
  actions.append(button('Retirer', async () => {
    await refresh(await send(`/statements/${id}`, 'DELETE'));
    say('Déclaration retirée du projet.', 'live');
  }, { 'aria-label': `Retirer : ${statement.text}` }));
  item.append(element('small', 'Sources :'), sources, actions);
  return item;
}
