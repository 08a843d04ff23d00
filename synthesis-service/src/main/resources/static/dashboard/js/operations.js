// The operators' page: start a dry run or a replay, follow its progress, read its checksums; the audit log, newest
// first, and its verification.
import * as fr from './french.js';
import { startDashboard } from './dashboard.js';
import { element, row, say } from '/regional-days/js/page.js';
import { json } from '/regional-days/js/session.js';

const STATES = { PENDING: 'en attente', RUNNING: 'en cours', COMPLETED: 'terminé', FAILED: 'échoué' };
const ACTIONS = {
  'replay.requested': 'rejeu demandé',
  'replay.dry-run': 'essai à blanc',
  'replay.swapped': 'projections remplacées',
  'replay.failed': 'rejeu échoué',
};

startDashboard(['OPERATOR'], async () => {
  document.getElementById('replay-form').addEventListener('submit', startReplay);
  await refreshAudit();
});

async function startReplay(event) {
  event.preventDefault();
  const reason = document.getElementById('reason').value.trim();
  if (!reason) {
    say('Le motif est obligatoire.', 'error');
    document.getElementById('reason').focus();
    return;
  }
  const until = document.getElementById('until').value;
  const request = {
    scope: scope(),
    dryRun: document.getElementById('dry-run').checked,
    reason,
    ...(until ? { until: new Date(until).toISOString() } : {}),
  };
  try {
    const { id } = await json('/api/operations/replays', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
    document.getElementById('replay').hidden = false;
    document.getElementById('replay-result').hidden = true;
    say(`Rejeu ${id} lancé.`);
    await follow(id);
  } catch (e) {
    say(`Rejeu refusé : ${e.message}`, 'error');
  }
}

function scope() {
  const chosen = document.querySelector('input[name=scope]:checked').value;
  if (chosen === 'region') return { region: document.getElementById('scope-region').value.trim() };
  if (chosen === 'day') return { regionalDayId: document.getElementById('scope-day').value.trim() };
  return {};
}

/** Asks for the replay's status every 300 ms until it is done, moving the progress bar. */
async function follow(id) {
  for (;;) {
    const status = await json(`/api/operations/replays/${encodeURIComponent(id)}`);
    const done = status.status === 'COMPLETED' || status.status === 'FAILED';
    const percent = status.status === 'COMPLETED' ? 100 : status.total ? Math.floor((100 * status.processed) / status.total) : 0;
    document.getElementById('replay-progress').value = percent;
    document.getElementById('replay-percent').textContent = `${percent} %`;
    document.getElementById('replay-state').textContent =
      `${STATES[status.status] ?? status.status} : ${fr.number(status.processed)} événement(s) sur ${fr.number(status.total)}`;
    if (done) {
      showResult(status);
      await refreshAudit();
      return;
    }
    await new Promise((resume) => setTimeout(resume, 300));
  }
}

function showResult(status) {
  document.getElementById('replay-result').hidden = false;
  document.getElementById('checksum-before').textContent = status.checksumBefore ?? '—';
  document.getElementById('checksum-after').textContent = status.checksumAfter ?? '—';
  const same = status.checksumBefore && status.checksumBefore === status.checksumAfter;
  document.getElementById('checksum-verdict').textContent = status.status === 'FAILED'
    ? `Échec : ${status.error ?? ''}`
    : same ? 'Identiques : les projections sont exactement ce que donne l’historique.' : 'Différentes : des projections changeraient.';
  document.getElementById('changed-days').textContent = (status.changedRegionalDays ?? []).join(', ') || 'aucune';
  document.getElementById('swapped').textContent = status.swapped ? 'oui' : 'non';
  say(`Rejeu ${STATES[status.status]}.`, status.status === 'FAILED' ? 'error' : 'info');
}

async function refreshAudit() {
  const [entries, verdict] = await Promise.all([
    json('/api/operations/audit-log'),
    json('/api/operations/audit-log/verify'),
  ]);
  const section = document.getElementById('verdict');
  section.dataset.valid = verdict.valid;
  document.getElementById('verdict-text').textContent = verdict.valid
    ? `Journal intègre : ${fr.number(verdict.entries)} entrée(s), ${fr.number(verdict.anchored ?? 0)} ancrée(s) hors de la base.`
    : `Journal altéré à l’entrée n° ${verdict.firstBrokenEntry} (${verdict.problem}) — ${fr.number(verdict.entries)} entrée(s).`;
  document.getElementById('audit-log').replaceChildren(...entries.slice().reverse().map((e) => {
    const details = element('code', Object.entries(e.details ?? {}).map(([k, v]) => `${k} : ${JSON.stringify(v)}`).join(' · '));
    return row([String(e.sequence), fr.instant(e.time), ACTIONS[e.action] ?? e.action, e.actor, details]);
  }));
}
