// A participant's own page, opened by the personal link of their mails (?lien=<signed token>): their registration,
// the programme, the day as iCalendar, and cancelling. No sign-in: the link is the key, and it ends with the day.
import { frenchDate, say, showProgramme } from '/inscription/public.js';

const token = new URLSearchParams(location.search).get('lien') ?? '';
const api = `/api/public/personal-links/${encodeURIComponent(token)}`;
const ANSWERS = {
  CONFIRMED: 'Votre inscription est confirmée : une place vous attend.',
  WAITLISTED: 'Vous êtes sur liste d\'attente : nous vous écrirons dès qu\'une place se libère.',
  CANCELLED: 'Votre inscription est annulée.',
};

function show(page) {
  const registration = page.registration;
  document.getElementById('title').textContent = `Mon inscription — ${page.dayTitle}`;
  document.getElementById('answer').textContent = registration.checkedIn
    ? 'Vous êtes arrivé·e : bonne journée !'
    : ANSWERS[registration.status];
  document.getElementById('name').textContent = `${registration.firstName} ${registration.lastName}`;
  document.getElementById('email').textContent = registration.email;
  document.getElementById('organisation').textContent = registration.organisation ?? '—';
  document.getElementById('cancelling').hidden = registration.status === 'CANCELLED' || registration.checkedIn;
  document.getElementById('day-title').textContent = page.dayTitle;
  document.getElementById('day-date').textContent = frenchDate(page.dayDate);
  document.getElementById('day-venue').textContent = page.dayVenue;
  showProgramme(document.getElementById('programme'), page.programme);
  document.getElementById('calendar').href = `${api}/programme.ics`;
  document.getElementById('valid-until').textContent =
    `Ce lien vous est personnel ; il reste valable jusqu'au ${frenchDate(page.validUntil)} inclus.`;
  document.getElementById('registration').hidden = false;
  document.getElementById('day').hidden = false;
}

async function load() {
  const response = await fetch(api);
  if (!response.ok) {
    say(response.status === 404
      ? 'Ce lien n\'est pas valide, ou ne l\'est plus : il s\'arrête à la fin de la journée.'
      : 'Le service ne répond pas pour le moment : réessayez dans un instant.', 'error');
    return;
  }
  show(await response.json());
  say('');
}

function confirming(yes) {
  document.getElementById('cancel').hidden = yes;
  document.getElementById('confirm').hidden = !yes;
  document.getElementById(yes ? 'confirm-no' : 'cancel').focus();
}

async function cancel() {
  const button = document.getElementById('confirm-yes');
  button.disabled = true;
  const response = await fetch(`${api}/cancel`, { method: 'POST' }).catch(() => ({ ok: false, status: 0 }));
  button.disabled = false;
  confirming(false);
  if (!response.ok) {
    say(response.status === 409
      ? 'Cette inscription ne peut plus être annulée.'
      : 'L\'annulation n\'a pas abouti : réessayez dans un instant.', 'error');
    return;
  }
  show(await response.json());
  say('Votre inscription est annulée. Un courriel vous le confirme.');
  document.getElementById('main').focus();
}

document.getElementById('cancel').addEventListener('click', () => confirming(true));
document.getElementById('confirm-no').addEventListener('click', () => confirming(false));
document.getElementById('confirm-yes').addEventListener('click', cancel);
load();
