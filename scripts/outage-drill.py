#!/usr/bin/env python3
"""The outage drill of docs/operations.md, against a running ./run-local.sh (default ports, or the *_PORT variables).

Opens regional days, lets clients register participants on them without pause, stops the Kafka broker's process
(SIGSTOP) for --pause seconds, lets it go on (SIGCONT), then does the same to the MongoDB-wire server, and lets the
clients run a little longer. A client asks again, as a person would, until it is answered 201 (registered) or 409
(an earlier attempt was stored). Nothing is restarted. Then it waits until every participant who got an answer is
counted by registration-service's day views, by synthesis' national aggregate and by workshop-service (each
registration registration-service lists can be enrolled in a workshop of its day), prints the figures, and exits 0
when all of them equal the participants registered.

Needs python3 only (the standard library). Example: scripts/outage-drill.py --pause 75
"""
import argparse
import base64
import hashlib
import hmac
import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter

PORTS = {name: int(os.environ.get(f"{name.upper()}_PORT", default))
         for name, default in (("registration", 8081), ("workshop", 8082), ("synthesis", 8083))}
SECRET = os.environ.get("JWT_SECRET", "local-development-secret-change-me-0123456789")
PROCESSES = {"Kafka": "kafka.Kafka ", "MongoDB": "org.mediation.local.LocalMongoServer"}


def say(message):
    print(f"[drill {time.strftime('%H:%M:%S')}] {message}", flush=True)


def token(subject, role, region=None):
    def b64(raw):
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    now = int(time.time())
    claims = {"sub": subject, "roles": [role], "iat": now, "exp": now + 86400}
    if region:
        claims["region"] = region
    unsigned = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()) + "." + b64(json.dumps(claims).encode())
    signature = hmac.new(SECRET.encode(), unsigned.encode(), hashlib.sha256).digest()
    return unsigned + "." + b64(signature)


TEAM = token("team-fr-hdf", "REGIONAL_TEAM", "FR-HDF")
NATIONAL = token("national-office", "NATIONAL_OFFICE")


def call(service, method, path, bearer, body=None, timeout=30):
    """Answers (status, JSON body or None); status 0 when no answer came (refused, reset, timed out)."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{PORTS[service]}{path}", method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {bearer}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
            return response.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as error:
        return error.code, None
    except (OSError, ValueError):
        return 0, None


def until(description, condition, seconds):
    start = time.monotonic()
    while time.monotonic() < start + seconds:
        if condition():
            say(f"{description}: after {time.monotonic() - start:.0f} s")
            return True
        time.sleep(1)
    say(f"gave up waiting after {seconds} s: {description}")
    return False


def national_confirmed():
    status, body = call("synthesis", "GET", "/api/national/aggregate", NATIONAL)
    return body["attendance"]["confirmed"] if status == 200 else -1


def open_day(index):
    status, day = call("registration", "POST", "/api/regional-days", TEAM, {
        "region": "FR-HDF", "title": f"Journée de l'exercice de panne {index}", "date": "2019-12-04",
        "venue": "Liévin", "capacity": 100_000})
    if status != 201:
        sys.exit(f"could not schedule a day: HTTP {status} (is ./run-local.sh running?)")
    call("registration", "POST", f"/api/regional-days/{day['id']}/open", TEAM, {})
    return day["id"]


class Clients:
    """Clients registering without pause, each participant asked again until answered 201 or 409."""

    def __init__(self, days, count):
        self.days, self.count = days, count
        self.answers = Counter()
        self.registered = 0
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self.run, args=(i,), daemon=True) for i in range(count)]

    def start(self):
        for thread in self.threads:
            thread.start()

    def run(self, client):
        number = 0
        while not self.stopping.is_set():
            day = self.days[(client + number) % len(self.days)]
            self.register(day, f"drill-{client}-{number}-{int(time.time())}@example.org")
            number += 1

    def register(self, day, email):
        person = {"firstName": "Camille", "lastName": "Durand", "email": email, "category": "MEDIATOR",
                  "organisation": "AMS Lens"}
        while True:
            status, _ = call("registration", "POST", f"/api/regional-days/{day}/registrations", TEAM, person)
            with self.lock:
                self.answers[status] += 1
                if status in (201, 409):
                    self.registered += 1
                    return
            time.sleep(0.5)

    def stop(self):
        self.stopping.set()
        for thread in self.threads:
            thread.join()


def pause(name, seconds, clients):
    pids = subprocess.run(["pgrep", "-f", PROCESSES[name]], capture_output=True, text=True).stdout.split()
    if not pids:
        sys.exit(f"no {name} process found: is ./run-local.sh running?")
    before = clients.registered
    subprocess.run(["kill", "-STOP", *pids], check=True)
    say(f"{name} stopped (kill -STOP {' '.join(pids)}) for {seconds} s, {before} registered so far")
    time.sleep(seconds)
    subprocess.run(["kill", "-CONT", *pids], check=True)
    say(f"{name} back (kill -CONT); {clients.registered - before} registered meanwhile")


def registration_ids(day):
    ids, page = [], 0
    while True:
        status, body = call("registration", "GET", f"/api/regional-days/{day}/registrations?size=500&page={page}",
                            TEAM)
        if status != 200 or not body["items"]:
            return ids
        ids += [item["id"] for item in body["items"]]
        page += 1


def planned_workshop(day):
    """A workshop of the day for all its participants, asked until workshop-service knows the day."""
    plan = {"regionalDayId": day, "themeCode": "ACCESS_TO_RIGHTS", "title": "Atelier d'après la panne",
            "capacity": 10_000}
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        status, workshop = call("workshop", "POST", "/api/workshops", TEAM, plan)
        if status == 201:
            return workshop["id"]
        time.sleep(1)
    sys.exit(f"workshop-service does not know the day {day} after 120 s")


def enrolled_in_workshop(day):
    """Enrols everyone registration-service lists for the day in a workshop of it; answers how many got 201."""
    workshop = planned_workshop(day)
    return sum(1 for registration in registration_ids(day)
               if call("workshop", "POST", f"/api/workshops/{workshop}/enrolments", TEAM,
                       {"registrationId": registration})[0] == 201)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--days", type=int, default=3)
    parser.add_argument("--pause", type=int, default=75, help="seconds each of Kafka and MongoDB is stopped")
    parser.add_argument("--calm", type=int, default=20, help="seconds of load before, between and after the pauses")
    parser.add_argument("--wait", type=int, default=300, help="seconds to wait for the counts to agree")
    args = parser.parse_args()

    national_before = national_confirmed()
    if national_before < 0:
        sys.exit("synthesis-service does not answer: is ./run-local.sh running?")
    days = [open_day(i) for i in range(args.days)]
    say(f"{args.days} days opened; {args.clients} clients registering; national confirmed {national_before}")
    clients = Clients(days, args.clients)
    clients.start()
    time.sleep(args.calm)
    pause("Kafka", args.pause, clients)
    time.sleep(args.calm)
    pause("MongoDB", args.pause, clients)
    time.sleep(args.calm)
    clients.stop()
    registered = clients.registered
    say(f"clients stopped: {registered} registered; answers seen {dict(sorted(clients.answers.items()))}"
        " (0 = no answer)")

    def day_counts():
        counts = []
        for day in days:
            status, view = call("registration", "GET", f"/api/regional-days/{day}", TEAM)
            counts.append(view["confirmed"] if status == 200 else -1)
        return counts

    until("registration's day views count everyone", lambda: sum(day_counts()) == registered, args.wait)
    until("the national aggregate counts everyone",
          lambda: national_confirmed() - national_before == registered, args.wait)
    enrolled = [enrolled_in_workshop(day) for day in days]
    national = national_confirmed() - national_before
    say(f"registered {registered}; registration's day counts {day_counts()} (sum {sum(day_counts())});"
        f" national +{national}; enrolled by workshop-service {enrolled} (sum {sum(enrolled)})")
    unexpected = {status: n for status, n in clients.answers.items() if status not in (0, 201, 409, 503)}
    success = sum(day_counts()) == registered == national == sum(enrolled) and not unexpected
    say("PASSED: every accepted registration counted once everywhere, nothing restarted" if success
        else f"FAILED (unexpected answers: {unexpected})")
    return 0 if success else 1


if __name__ == "__main__":
    sys.exit(main())
