// Who is signed in on a service's page, and calls to its API on their behalf (every service serves this file from the
// platform's jar, at /regional-days/js/session.js, and keycloak-js at /webjars/keycloak-js/dist/keycloak.min.js). A token comes from the OpenID Connect provider, through
// keycloak-js (Keycloak's maintained client, on the provider's discovery document: authorization code with PKCE S256,
// state and nonce checked, the access token refreshed before it expires, sign-out at the provider), or in a link's
// fragment (#token=…, what run-local.sh prints). Tokens are kept in this tab's sessionStorage only, and the address
// bar is cleaned at once. A link's token is only offered: it is kept (and replaces a signed-in identity) only when the
// user asks for it (page.js).
const TOKEN = 'regional-days.token';
const PROVIDER_TOKENS = 'regional-days.provider-tokens';
/** A token with less than this left is refreshed before a call. */
const MIN_VALIDITY_SECONDS = 30;

let settings = { signIn: null };
let provider = null; // a Keycloak instance when the page signs in through a provider
let onExpired = () => {};

export async function loadSettings() {
  const response = await fetch('/regional-days/sign-in.json');
  settings = await response.json();
  if (settings.signIn) {
    provider = new Keycloak({ clientId: settings.signIn.clientId, oidcProvider: settings.signIn.issuer });
  }
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

/** Signs in with a token the user chose (the provider's session, if any, is no longer used); returns the user. */
export function useToken(token) {
  sessionStorage.setItem(TOKEN, token);
  sessionStorage.removeItem(PROVIDER_TOKENS);
  return { token, claims: decode(token) };
}

/**
 * The signed-in user ({ token, claims }), or null. Back from the provider, keycloak-js exchanges the code (checking
 * state, PKCE and nonce); signed in through it earlier in this tab, the tokens kept are refreshed, which also tells
 * whether the provider's session still stands.
 */
export async function currentUser() {
  if (provider) {
    await resumeProviderSession();
  }
  const token = sessionStorage.getItem(TOKEN);
  const claims = token && decode(token);
  if (!claims || claims.exp * 1000 <= Date.now()) {
    sessionStorage.removeItem(TOKEN);
    return null;
  }
  return { token, claims };
}

async function resumeProviderSession() {
  const kept = JSON.parse(sessionStorage.getItem(PROVIDER_TOKENS) ?? '{}');
  provider.onAuthRefreshSuccess = keepProviderTokens;
  try {
    await provider.init({ pkceMethod: 'S256', checkLoginIframe: false, scope: settings.signIn.scope, ...kept });
  } catch {
    forgetProviderTokens(); // the provider refused the refresh: its session ended (signed out, expired)
    return;
  }
  if (provider.authenticated) keepProviderTokens();
}

function keepProviderTokens() {
  const { token, refreshToken, idToken } = provider;
  sessionStorage.setItem(TOKEN, token);
  sessionStorage.setItem(PROVIDER_TOKENS, JSON.stringify({ token, refreshToken, idToken }));
}

function forgetProviderTokens() {
  if (sessionStorage.getItem(PROVIDER_TOKENS)) sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(PROVIDER_TOKENS);
}

const signedInThroughProvider = () => Boolean(provider?.authenticated && sessionStorage.getItem(PROVIDER_TOKENS));

export const canSignInWithProvider = () => Boolean(provider);

/** To the provider's sign-in page, back to this page (keycloak-js: authorization code with PKCE S256). */
export function startCodeFlow() {
  provider.login({ redirectUri: here(), scope: settings.signIn.scope });
}

/**
 * Forgets the tokens; signed in through the provider, also ends the provider's session (its end_session_endpoint, back
 * to this page), so that « Se connecter » asks for the password again.
 */
export function signOut() {
  const throughProvider = signedInThroughProvider();
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(PROVIDER_TOKENS);
  if (throughProvider) {
    provider.logout({ redirectUri: here() });
  } else {
    location.assign(location.pathname);
  }
}

export function whenExpired(callback) {
  onExpired = callback;
}

/** The access token to send now: the provider's is refreshed first when it expires within 30 s. */
export async function freshToken() {
  if (signedInThroughProvider()) {
    try {
      if (await provider.updateToken(MIN_VALIDITY_SECONDS)) keepProviderTokens();
    } catch {
      forgetProviderTokens();
      onExpired();
    }
  }
  return sessionStorage.getItem(TOKEN);
}

const here = () => location.origin + location.pathname;

/** fetch() with the bearer token; a refusal becomes an Error carrying the problem's detail. */
export async function api(path, { accept = 'application/json', ...options } = {}) {
  const token = await freshToken();
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

function decode(jwt) {
  try {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0))));
  } catch {
    return null;
  }
}
