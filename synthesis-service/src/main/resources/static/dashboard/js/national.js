// The national page: live figures from the national stream, the "as of" view, drill-down to lineage, regional days
// and syntheses, downloads.
import * as fr from './french.js';
import { startDashboard } from './dashboard.js';
import { button, element, row, say } from '/regional-days/js/page.js';
import { api, download, freshToken, json } from '/regional-days/js/session.js';
import { follow } from './stream.js';

const CATEGORIES = ['MEDIATOR', 'PROFESSIONAL', 'ELECTED_OFFICIAL', 'LOCAL_ACTOR'];
let live = null; // the last aggregate the stream sent
let asOf = null; // the instant of the historical view, or null when live
let charts;

startDashboard(['NATIONAL_OFFICE', 'OPERATOR'], async () => {
  charts = { categories: chart('chart-categories'), themes: chart('chart-themes') };
  charts.themes.on('click', (event) => openTheme(event.data.code).catch((e) => say(`Échec : ${e.message}`, 'error')));
  addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
  follow('/api/national/stream', freshToken, 'national-aggregate', (aggregate) => {
    live = aggregate;
    if (!asOf) render(aggregate);
  }, streamState);
  wireAsOf();
  wireDownloads();
  document.getElementById('detail-close').addEventListener('click', closeDetail);
});

function streamState(state) {
  const messages = {
    connecting: ['Connexion au flux national…', 'info'],
    live: ['En direct', 'live'],
    retrying: ['Flux interrompu : nouvelle tentative…', 'warning'],
    refused: ['Le flux national a refusé ce jeton.', 'error'],
  };
  if (!asOf) say(...messages[state]);
}

function render(aggregate) {
  const figures = {
    regionalDays: aggregate.regionalDays,
    confirmed: aggregate.attendance.confirmed,
    checkedIn: aggregate.attendance.checkedIn,
    waitlisted: aggregate.attendance.waitlisted,
    ...aggregate.resources,
  };
  Object.entries(figures).forEach(([name, value]) => {
    const cell = document.getElementById(`figure-${name}`);
    if (cell) cell.textContent = fr.number(value);
  });
  document.getElementById('updated').textContent = asOf ? '' : `mis à jour à ${fr.time(new Date())}`;
  renderCategories(aggregate.attendance.byCategory);
  renderRegions(aggregate.regions);
  renderThemes(aggregate.themes);
}

function renderCategories(byCategory) {
  const codes = CATEGORIES.filter((c) => byCategory[c]).concat(Object.keys(byCategory).filter((c) => !CATEGORIES.includes(c)));
  document.getElementById('categories').replaceChildren(...codes.map((code) =>
    row([fr.category(code), fr.number(byCategory[code].confirmed), fr.number(byCategory[code].checkedIn)])));
  charts.categories.setOption({
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: fr.number },
    grid: { left: 8, right: 16, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: fr.number } },
    yAxis: { type: 'category', inverse: true, data: codes.map(fr.category), axisLabel: { width: 160, overflow: 'break', lineHeight: 14 } },
    series: [
      { name: 'Inscrits', type: 'bar', data: codes.map((c) => byCategory[c].confirmed) },
      { name: 'Présents', type: 'bar', data: codes.map((c) => byCategory[c].checkedIn) },
    ],
  });
}

/**
 * Replaces a table's rows, keeping the keyboard focus on the same row's button when a live update arrives while a
 * user is moving through the table.
 */
function replaceRows(body, key, rows) {
  const focused = body.contains(document.activeElement) ? document.activeElement.closest('tr')?.dataset[key] : undefined;
  body.replaceChildren(...rows);
  if (focused !== undefined) rows.find((tr) => tr.dataset[key] === focused)?.querySelector('button')?.focus();
}

function renderRegions(regions) {
  const body = document.getElementById('regions');
  const codes = Object.keys(regions).sort((a, b) => fr.region(a).localeCompare(fr.region(b), 'fr'));
  replaceRows(body, 'region', codes.map((code) => {
    const r = regions[code];
    const tr = row([
      button(fr.region(code), () => openRegion(code), { 'aria-label': `Journées régionales : ${fr.region(code)}` }),
      fr.number(r.regionalDays), fr.number(r.confirmed), fr.number(r.checkedIn), fr.number(r.workshops), fr.number(r.contributions),
    ]);
    tr.dataset.region = code;
    return tr;
  }));
  if (!codes.length) body.replaceChildren(row(['Aucune journée régionale pour l’instant.']));
}

function renderThemes(themes) {
  const codes = Object.keys(themes);
  document.getElementById('themes-head').replaceChildren(row([]));
  const head = document.querySelector('#themes-head tr');
  ['Thème', 'Ateliers', 'Régions', ...fr.KINDS.map(fr.kind)].forEach((title) => head.append(element('th', title, { scope: 'col' })));
  replaceRows(document.getElementById('themes'), 'theme', codes.map((code) => {
    const t = themes[code];
    const tr = row([
      button(fr.theme(code), () => openTheme(code), { 'aria-label': `Contributions du thème : ${fr.theme(code)}` }),
      fr.number(t.workshops), t.regions.map(fr.region).join(', ') || '—',
      ...fr.KINDS.map((k) => fr.number(t.contributions[k])),
    ]);
    tr.dataset.theme = code;
    return tr;
  }));
  charts.themes.setOption({
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: fr.number },
    grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: fr.number } },
    yAxis: { type: 'category', inverse: true, data: codes.map(fr.theme), axisLabel: { width: 220, overflow: 'break', lineHeight: 14 } },
    series: fr.KINDS.map((k) => ({
      name: fr.kind(k), type: 'bar', stack: 'contributions',
      data: codes.map((code) => ({ value: themes[code].contributions[k], code })),
    })),
  });
}

function chart(id) {
  const instance = echarts.init(document.getElementById(id), null, { locale: 'FR', renderer: 'svg' });
  instance.setOption({ aria: { enabled: true }, animation: false });
  return instance;
}

// --- the "as of" view -------------------------------------------------------------------------------------------

function wireAsOf() {
  document.getElementById('as-of-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = document.getElementById('as-of').value;
    const instant = new Date(value);
    if (!value || Number.isNaN(instant.getTime())) return;
    try {
      const aggregate = await json(`/api/national/aggregate?asOf=${encodeURIComponent(instant.toISOString())}`);
      asOf = aggregate.asOf;
      document.body.classList.add('historical');
      document.getElementById('historical').hidden = false;
      document.getElementById('historical-instant').textContent = fr.instant(asOf);
      document.getElementById('back-to-live').hidden = false;
      say(`Vue historique au ${fr.instant(asOf)}`, 'historical');
      render(aggregate);
    } catch (e) {
      say(`Chiffres historiques indisponibles : ${e.message}`, 'error');
    }
  });
  document.getElementById('back-to-live').addEventListener('click', () => {
    asOf = null;
    document.body.classList.remove('historical');
    document.getElementById('historical').hidden = true;
    document.getElementById('back-to-live').hidden = true;
    say('En direct', 'live');
    if (live) render(live);
  });
}

// --- drill-down -------------------------------------------------------------------------------------------------

function openDetail(title, ...content) {
  document.getElementById('detail-title').textContent = title;
  document.getElementById('detail-body').replaceChildren(...content);
  const detail = document.getElementById('detail');
  detail.hidden = false;
  detail.focus();
  detail.scrollIntoView({ block: 'start' });
}

function closeDetail() {
  document.getElementById('detail').hidden = true;
  document.getElementById('main').focus();
}

function table(headers, rows, id) {
  const t = element('table', null, id ? { id } : {});
  const head = element('thead');
  const tr = element('tr');
  headers.forEach((h) => tr.append(element('th', h, { scope: 'col' })));
  head.append(tr);
  const body = element('tbody');
  body.append(...rows);
  t.append(head, body);
  const wrapper = element('div', null, { class: 'scroll' });
  wrapper.append(t);
  return wrapper;
}

/**
 * A paged list (its first page, the API's size) as a table, and « Afficher les suivantes » while the answer links to a
 * next page (Link rel="next"); returns the table, the button and the whole list's length (X-Total-Count).
 */
async function pagedTable(path, headers, toRow, id) {
  let response = await api(path);
  const total = Number(response.headers.get('X-Total-Count') ?? 0);
  const wrapper = table(headers, (await response.json()).map(toRow), id);
  const more = button('Afficher les suivantes', async () => {
    response = await api(next(response));
    wrapper.querySelector('tbody').append(...(await response.json()).map(toRow));
    more.hidden = !next(response);
  }, { class: 'more' });
  more.hidden = !next(response);
  return { parts: [wrapper, more], total };
}

/** The next page's path (same origin), from the answer's Link header, or null. */
function next(response) {
  const link = /<([^>]+)>\s*;\s*rel="next"/.exec(response.headers.get('Link') ?? '');
  if (!link) return null;
  const url = new URL(link[1], location.origin);
  return url.pathname + url.search;
}

async function openTheme(code) {
  const lineage = await pagedTable(`/api/national/themes/${encodeURIComponent(code)}/contributions`,
    ['Type', 'Contribution', 'Atelier', 'Journée régionale', 'Région', 'Rapporteur', 'Date'], (e) => {
      const tr = row([fr.kind(e.kind), e.text, e.workshopTitle ?? '', e.regionalDayTitle ?? '', fr.region(e.region), e.rapporteur ?? '', fr.date(e.date)]);
      tr.dataset.contributionId = e.contributionId;
      return tr;
    }, 'lineage');
  openDetail(`${fr.theme(code)} : ${fr.number(lineage.total)} contribution(s) comptée(s) — état actuel`, ...lineage.parts);
}

async function openRegion(code) {
  const days = await pagedTable(`/api/national/regional-days?region=${encodeURIComponent(code)}`,
    ['Date', 'Journée', 'Lieu', 'Inscrits', 'Présents', 'Ateliers', 'Contributions'], (d) => {
      const tr = row([
        fr.date(d.date),
        button(d.title ?? d.regionalDayId, () => openDay(d), { 'aria-label': `Synthèse : ${d.title ?? d.regionalDayId}` }),
        d.venue ?? '', fr.number(d.confirmed), fr.number(d.checkedIn), fr.number(d.workshops), fr.number(d.contributions),
      ]);
      tr.dataset.regionalDayId = d.regionalDayId;
      return tr;
    }, 'regional-days');
  openDetail(`${fr.region(code)} : ${fr.number(days.total)} journée(s) régionale(s) — état actuel`, ...days.parts);
}

/** The day's synthesis as the service renders it (escaped server-side), parsed inert, its <main> moved in. */
async function openDay(day) {
  const path = `/api/regional-days/${encodeURIComponent(day.regionalDayId)}/synthesis`;
  const page = await (await api(path, { accept: 'text/html' })).text();
  const parsed = new DOMParser().parseFromString(page, 'text/html').querySelector('main');
  const article = element('article', null, { class: 'document', id: 'synthesis' });
  article.append(...parsed.childNodes);
  const actions = element('p', null, { class: 'actions' });
  actions.append(
    button('Télécharger (markdown)', () => download(path, 'text/markdown', `synthese-${day.regionalDayId}.md`)),
    button('Télécharger (CSV)', () => download(`${path}.csv`, 'text/csv', `synthese-${day.regionalDayId}.csv`)),
  );
  openDetail(`Synthèse : ${day.title ?? ''} (${fr.date(day.date)})`, actions, article);
}

// --- downloads --------------------------------------------------------------------------------------------------

function wireDownloads() {
  const query = () => (asOf ? `?asOf=${encodeURIComponent(asOf)}` : '');
  document.getElementById('download-csv').addEventListener('click', () =>
    download(`/api/national/aggregate.csv${query()}`, 'text/csv', 'national-aggregate.csv').catch(failed));
  const year = new Date().getFullYear();
  document.getElementById('restitution-from').value = `${year - 1}-01-01`;
  document.getElementById('restitution-to').value = `${year - 1}-12-31`;
  const restitution = (accept, extension) => {
    const from = document.getElementById('restitution-from').value;
    const to = document.getElementById('restitution-to').value;
    const params = new URLSearchParams({ from, to });
    if (asOf) params.set('asOf', asOf);
    return download(`/api/national/restitution?${params}`, accept, `restitution-${from}-${to}.${extension}`).catch(failed);
  };
  document.getElementById('restitution-form').addEventListener('submit', (event) => {
    event.preventDefault();
    restitution('application/pdf', 'pdf');
  });
  document.getElementById('restitution-markdown').addEventListener('click', () => restitution('text/markdown', 'md'));
  document.getElementById('restitution-json').addEventListener('click', () => restitution('application/json', 'json'));
}

function failed(error) {
  say(`Téléchargement impossible : ${error.message}`, 'error');
}
