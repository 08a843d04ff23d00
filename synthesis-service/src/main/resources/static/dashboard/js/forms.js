// The editing pages' forms: errors listed in a role=alert region that takes the focus, each field marked invalid.

/** Shows the errors ({ fieldId: message }) of a form, or hides its region when there are none; true when none. */
export function announce(region, errors) {
  const box = document.getElementById(region);
  document.querySelectorAll('[aria-invalid]').forEach((field) => field.removeAttribute('aria-invalid'));
  const entries = Object.entries(errors);
  box.hidden = entries.length === 0;
  box.replaceChildren();
  if (entries.length === 0) return true;
  const list = document.createElement('ul');
  entries.forEach(([field, message]) => {
    const item = document.createElement('li');
    item.textContent = message;
    list.append(item);
    document.getElementById(field)?.setAttribute('aria-invalid', 'true');
  });
  box.append(document.createTextNode(entries.length === 1 ? 'Une erreur :' : `${entries.length} erreurs :`), list);
  box.focus();
  return false;
}
