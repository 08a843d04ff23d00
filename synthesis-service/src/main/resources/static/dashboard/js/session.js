// Who is signed in, and calls to the API on their behalf. A token arrives from the OpenID Connect provider
// (authorization code with PKCE) or in a link's fragment (#token=…, what run-local.sh prints); it is kept in this tab's
// sessionStorage only, and the address bar is cleaned at once. A link's token is only offered: it is kept (and
// replaces a signed-in identity) only when the user asks for it (page.js).
const TOKEN = 'regional-days.token';
const FLOW = 'regional-days.sign-in';
const ID_TOKEN = 'regional-days.id-token';

let settings = { signIn: null, labels: {} };
let onExpired = () => {};

export async function loadSettings() {
  const response = await fetch('/dashboard/settings.json');
  settings = await response.json();
  return settings;
}

/**
 * The token a link carries in its fragment ({ token, claims }, claims null when unreadable or expired), or null. It is
 * taken out of the address bar at once and kept nowhere: signing in with it is the user's choice (useToken).
 */
export function takeLinkToken() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (!fragment.has('token')) return null;
  history.replaceState(null, '', location.pathname + location.search);
  const token = fragment.get('token');
  const claims = decode(token);
  return { token, claims: claims && claims.exp * 1000 > Date.now() ? claims : null };
}

/** Signs in with a token the user chose; returns the user. */
export function useToken(token) {
  sessionStorage.setItem(TOKEN, token);
  sessionStorage.removeItem(ID_TOKEN);
  return { token, claims: decode(token) };
}

/** The signed-in user ({ token, claims }), or null. */
export async function currentUser() {
  const query = new URLSearchParams(location.search);
  if (query.has('code') && query.has('state')) {
    await finishCodeFlow(query);
  }
  const token = sessionStorage.getItem(TOKEN);
  const claims = token && decode(token);
  if (!claims || claims.exp * 1000 <= Date.now()) {
    sessionStorage.removeItem(TOKEN);
    return null;
  }
  return { token, claims };
}

export const canSignInWithProvider = () => Boolean(settings.signIn);

/**
 * Forgets the tokens; signed in through the provider, also ends the provider's session (its end_session_endpoint, back
 * to this page), so that « Se connecter » asks for the password again.
 */
export async function signOut() {
  const idToken = sessionStorage.getItem(ID_TOKEN);
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(ID_TOKEN);
  const provider = idToken && settings.signIn ? await discovery() : {};
  if (!provider.end_session_endpoint) {
    location.assign(location.pathname);
    return;
  }
  const url = new URL(provider.end_session_endpoint);
  url.search = new URLSearchParams({
    id_token_hint: idToken,
    client_id: settings.signIn.clientId,
    post_logout_redirect_uri: location.origin + location.pathname,
  });
  location.assign(url);
}

export function whenExpired(callback) {
  onExpired = callback;
}

/** Authorization code with PKCE: to the provider, back to this page with ?code=…&state=…. */
export async function startCodeFlow() {
  const provider = await discovery();
  const verifier = random();
  const state = random();
  sessionStorage.setItem(FLOW, JSON.stringify({ verifier, state }));
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const url = new URL(provider.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.signIn.clientId,
    redirect_uri: location.origin + location.pathname,
    scope: settings.signIn.scope,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  location.assign(url);
}

async function finishCodeFlow(query) {
  history.replaceState(null, '', location.pathname);
  const flow = JSON.parse(sessionStorage.getItem(FLOW) ?? 'null');
  sessionStorage.removeItem(FLOW);
  if (!flow || flow.state !== query.get('state') || !settings.signIn) {
    return;
  }
  const provider = await discovery();
  const response = await fetch(provider.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: query.get('code'),
      redirect_uri: location.origin + location.pathname,
      client_id: settings.signIn.clientId,
      code_verifier: flow.verifier,
    }),
  });
  if (response.ok) {
    const tokens = await response.json();
    sessionStorage.setItem(TOKEN, tokens.access_token);
    if (tokens.id_token) sessionStorage.setItem(ID_TOKEN, tokens.id_token);
  }
}

async function discovery() {
  const issuer = settings.signIn.issuer.replace(/\/$/, '');
  return (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
}

/** fetch() with the bearer token; a refusal becomes an Error carrying the problem's detail. */
export async function api(path, { accept = 'application/json', ...options } = {}) {
  const token = sessionStorage.getItem(TOKEN);
  const response = await fetch(path, {
    ...options,
    headers: { ...options.headers, Accept: accept, Authorization: `Bearer ${token}` },
  });
  if (response.status === 401) {
    sessionStorage.removeItem(TOKEN);
    onExpired();
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail ?? `HTTP ${response.status}`);
  }
  return response;
}

export const json = async (path, options) => (await api(path, options)).json();

/** Downloads what an authorised call answers, under its own file name. */
export async function download(path, accept, fallbackName) {
  const response = await api(path, { accept });
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

export const token = () => sessionStorage.getItem(TOKEN);

function decode(jwt) {
  try {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0))));
  } catch {
    return null;
  }
}

const random = () => base64url(crypto.getRandomValues(new Uint8Array(32)));

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
