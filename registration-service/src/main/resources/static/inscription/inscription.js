// The public registration page of one day (?journee=<day id>): anyone registers, without signing in. The answer is
// the same whoever sends it (« look at your mailbox »): it never tells whether an email is already registered.
import { frenchDate, say, showProgramme } from './public.js';

const dayId = new URLSearchParams(location.search).get('journee');
const form = document.getElementById('form');
const fields = {
  firstName: ['first-name', 'Indiquez votre prénom.'],
  lastName: ['last-name', 'Indiquez votre nom.'],
  email: ['email', 'Indiquez un courriel valide, par exemple prenom.nom@exemple.fr.'],
  category: ['category', 'Choisissez à quel titre vous venez.'],
  consent: ['consent', 'Acceptez l\'utilisation de vos données pour vous inscrire.'],
};

async function load() {
  if (!dayId) {
    say('Cette adresse ne désigne aucune journée : utilisez le lien que vous a donné l\'équipe régionale.', 'error');
    return;
  }
  const response = await fetch(`/api/public/regional-days/${encodeURIComponent(dayId)}`);
  if (!response.ok) {
    say('Cette journée n\'existe pas ou ne prend pas d\'inscriptions en ligne.', 'error');
    return;
  }
  const day = await response.json();
  document.title = `Inscription — ${day.title}`;
  document.getElementById('day-title').textContent = `Inscription — ${day.title}`;
  document.getElementById('day-date').textContent = frenchDate(day.date);
  document.getElementById('day-venue').textContent = day.venue;
  showProgramme(document.getElementById('programme'), day.programme);
  document.getElementById('day').hidden = false;
  if (!day.takesRegistrations) {
    say('Les inscriptions en ligne sont fermées pour cette journée.', 'error');
    return;
  }
  document.getElementById('day-closes').textContent =
    `Inscriptions en ligne ouvertes jusqu'au ${frenchDate(day.closesOn)} inclus.`;
  say('');
  form.hidden = false;
}

/** Marks each field the form cannot send; answers the list of messages. */
function invalidFields() {
  const messages = [];
  for (const [id, message] of Object.values(fields)) {
    const input = document.getElementById(id);
    const valid = input.type === 'checkbox' ? input.checked : input.value.trim() !== '' && input.checkValidity();
    input.setAttribute('aria-invalid', String(!valid));
    document.getElementById(`${id}-error`).textContent = valid ? '' : message;
    if (!valid) messages.push(message);
  }
  return messages;
}

function showErrors(messages) {
  const errors = document.getElementById('errors');
  errors.textContent = messages.length === 1 ? messages[0] : `${messages.length} champs sont à corriger : ${messages.join(' ')}`;
  errors.focus();
}

function refusal(response) {
  if (response.status === 429) {
    const minutes = Math.max(1, Math.ceil(Number(response.headers.get('Retry-After') ?? 60) / 60));
    return `Trop de demandes envoyées depuis votre connexion : réessayez dans ${minutes} minute(s).`;
  }
  if (response.status === 409) return 'Les inscriptions en ligne viennent de fermer pour cette journée.';
  if (response.status === 400) return 'Le formulaire n\'a pas pu être lu : vérifiez chaque champ.';
  return 'Le service ne répond pas pour le moment : vos saisies sont conservées, réessayez dans un instant.';
}

async function send(event) {
  event.preventDefault();
  const messages = invalidFields();
  if (messages.length > 0) {
    showErrors(messages);
    return;
  }
  const value = (id) => document.getElementById(id).value.trim();
  const body = {
    firstName: value('first-name'), lastName: value('last-name'), email: value('email'),
    category: value('category'), organisation: value('organisation'),
    consent: document.getElementById('consent').checked, website: document.getElementById('website').value,
  };
  const button = document.getElementById('send');
  button.disabled = true;
  try {
    const response = await fetch(`/api/public/regional-days/${encodeURIComponent(dayId)}/registrations`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    if (response.status !== 202) {
      showErrors([refusal(response)]);
      return;
    }
    form.hidden = true;
    document.getElementById('done-email').textContent = body.email;
    document.getElementById('done').hidden = false;
    document.getElementById('done-title').focus();
  } catch {
    showErrors([refusal({ status: 0 })]);
  } finally {
    button.disabled = false;
  }
}

form.addEventListener('submit', send);
load();
