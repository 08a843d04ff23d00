// Follows a Server-Sent Events stream with fetch(), which can send the Authorization header (an EventSource cannot).
// Each event's data is parsed as JSON and handed over; the stream is reopened after a failure, waiting longer each
// time (1 s, 2 s, … 30 s), and stops when the page goes away or the token is refused.

/**
 * follow('/api/national/stream', freshToken, 'national-aggregate', onData, onState): freshToken() gives the token for
 * each (re)connection; onState('connecting'|'live'|'retrying'|'refused').
 */
export function follow(path, freshToken, eventName, onData, onState) {
  const stop = new AbortController();
  addEventListener('pagehide', () => stop.abort());
  (async () => {
    let wait = 1000;
    while (!stop.signal.aborted) {
      onState('connecting');
      try {
        const response = await fetch(path, {
          headers: { Accept: 'text/event-stream', Authorization: `Bearer ${await freshToken()}` },
          signal: stop.signal,
        });
        if (response.status === 401 || response.status === 403) {
          onState('refused');
          return;
        }
        if (response.ok) {
          onState('live');
          wait = 1000;
          await read(response.body, eventName, onData);
        }
      } catch (e) {
        if (stop.signal.aborted) return;
      }
      onState('retrying');
      await new Promise((resume) => setTimeout(resume, wait));
      wait = Math.min(wait * 2, 30_000);
    }
  })();
  return stop;
}

async function read(body, eventName, onData) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value.replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (event.name === eventName && event.data) onData(JSON.parse(event.data));
    }
  }
}

/** One event's lines: "event:", "data:" (joined by new lines); comments (":heartbeat") are skipped. */
function parse(frame) {
  const event = { name: 'message', data: '' };
  const data = [];
  for (const line of frame.split('\n')) {
    const colon = line.indexOf(':');
    if (colon === 0) continue;
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event.name = value;
    if (field === 'data') data.push(value);
  }
  event.data = data.join('\n');
  return event;
}
