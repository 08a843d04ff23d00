// What the two public pages share: French dates and the programme as a list.
const DATE = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

export function frenchDate(isoDate) {
  const [year, month, day] = isoDate.split('-').map(Number);
  return DATE.format(new Date(year, month - 1, day));
}

function hours(localDateTime) {
  return localDateTime.slice(11, 16).replace(':', 'h');
}

/** Fills ul with one item per workshop: « 14h00–15h30 · Title · Room », times and room when known. */
export function showProgramme(ul, programme) {
  ul.replaceChildren();
  if (programme.length === 0) {
    const li = document.createElement('li');
    li.textContent = 'Le programme sera publié ici dès que les ateliers seront fixés.';
    ul.append(li);
    return;
  }
  for (const workshop of programme) {
    const parts = [];
    if (workshop.startsAt && workshop.endsAt) parts.push(`${hours(workshop.startsAt)}–${hours(workshop.endsAt)}`);
    parts.push(workshop.title);
    if (workshop.room) parts.push(workshop.room);
    const li = document.createElement('li');
    li.textContent = parts.join(' · ');
    ul.append(li);
  }
}

export function say(text, kind = 'info') {
  const status = document.getElementById('status');
  status.dataset.kind = kind;
  status.textContent = text;
}
