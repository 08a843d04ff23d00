// The welcome desk (/accueil/?journee=<day id>), for the day's regional team on a tablet: find a person as one types a
// few letters of their name or email, check them in with one tap, undo a mistaken check-in, register a walk-in; the
// present and expected figures follow.
import { button, element, fromTheLink, say, start } from '/regional-days/js/page.js';
import { api, json } from '/regional-days/js/session.js';

const CATEGORIES = {
  MEDIATOR: 'médiation',
  PROFESSIONAL: 'professionnel',
  ELECTED_OFFICIAL: 'élu',
  LOCAL_ACTOR: 'acteur local',
};
const STATUSES = { WAITLISTED: "sur liste d'attente", CANCELLED: 'inscription annulée' };
const DATE = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const REFRESH_MS = 5000;
const TYPING_PAUSE_MS = 150;

const dayId = fromTheLink('journee');
let searches = 0; // the latest search: an older answer arriving late is ignored

start({
  roles: ['REGIONAL_TEAM'],
  names: { REGIONAL_TEAM: 'équipe régionale' },
  run: async () => {
    if (!dayId) {
      say("Ouvrez l'adresse d'accueil de la journée (elle se termine par ?journee=…).", 'error');
      return;
    }
    wireSearch();
    document.getElementById('walk-in').addEventListener('submit', registerWalkIn);
    await refreshFigures();
    setInterval(() => refreshFigures().catch(() => {}), REFRESH_MS);
    document.getElementById('search').focus();
  },
});

const dayPath = (path = '') => `/api/regional-days/${encodeURIComponent(dayId)}${path}`;

async function refreshFigures() {
  const day = await json(dayPath());
  document.getElementById('day-title').textContent = `Accueil — ${day.title}`;
  document.getElementById('day-when').textContent = `${DATE.format(new Date(`${day.date}T12:00:00`))}, ${day.venue}`;
  document.getElementById('present').textContent = day.checkedIn;
  document.getElementById('expected').textContent = day.confirmed;
}

function wireSearch() {
  const field = document.getElementById('search');
  let pause;
  field.addEventListener('input', () => {
    clearTimeout(pause);
    pause = setTimeout(() => search().catch((e) => say(`Échec de la recherche : ${e.message}`, 'error')), TYPING_PAUSE_MS);
  });
}

async function search() {
  const text = document.getElementById('search').value.trim();
  const mine = ++searches;
  if (text.length < 2) {
    document.getElementById('results').replaceChildren();
    return;
  }
  const answer = await json(dayPath(`/registrations?q=${encodeURIComponent(text)}`));
  if (mine !== searches) return;
  const found = Array.isArray(answer) ? answer : answer.items;
  const results = document.getElementById('results');
  results.replaceChildren(...found.map(result));
  if (!found.length) results.append(element('li', `Personne ne correspond à « ${text} ».`));
}

function result(person) {
  const name = `${person.lastName} ${person.firstName}`;
  const li = element('li', null, { 'data-registration-id': person.id });
  const who = element('span', null);
  who.append(element('strong', name), ` — ${CATEGORIES[person.category] ?? person.category}`);
  if (person.organisation) who.append(`, ${person.organisation}`);
  li.append(who, action(person, name));
  return li;
}

/** One tap: « Arrivée » for a confirmed person not yet in, « Annuler l'arrivée » for one already in. */
function action(person, name) {
  if (person.status !== 'CONFIRMED') return element('span', STATUSES[person.status] ?? person.status);
  if (person.checkedIn) {
    const done = element('span', null);
    done.append(
      element('span', 'arrivé·e ', { class: 'arrived' }),
      button("Annuler l'arrivée", () => undoCheckIn(person, name), { 'aria-label': `Annuler l'arrivée de ${name}` }),
    );
    return done;
  }
  return button('Arrivée', () => checkIn(person, name), {
    class: 'primary',
    'aria-label': `Enregistrer l'arrivée de ${name}`,
  });
}

async function checkIn(person, name) {
  await api(dayPath(`/registrations/${person.id}/check-in`), { method: 'POST' });
  say(`Arrivée de ${name} enregistrée.`);
  await afterChange();
}

async function undoCheckIn(person, name) {
  await api(dayPath(`/registrations/${person.id}/check-in`), { method: 'DELETE' });
  say(`Arrivée de ${name} annulée.`);
  await afterChange();
}

/** The results and figures again, and the search field ready for the next person. */
async function afterChange() {
  await Promise.all([search(), refreshFigures()]);
  const field = document.getElementById('search');
  field.focus();
  field.select();
}

async function registerWalkIn(event) {
  event.preventDefault();
  const value = (id) => document.getElementById(`walk-in-${id}`).value.trim();
  const missing = ['first-name', 'last-name', 'email'].filter((id) => !value(id));
  ['first-name', 'last-name', 'email'].forEach((id) =>
    document.getElementById(`walk-in-${id}`).setAttribute('aria-invalid', String(missing.includes(id))));
  if (missing.length) {
    walkInError('Indiquez le prénom, le nom et le courriel.');
    return;
  }
  const saveButton = document.getElementById('walk-in-save');
  saveButton.disabled = true;
  try {
    const created = await (await api(dayPath('/registrations'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        firstName: value('first-name'),
        lastName: value('last-name'),
        email: value('email'),
        category: document.getElementById('walk-in-category').value,
        organisation: value('organisation') || null,
      }),
    })).json();
    const name = `${value('first-name')} ${value('last-name')}`;
    if (created.status === 'CONFIRMED') {
      await api(dayPath(`/registrations/${created.id}/check-in`), { method: 'POST' });
      say(`${name} est inscrit·e et son arrivée enregistrée.`);
    } else {
      say(`${name} est inscrit·e sur liste d'attente : la journée est complète.`, 'error');
    }
    document.getElementById('walk-in').reset();
    walkInError('');
    await refreshFigures();
  } catch (e) {
    walkInError(`Inscription refusée, la saisie est conservée : ${e.message}`);
  } finally {
    saveButton.disabled = false;
  }
}

function walkInError(message) {
  document.getElementById('walk-in-error').textContent = message;
}
