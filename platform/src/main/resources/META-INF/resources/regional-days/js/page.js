// What every page does first: find who is signed in, show the sign-in panel (which it adds before #main) or the page;
// and the small DOM helpers the pages share. A page has #who and #sign-out in its header, #main, and #status (the live
// region).
import {
  canSignInWithProvider, currentUser, loadSettings, signOut, startCodeFlow, takeLinkToken, useToken, whenExpired,
} from './session.js';

let roleNames = {};

/**
 * Calls run(user) once a user holding one of the roles is signed in; otherwise explains how to sign in. names: the
 * French name of each role the page shows (« bureau national »).
 */
export async function start({ roles, names, run }) {
  roleNames = names;
  addSignInPanel();
  // A sign-in URL opened in a signed-in tab changes only the fragment: start again, which offers its token.
  addEventListener('hashchange', () => location.hash.includes('token=') && location.reload());
  await loadSettings();
  whenExpired(() => showSignIn('Votre session a expiré : reconnectez-vous.'));
  const offered = takeLinkToken();
  let user = await currentUser();
  if (offered && offered.token !== user?.token) {
    user = (await signInWithLink(offered, user)) ?? user;
  }
  if (!user) {
    showSignIn(offered && !offered.claims
      ? 'Le lien contient un jeton illisible ou expiré : connectez-vous autrement.'
      : 'Connectez-vous pour accéder au tableau de bord.');
    return;
  }
  const held = user.claims.roles ?? [];
  document.getElementById('who').textContent = identity(user.claims);
  const signOutButton = document.getElementById('sign-out');
  signOutButton.hidden = false;
  signOutButton.addEventListener('click', signOut);
  if (!roles.some((role) => held.includes(role))) {
    showSignIn(`Cette page est réservée aux rôles : ${roles.map((r) => roleNames[r]).join(', ')}.`);
    return;
  }
  document.getElementById('main').hidden = false;
  await run(user);
}

/** « name (rôles) »: the token's name, else its username, else its sub, as the header and the questions say it. */
function identity(claims) {
  const held = (claims.roles ?? []).filter((role) => roleNames[role]);
  const name = claims.name ?? claims.preferred_username ?? claims.sub;
  return `${name} (${held.map((r) => roleNames[r]).join(', ') || 'aucun rôle pour cette page'})`;
}

/**
 * A link's token, used only if the user asks: signed out, « Se connecter avec ce lien »; signed in as someone else,
 * « Utiliser … » or « Rester … ». Resolves to the user signed in with it, or null (kept as before).
 */
function signInWithLink(offered, user) {
  if (!offered.claims) return Promise.resolve(null);
  const panel = document.getElementById('sign-in');
  const use = document.getElementById('use-link-token');
  const keep = document.getElementById('keep-identity');
  showSignIn(user
    ? `Vous êtes connecté en tant que ${identity(user.claims)}. Ce lien propose une autre identité : ${identity(offered.claims)}. Laquelle garder ?`
    : `Ce lien vous connecte en tant que ${identity(offered.claims)}.`);
  panel.querySelector('button').hidden = Boolean(user) || !canSignInWithProvider();
  panel.querySelector('.local-hint').hidden = true;
  use.textContent = user ? `Utiliser ${offered.claims.sub}` : 'Se connecter avec ce lien';
  use.hidden = false;
  keep.textContent = user ? `Rester ${user.claims.sub}` : '';
  keep.hidden = !user;
  use.focus();
  return new Promise((resolve) => {
    const answer = (chosen) => {
      use.hidden = true;
      keep.hidden = true;
      panel.hidden = true;
      resolve(chosen);
    };
    use.onclick = () => answer(useToken(offered.token));
    keep.onclick = () => answer(null);
  });
}

/**
 * A parameter of the page's link (?journee=…, ?atelier=…), kept for the tab and taken out of the address bar: signing
 * in through the provider comes back without the query. Null when neither the link nor the tab has it.
 */
export function fromTheLink(parameter) {
  const key = `regional-days.link.${parameter}`;
  const query = new URLSearchParams(location.search);
  if (query.has(parameter)) {
    sessionStorage.setItem(key, query.get(parameter));
    history.replaceState(null, '', location.pathname + location.hash);
  }
  return sessionStorage.getItem(key);
}

/** The sign-in panel, the same on every page, before #main. */
function addSignInPanel() {
  const panel = element('section', null, { id: 'sign-in', class: 'sign-in', 'aria-labelledby': 'sign-in-title' });
  panel.hidden = true;
  const hint = element('p', null, { class: 'local-hint' });
  hint.append("En local, ouvrez l'adresse que ", element('code', './run-local.sh'), ' affiche (avec ',
    element('code', '#token=…'), ').');
  panel.append(
    element('h2', 'Connexion', { id: 'sign-in-title' }),
    element('p', ''),
    element('button', 'Se connecter', { type: 'button' }),
    element('button', null, { type: 'button', id: 'use-link-token', hidden: '' }),
    element('button', null, { type: 'button', id: 'keep-identity', hidden: '' }),
    hint,
  );
  document.getElementById('main').before(panel);
}

function showSignIn(message) {
  document.getElementById('main').hidden = true;
  const panel = document.getElementById('sign-in');
  panel.hidden = false;
  panel.querySelector('p').textContent = message;
  const button = panel.querySelector('button');
  button.hidden = !canSignInWithProvider();
  button.onclick = startCodeFlow;
  panel.querySelector('.local-hint').hidden = canSignInWithProvider();
}

/** Puts a message in the page's live region (read out by screen readers). */
export function say(message, kind = 'info') {
  const status = document.getElementById('status');
  status.textContent = message;
  status.dataset.kind = kind;
}

/** A cell, a row: small DOM helpers, text only (never innerHTML with data). */
export function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

/** A button whose action's failure (a refusal, the service away) is said in the live region. */
export function button(text, onClick, attributes = {}) {
  const node = element('button', text, { type: 'button', ...attributes });
  node.addEventListener('click', () => Promise.resolve(onClick()).catch((e) => say(`Échec : ${e.message}`, 'error')));
  return node;
}

export function row(cells) {
  const tr = document.createElement('tr');
  cells.forEach((cell) => {
    const td = document.createElement('td');
    if (cell instanceof Node) td.append(cell);
    else td.textContent = cell;
    tr.append(td);
  });
  return tr;
}
