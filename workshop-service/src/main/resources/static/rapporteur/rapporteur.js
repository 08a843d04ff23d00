// The rapporteur's page: the workshop of the link (/rapporteur/?atelier=<id>), its contributions recorded, amended
// and withdrawn in a few taps, listed as the regional synthesis will show them, and the report submitted. A failed
// save keeps what was typed and says why; a save in flight ignores a second tap.
import { button, element, fromTheLink, say, start } from '/regional-days/js/page.js';
import { api, json } from '/regional-days/js/session.js';

/** The kinds in the order the synthesis shows them, with their French names. */
const KINDS = {
  FINDING: 'Constats de terrain',
  PROBLEM: 'Problèmes rencontrés',
  PROPOSAL: 'Propositions',
  PRACTICE: 'Pratiques',
  DEBATE: 'Débats ouverts',
};
const REPORT_STATUS = {
  DRAFT: 'en cours de rédaction',
  SUBMITTED: "soumis à l'équipe régionale",
  PUBLISHED: 'publié dans la synthèse',
};
const TIME = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long' });

let workshop = null;
let editing = null; // the contribution being amended, or null for a new one
let saving = false;

const workshopOfTheLink = fromTheLink('atelier');
start({
  roles: ['RAPPORTEUR', 'REGIONAL_TEAM'],
  names: { RAPPORTEUR: 'rapporteur', REGIONAL_TEAM: 'équipe régionale' },
  run: async () => {
    if (!workshopOfTheLink) {
      say("Ouvrez le lien de votre atelier que l'équipe régionale vous a envoyé.", 'error');
      return;
    }
    renderKinds();
    document.getElementById('contribution-form').addEventListener('submit', save);
    document.getElementById('cancel-edit').addEventListener('click', () => edit(null));
    document.getElementById('submit-report').addEventListener('click', () =>
      submitReport().catch((e) => say(`Échec : ${e.message}`, 'error')));
    await load(workshopOfTheLink);
  },
});

async function load(id) {
  try {
    const [loaded, themes] = await Promise.all([json(`/api/workshops/${encodeURIComponent(id)}`), json('/api/themes')]);
    workshop = loaded;
    render(themes.find((theme) => theme.code === workshop.themeCode));
  } catch (e) {
    say(`Atelier introuvable ou inaccessible : ${e.message}`, 'error');
  }
}

function render(theme) {
  document.getElementById('workshop-title').textContent = workshop.title;
  document.getElementById('workshop-theme').textContent = `Thème : ${theme?.labelFr ?? workshop.themeCode}`;
  document.getElementById('workshop-when').textContent = when(workshop);
  document.getElementById('report-status').textContent = REPORT_STATUS[workshop.reportStatus];
  const draft = workshop.reportStatus === 'DRAFT';
  document.getElementById('contribution-form').hidden = !draft;
  document.getElementById('submit-report').disabled = !draft;
  renderContributions(draft);
}

/** « mardi 12 mars, 09:30 – 11:00, salle Jean Moulin », from the schedule when the workshop has one. */
function when({ startsAt, endsAt, room }) {
  if (!startsAt) return room ? `Salle : ${room}` : 'Horaire et salle à venir';
  const start = new Date(startsAt);
  const slot = `${DAY.format(start)}, ${TIME.format(start)} – ${TIME.format(new Date(endsAt))}`;
  return room ? `${slot}, ${room}` : slot;
}

function renderKinds() {
  const kinds = document.getElementById('kinds');
  kinds.replaceChildren(...Object.entries(KINDS).map(([code, name], index) => {
    const choice = element('input', null, { type: 'radio', name: 'kind', value: code, id: `kind-${code}` });
    choice.checked = index === 0;
    const label = element('label', null, { for: `kind-${code}` });
    label.append(choice, name);
    return label;
  }));
}

function renderContributions(draft) {
  const list = document.getElementById('contributions');
  const groups = Object.entries(KINDS)
    .map(([code, name]) => [name, workshop.contributions.filter((c) => c.kind === code)])
    .filter(([, contributions]) => contributions.length > 0)
    .flatMap(([name, contributions]) => [element('h3', name), contributionList(contributions, draft)]);
  list.replaceChildren(...(groups.length ? groups : [element('p', 'Aucune contribution pour le moment.')]));
}

function contributionList(contributions, draft) {
  const ul = element('ul', null, { class: 'contributions' });
  contributions.forEach((contribution) => {
    const li = element('li', null, { 'data-contribution-id': contribution.id });
    li.append(element('p', contribution.text));
    if (contribution.tags.length) li.append(element('p', contribution.tags.join(', '), { class: 'tags' }));
    if (draft) {
      const actions = element('div', null, { class: 'actions' });
      actions.append(
        button('Modifier', () => edit(contribution), { 'aria-label': `Modifier : ${contribution.text}` }),
        button('Retirer', () => withdraw(contribution), { 'aria-label': `Retirer : ${contribution.text}` }),
      );
      li.append(actions);
    }
    ul.append(li);
  });
  return ul;
}

/** Puts a contribution in the form to amend it (null: back to a new one). */
function edit(contribution) {
  editing = contribution;
  document.getElementById('form-title').textContent = contribution ? 'Modifier la contribution' : 'Nouvelle contribution';
  document.getElementById('cancel-edit').hidden = !contribution;
  document.getElementById('text').value = contribution?.text ?? '';
  document.getElementById('tags').value = contribution?.tags.join(', ') ?? '';
  const kind = contribution?.kind ?? Object.keys(KINDS)[0];
  document.getElementById(`kind-${kind}`).checked = true;
  showError('');
  document.getElementById('text').focus();
}

async function save(event) {
  event.preventDefault();
  if (saving) return;
  const text = document.getElementById('text').value.trim();
  if (!text) {
    showError('Écrivez la contribution avant de l’enregistrer.');
    return;
  }
  const body = {
    kind: document.querySelector('input[name=kind]:checked').value,
    text,
    tags: document.getElementById('tags').value.split(',').map((tag) => tag.trim()).filter(Boolean),
  };
  saving = true;
  document.getElementById('save').disabled = true;
  try {
    const path = `/api/workshops/${workshop.id}/contributions`;
    await api(editing ? `${path}/${editing.id}` : path, {
      method: editing ? 'PUT' : 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    say(editing ? 'Contribution modifiée.' : 'Contribution enregistrée.');
    edit(null);
    await load(workshop.id);
  } catch (e) {
    showError(`Non enregistrée, votre texte est conservé : ${e.message}`);
  } finally {
    saving = false;
    document.getElementById('save').disabled = false;
  }
}

async function withdraw(contribution) {
  if (!confirm(`Retirer cette contribution ?\n\n${contribution.text}`)) return;
  await api(`/api/workshops/${workshop.id}/contributions/${contribution.id}`, { method: 'DELETE' });
  if (editing?.id === contribution.id) edit(null);
  say('Contribution retirée.');
  await load(workshop.id);
}

async function submitReport() {
  if (!confirm("Soumettre le compte rendu à l'équipe régionale ? Il ne pourra plus être modifié, sauf si elle le rouvre.")) {
    return;
  }
  await api(`/api/workshops/${workshop.id}/report/submit`, { method: 'POST' });
  say("Compte rendu soumis à l'équipe régionale.");
  await load(workshop.id);
}

/** The form's error, announced (role=alert) and tied to the text field. */
function showError(message) {
  document.getElementById('form-error').textContent = message;
  document.getElementById('text').setAttribute('aria-invalid', String(Boolean(message)));
  if (message) document.getElementById('text').focus();
}
