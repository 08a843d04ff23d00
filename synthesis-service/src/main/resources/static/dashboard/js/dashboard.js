// What both dashboard pages do first: the French labels of the codes, then the platform's sign-in and frame.
import { useLabels } from './french.js';
import { start } from '/regional-days/js/page.js';

const ROLE_NAMES = { NATIONAL_OFFICE: 'bureau national', OPERATOR: 'opérateur', REGIONAL_TEAM: 'équipe régionale' };

/** Calls run(user) once a user holding one of the roles is signed in (page.js's start). */
export async function startDashboard(roles, run) {
  const settings = await (await fetch('/dashboard/settings.json')).json();
  useLabels(settings.labels);
  await start({
    roles,
    names: ROLE_NAMES,
    run: (user) => {
      document.getElementById('operations-link').hidden = !(user.claims.roles ?? []).includes('OPERATOR');
      return run(user);
    },
  });
}
