#!/usr/bin/env bash
# Loads the two Hauts-de-France regional days of the seed account (Saint-Quentin, 19 November 2019, and Liévin,
# 4 December 2019), then an upcoming one in Amiens whose public page takes registrations, through the public HTTP APIs
# of the four services only, waits until synthesis counts them, then prints the national aggregate, the Liévin
# synthesis, the Amiens pages and where to read the participants' mails. Needs curl, openssl
# and python3; run by `./run-local.sh --demo` or by hand against a running system. Every run creates three new days
# (the catalogue's resources are reused). People's names and resource titles are invented; organisations are the
# seed's or plausible.
set -euo pipefail

export REG=http://localhost:${REGISTRATION_PORT:-8081}/api WS=http://localhost:${WORKSHOP_PORT:-8082}/api
export SYN=http://localhost:${SYNTHESIS_PORT:-8083}/api RES=http://localhost:${RESOURCE_PORT:-8084}/api
export SECRET=${JWT_SECRET:-local-development-secret-change-me-0123456789}
TIMEOUT=${DEMO_TIMEOUT:-180} # seconds to wait for the figures to reach synthesis
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

say() { printf '[demo] %s\n' "$*" >&2; }

# --- tokens: HS256 JWTs signed with JWT_SECRET ---------------------------------------------------------------------
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
token() { # token <sub> <role> [region]
    local now claims unsigned
    now=$(date +%s)
    claims=$(printf '{"sub":"%s","roles":["%s"],%s"iat":%d,"exp":%d}' "$1" "$2" "${3:+\"region\":\"$3\",}" \
        "$now" $((now + 86400)))
    unsigned="$(printf '%s' '{"alg":"HS256","typ":"JWT"}' | b64url).$(printf '%s' "$claims" | b64url)"
    printf '%s.%s' "$unsigned" "$(printf '%s' "$unsigned" | openssl dgst -sha256 -hmac "$SECRET" -binary | b64url)"
}
TEAM=$(token team-fr-hdf REGIONAL_TEAM FR-HDF)
NATIONAL=$(token national-office NATIONAL_OFFICE)
export TEAM

# --- JSON with python3 (no jq needed) ------------------------------------------------------------------------------
json() { # json key=string key:=<raw JSON> key[]=a;b;c … → one JSON object
    python3 -c 'import json, sys
o = {}
for a in sys.argv[1:]:
    k, v = a.split("=", 1)
    if k.endswith(":"): o[k[:-1]] = json.loads(v)
    elif k.endswith("[]"): o[k[:-2]] = [x for x in v.split(";") if x]
    else: o[k] = v
print(json.dumps(o, ensure_ascii=False))' "$@"
}
jget() { # jget <dotted.path>… < JSON → the values, tab-separated (strings raw, the rest as JSON; missing → 0)
    python3 -c 'import json, sys
d = json.load(sys.stdin)
def at(v, path):
    for p in filter(None, path.split(".")):
        v = v[int(p)] if isinstance(v, list) else v.get(p, 0) if isinstance(v, dict) else 0
    return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
print("\t".join(at(d, p) for p in sys.argv[1:]))' "$@"
}
pretty() { python3 -c 'import json, sys; print(json.dumps(json.load(sys.stdin), indent=2, ensure_ascii=False))'; }
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
export -f json jget

# --- HTTP ----------------------------------------------------------------------------------------------------------
# call <expected status> <method> <url> <token> [JSON body] → the response body on stdout. Any other status stops
# the demo with the status and the problem detail. With WAIT_409=<s>, a 409 is retried that long: the service has
# not yet learnt from Kafka the day or registration the call names.
call() {
    local expected=$1 method=$2 url=$3 tok=$4 body=${5:-} out code deadline=$((SECONDS + ${WAIT_409:-0}))
    local args=(-sS -X "$method" -H "Authorization: Bearer $tok" -H "Accept: ${ACCEPT:-application/json}"
        -w '\n%{http_code}')
    if [[ -n $body ]]; then args+=(-H 'Content-Type: application/json' --data-binary "$body"); fi
    while true; do
        out=$(curl "${args[@]}" "$url") || { say "$method $url: no answer (is the service up?)" && exit 1; }
        code=${out##*$'\n'} out=${out%$'\n'*}
        if [[ $code != 409 || $expected == 409 || $SECONDS -ge $deadline ]]; then break; fi
        sleep 0.5
    done
    if [[ $code != "$expected" ]]; then
        say "$method $url → HTTP $code (expected $expected)${body:+ for $body}"
        say "  ${out:-<empty body>}"
        exit 1
    fi
    printf '%s' "$out"
}
eventually() { WAIT_409=60 call "$@"; }
export -f call eventually say
parallel() { xargs -P 4 -d '\n' -n 1 bash -eo pipefail -c "$1"' "$@"' _; } # parallel <fn>: <fn> <line> per line, 4 at a time

# --- registration: days, participants, waitlist, check-in ----------------------------------------------------------
FIRST=(Nadia Karim Sophie Julien Fatima Thomas Amandine Mehdi Céline Nicolas Aurélie Yacine Hélène Maxime Samira
    Jérôme Laetitia Rachid Émilie Grégory Leïla Sébastien Mélanie Bilal Stéphanie Kévin Inès Franck Élodie Moussa)
LAST=(Martin Lefebvre Dubois Leroy Moreau Petit Durand Lambert Fontaine Roussel Vasseur Delattre Lemaire Caron Dumont
    Benali Haddad Diallo Nguyen Kaci Mercier Dupuis Lecomte Wattebled Lefranc Desmet Vandenberghe Delannoy Bouchart)
ORGS_lievin_MEDIATOR=("France Médiation" "Association Interfaces" "Lille Sud Insertion"
    "Collectif des médiatrices et médiateurs d'Arras" "Service de médiation sociale de Liévin"
    "Médiation sociale Lens-Liévin" "Régie de quartier de Roubaix" "Médiation sociale Béthune-Bruay")
ORGS_lievin_PROFESSIONAL=("IREV" "CAF du Pas-de-Calais" "Pas-de-Calais habitat" "Maison de justice et du droit de Lens"
    "CCAS de Liévin" "Département du Pas-de-Calais" "Préfecture du Pas-de-Calais" "Pôle emploi Liévin")
ORGS_lievin_ELECTED_OFFICIAL=("Ville de Liévin" "Ville d'Arras" "Communauté d'agglomération de Lens-Liévin"
    "Communauté urbaine d'Arras" "Ville de Lens" "Ville de Roubaix")
ORGS_lievin_LOCAL_ACTOR=("Centre social de Liévin" "Conseil citoyen de Liévin" "Club de prévention de Lens"
    "Maison de quartier d'Arras Ouest" "Association des locataires de la cité 9" "Conseil citoyen de Lille Sud")
ORGS_amiens_MEDIATOR=("France Médiation" "Médiation sociale d'Amiens Nord" "Service de médiation d'Abbeville")
ORGS_amiens_PROFESSIONAL=("CAF de la Somme" "Amiens Métropole" "Préfecture de la Somme")
ORGS_amiens_ELECTED_OFFICIAL=("Ville d'Amiens" "Département de la Somme")
ORGS_amiens_LOCAL_ACTOR=("Centre social d'Étouvie" "Conseil citoyen d'Amiens Nord")
ORGS_stquentin_MEDIATOR=("France Médiation" "Médiation sociale du Saint-Quentinois" "Service de médiation de Laon")
ORGS_stquentin_PROFESSIONAL=("IREV" "CAF de l'Aisne" "Préfecture de l'Aisne" "Pôle emploi Saint-Quentin")
ORGS_stquentin_ELECTED_OFFICIAL=("Ville de Saint-Quentin" "Communauté d'agglomération du Saint-Quentinois")
ORGS_stquentin_LOCAL_ACTOR=("Conseil citoyen du quartier Europe" "Centre social du Vermandois")

# participants <day id> <slug> <first index> <MEDIATOR> <PROFESSIONAL> <ELECTED_OFFICIAL> <LOCAL_ACTOR> → one line each:
# day|first name|last name|email|category|organisation
participants() {
    local day=$1 slug=$2 i=$3 counts=("${@:4}") categories=(MEDIATOR PROFESSIONAL ELECTED_OFFICIAL LOCAL_ACTOR) c k
    for c in 0 1 2 3; do
        local var="ORGS_${slug}_${categories[c]}[@]"
        local orgs=("${!var}")
        for ((k = 0; k < counts[c]; k++, i++)); do
            printf '%s|%s|%s|%s.%d@%s.demo.example.org|%s|%s\n' "$day" "${FIRST[i % 30]}" "${LAST[i * 7 % 29]}" \
                "${LAST[i * 7 % 29],,}" "$i" "$slug" "${categories[c]}" "${orgs[k % ${#orgs[@]}]}"
        done
    done
}
register_one() { # register_one <participant line> → id, status, category (tab-separated)
    local day first last email category organisation out
    IFS='|' read -r day first last email category organisation <<<"$1"
    out=$(call 201 POST "$REG/regional-days/$day/registrations" "$TEAM" "$(json firstName="$first" lastName="$last" \
        email="$email" category="$category" organisation="$organisation")" | jget id status)
    printf '%s\t%s\n' "$out" "$category"
}
check_in_one() { call 200 POST "$REG/regional-days/${1%|*}/registrations/${1#*|}/check-in" "$TEAM" >/dev/null; }
export -f register_one check_in_one

# regional_day <var> <title> <date> <venue> <capacity> <slug> <checked in> <4 category counts> <waitlisted>: schedules
# and opens the day, registers the participants (4 at a time) then the waitlisted ones, cancels one confirmed
# registration (the earliest waitlisted is promoted), checks people in and closes the day. Sets <var> to the day id;
# the checked-in registration ids go to $WORK/<slug>.checked-in.
regional_day() {
    local -n day_id=$1
    local title=$2 date=$3 venue=$4 capacity=$5 slug=$6 checked=$7 waitlisted=${12} day cancelled
    local regs=$WORK/$6.registrations
    day=$(call 201 POST "$REG/regional-days" "$TEAM" "$(json region=FR-HDF title="$title" date="$date" \
        venue="$venue" capacity:="$capacity")" | jget id)
    call 200 POST "$REG/regional-days/$day/open" "$TEAM" >/dev/null
    say "$venue, $date: day $day; registering $capacity participants, then $waitlisted on the waitlist"
    participants "$day" "$slug" 0 "$8" "$9" "${10}" "${11}" | parallel register_one >"$regs"
    participants "$day" "$slug" "$capacity" "$waitlisted" 0 0 0 | while read -r line; do
        [[ $(register_one "$line" | cut -f2) == WAITLISTED ]] || { say "expected a waitlisted registration" && exit 1; }
    done
    cancelled=$(grep -m1 CONFIRMED "$regs" | cut -f1)
    call 200 POST "$REG/regional-days/$day/registrations/$cancelled/cancel" "$TEAM" >/dev/null
    # who came: <checked> confirmed registrations in the order of their random ids, so absences hit every category
    grep CONFIRMED "$regs" | grep -v "^$cancelled" | sort | head -n "$checked" | cut -f1 >"$WORK/$slug.checked-in"
    sed "s/^/$day|/" "$WORK/$slug.checked-in" | parallel check_in_one
    call 200 POST "$REG/regional-days/$day/close" "$TEAM" | jget status confirmed waitlisted cancelled checkedIn | {
        read -r s c w x i && say "  $s: confirmed $c, waitlisted $w, cancelled $x, checked in $i"
    }
    CHECKED_IN=$((CHECKED_IN + checked))
    day_id=$day
}

# --- workshops: plan, facilitators, speakers, rapporteur, enrolments, contributions, report --------------------------
enrol_one() { eventually 201 POST "$WS/workshops/${1%|*}/enrolments" "$TEAM" "$(json registrationId="${1#*|}")" >/dev/null; }
export -f enrol_one

# workshops <day id> <checked-in file> 3< plan, one item per line:
#   W|theme|title|capacity|enrolled|rapporteur's user id|rapporteur's name   F|facilitator|organisation
#   S|speaker|organisation   C|kind|tag;tag|text (recorded by the rapporteur, with a RAPPORTEUR token of that sub)
# Each report is then submitted by its rapporteur and published by the regional team.
workshops() {
    local day=$1 people=$2 type a b c d e f id="" rapporteur="" from=1
    while IFS='|' read -r -u 3 type a b c d e f; do
        case $type in
            W)
                publish_report "$id" "$rapporteur"
                id=$(eventually 201 POST "$WS/workshops" "$TEAM" "$(json regionalDayId="$day" themeCode="$a" \
                    title="$b" capacity:="$c")" | jget id)
                call 200 PUT "$WS/workshops/$id/rapporteur" "$TEAM" "$(json userId="$e" name="$f")" >/dev/null
                rapporteur=$(token "$e" RAPPORTEUR FR-HDF)
                sed -n "${from},$((from + d - 1))p" "$people" | sed "s/^/$id|/" | parallel enrol_one
                from=$((from + d))
                say "  workshop $a ($id): $d enrolled, rapporteur $f"
                ;;
            F) call 200 POST "$WS/workshops/$id/facilitators" "$TEAM" "$(json name="$a" organisation="$b")" >/dev/null ;;
            S) call 200 POST "$WS/workshops/$id/speakers" "$TEAM" "$(json name="$a" organisation="$b")" >/dev/null ;;
            C)
                call 201 POST "$WS/workshops/$id/contributions" "$rapporteur" "$(json kind="$a" "tags[]=$b" text="$c")" >/dev/null
                CONTRIBUTIONS=$((CONTRIBUTIONS + 1))
                ;;
        esac
    done
    publish_report "$id" "$rapporteur"
}
publish_report() { # publish_report <workshop id> <rapporteur's token>
    if [[ -z $1 ]]; then return 0; fi
    call 200 POST "$WS/workshops/$1/report/submit" "$2" >/dev/null
    say "    report $(call 200 POST "$WS/workshops/$1/report/publish" "$TEAM" | jget reportStatus)"
}

# --- resources: the catalogue (reused from earlier runs), stands, requests ------------------------------------------
declare -A RID=() # resource id by short key
# resources 3< lines key|kind|title|author;…|publisher|year|THEME;…|shared nationally (yes/no)
resources() {
    local key kind title authors publisher year themes shared found
    while IFS='|' read -r -u 3 key kind title authors publisher year themes shared; do
        found=$(call 200 GET "$RES/resources?size=100&q=$(urlencode "$title")" "$TEAM" | python3 -c 'import json, sys
hits = [r for r in json.load(sys.stdin)["content"] if r["title"] == sys.argv[1] and r["originRegion"] == "FR-HDF"]
print(hits[0]["id"], "true" if hits[0]["shared"] else "false") if hits else print()' "$title")
        if [[ -z $found ]]; then
            found="$(eventually 201 POST "$RES/resources" "$TEAM" "$(json kind="$kind" title="$title" "authors[]=$authors" \
                publisher="$publisher" year:="$year" "themeCodes[]=$themes")" | jget id) false"
        fi
        RID[$key]=${found% *}
        if [[ $shared == yes && ${found#* } == false ]]; then
            call 200 POST "$RES/resources/${RID[$key]}/share" "$TEAM" >/dev/null
        fi
    done
    say "catalogue: ${#RID[@]} FR-HDF resources (${!RID[*]})"
}
# stand <day id> <checked-in file> <key>:<requests>… offers the resources at the day's stand and records requests
# (every other one with the id of a checked-in registration)
stand() {
    local day=$1 people=$2 item key n k total=0
    shift 2
    for item in "$@"; do
        key=${item%:*} n=${item#*:}
        eventually 201 POST "$RES/regional-days/$day/stand" "$TEAM" "$(json resourceId="${RID[$key]}")" >/dev/null
        for ((k = 1; k <= n; k++)); do
            call 201 POST "$RES/regional-days/$day/stand/${RID[$key]}/requests" "$TEAM" \
                "$(if ((k % 2)); then json registrationId="$(sed -n "$((k * 3))p" "$people")"; fi)" >/dev/null
        done
        total=$((total + n))
    done
    REQUESTS=$((REQUESTS + total))
    say "  stand: $# resources offered, $total requests"
}

# --- synthesis ------------------------------------------------------------------------------------------------------
figures() { # regional days, FR-HDF contributions, checked in, stand requests of the national aggregate
    call 200 GET "$SYN/national/aggregate" "$NATIONAL" |
        jget regionalDays regions.FR-HDF.contributions attendance.checkedIn resources.requests
}
await_figures() { # await_figures <days> <contributions> <checked in> <requests> (at least)
    local deadline=$((SECONDS + TIMEOUT)) now d c i r
    while true; do
        now=$(figures)
        read -r d c i r <<<"$now"
        if ((d >= $1 && c >= $2 && i >= $3 && r >= $4)); then break; fi
        ((SECONDS < deadline)) || { say "synthesis shows $d days, $c contributions, $i checked in, $r requests" \
            "after ${TIMEOUT}s; expected at least $*" && exit 1; }
        sleep 1
    done
    say "synthesis counts them: $d regional days, $c FR-HDF contributions, $i checked in, $r requests"
}

# --- the two days of the seed ---------------------------------------------------------------------------------------
CONTRIBUTIONS=0 CHECKED_IN=0 REQUESTS=0
BASE=$(figures) # what synthesis already counts (earlier runs)
read -r BASE_DAYS BASE_CONTRIBUTIONS BASE_CHECKED_IN BASE_REQUESTS <<<"$BASE"

resources 3<<'EOF'
biblio|BIBLIOGRAPHY|Bibliographie : médiation sociale et politique de la ville|IREV|IREV|2019|TERRITORIAL_INTEGRATION;MEDIATION_NETWORK;MEDIATOR_TRAINING;ACCESS_TO_RIGHTS|yes
arras|EXPERIENCE_SHEET|Fiche d'expérience : le collectif des médiatrices et médiateurs d'Arras|IREV;Collectif des médiatrices et médiateurs d'Arras|IREV|2019|MEDIATION_NETWORK|yes
numerique|EXPERIENCE_SHEET|Fiche d'expérience : des permanences numériques tenues par des médiateurs|IREV|IREV|2019|ACCESS_TO_RIGHTS|yes
lillesud|EXPERIENCE_SHEET|Fiche d'expérience : la médiation sociale dans le renouvellement urbain à Lille Sud|IREV;Lille Sud Insertion|IREV|2019|TERRITORIAL_INTEGRATION|no
tri|EXPERIENCE_SHEET|Fiche d'expérience : médiateurs et bailleur ensemble pour le tri au pied des immeubles|IREV|IREV|2019|ENVIRONMENT|no
metier|BOOK|Le métier de médiateur social : repères pour les employeurs|France Médiation|France Médiation|2018|MEDIATOR_TRAINING;MEDIATION_NETWORK|yes
adultes|BOOK|Adultes-relais : la médiation au cœur des quartiers|IREV|IREV|2019|MEDIATOR_TRAINING;TERRITORIAL_INTEGRATION|no
EOF

regional_day STQ "Journée régionale de la médiation sociale — versant sud" 2019-11-19 Saint-Quentin 130 stquentin 104 \
    62 38 12 18 2
workshops "$STQ" "$WORK/stquentin.checked-in" 3<<'EOF'
W|ACCESS_TO_RIGHTS|L'accès aux droits et l'illectronisme|50|35|rapporteur-stquentin-1|Émilie Carpentier
F|Samira Lecomte|Médiation sociale du Saint-Quentinois
F|Nicolas Desmet|CAF de l'Aisne
C|FINDING|numérique;rural|Hors des villes, la fermeture des guichets rend les démarches en ligne incontournables pour des habitants peu équipés.
C|PROPOSAL|permanences|Tenir des permanences d'accès aux droits itinérantes avec un médiateur et un poste informatique.
C|PROBLEM|dématérialisation|Les médiateurs ne savent pas toujours à qui s'adresser quand un dossier en ligne reste bloqué.
W|MEDIATOR_TRAINING|La formation au métier de médiateur|40|30|rapporteur-stquentin-2|Bilal Nguyen
F|Stéphanie Moreau|France Médiation
C|FINDING|AFNOR|La norme AFNOR donne un cadre commun au métier, encore mal connu des employeurs.
C|PROPOSAL|qualification|Engager dès l'embauche un parcours qualifiant pour les adultes-relais.
W|TERRITORIAL_INTEGRATION|L'intégration de la médiation sociale à son territoire|40|30|rapporteur-stquentin-3|Inès Vandenberghe
F|Maxime Lefranc|Ville de Saint-Quentin
S|Laetitia Petit|Conseil citoyen du quartier Europe
C|PRACTICE|quartier Europe|Des médiateurs présentés aux habitants par le conseil citoyen dès leur arrivée dans le quartier.
C|DEBATE|recrutement;quartier|Faut-il recruter les médiateurs parmi les habitants du quartier ?
EOF
stand "$STQ" "$WORK/stquentin.checked-in" biblio:6 numerique:4 metier:3 adultes:2

regional_day LIEVIN "Journée régionale de la médiation sociale — versant nord" 2019-12-04 Liévin 250 lievin 221 \
    118 72 22 38 4
workshops "$LIEVIN" "$WORK/lievin.checked-in" 3<<'EOF'
W|ACCESS_TO_RIGHTS|L'accès aux droits et l'illectronisme|60|44|rapporteur-lievin-1|Sophie Delattre
F|Nadia Benali|France Médiation
F|Julien Caron|CAF du Pas-de-Calais
S|Céline Vasseur|Maison de justice et du droit de Lens
C|FINDING|numérique;dématérialisation|La dématérialisation des démarches éloigne de leurs droits une partie des habitants des quartiers prioritaires.
C|PROBLEM|illectronisme|Les médiateurs accompagnent de plus en plus de démarches en ligne sans y avoir été formés ni équipés.
C|PRACTICE|permanences|Des permanences d'accès aux droits tenues par des médiateurs dans les centres sociaux, avec un poste en libre accès.
C|PROPOSAL|partenariat|Donner au médiateur un interlocuteur identifié dans chaque organisme (CAF, Pôle emploi, CPAM) pour les dossiers bloqués.
C|DEBATE|posture|Jusqu'où aller : accompagner l'habitant dans sa démarche ou la faire à sa place ?
W|MEDIATOR_TRAINING|La formation au métier de médiateur|60|44|rapporteur-lievin-2|Hélène Lambert
F|Karim Haddad|France Médiation
F|Aurélie Dumont|Médiation sociale Lens-Liévin
S|Grégory Lemaire|Préfecture du Pas-de-Calais
C|FINDING|AFNOR;reconnaissance|Un métier reconnu par une norme AFNOR, au service de la cohésion sociale.
C|FINDING|emploi|Des emplois à forte plus-value sociale et non délocalisables.
C|PRACTICE|adulte-relais|Le dispositif adulte-relais soutient en partie le métier et permet une formation pendant la durée du contrat.
C|PROBLEM|adulte-relais;parcours|À la fin du contrat adulte-relais, faute de qualification, les parcours s'arrêtent et les compétences se perdent.
C|PROPOSAL|qualification|Construire des parcours qualifiants (titre professionnel, VAE) dès l'entrée dans le poste.
W|MEDIATION_NETWORK|Le réseau de la médiation sociale|60|44|rapporteur-lievin-3|Mehdi Roussel
F|Mélanie Dupuis|Collectif des médiatrices et médiateurs d'Arras
F|Moussa Diallo|France Médiation
S|Amandine Leroy|Communauté urbaine d'Arras
C|PRACTICE|collectif;Arras|Le collectif des médiatrices et médiateurs d'Arras se réunit tous les trois mois pour échanger entre pairs sur le territoire de la communauté urbaine.
C|FINDING|missions|Présenter ses missions (emploi, santé, espace public, social) aux autres permet de nouer des relations et de créer des ponts entre elles.
C|FINDING|entraide|Le collectif constitue un réseau d'entraide et de conseil pour des professionnels souvent isolés dans leur structure.
C|PROBLEM|isolement|Employés par des structures différentes, les médiateurs d'un même territoire se connaissent peu et orientent mal les publics.
C|PROPOSAL|essaimage|Essaimer des collectifs de médiateurs dans chaque intercommunalité du versant nord, avec l'appui du réseau national.
W|ENVIRONMENT|L'innovation au service de l'environnement|60|44|rapporteur-lievin-4|Élodie Mercier
F|Thomas Wattebled|Pas-de-Calais habitat
F|Leïla Kaci|Médiation sociale Béthune-Bruay
C|FINDING|cadre de vie|Les médiateurs agissent déjà sur la propreté, les encombrants et le tri au pied des immeubles, avec les bailleurs.
C|PRACTICE|énergie|Du porte-à-porte sur les économies d'énergie mené par des médiateurs avec le bailleur.
C|PROBLEM|moyens|Ces missions s'ajoutent aux autres sans moyens ni formation spécifiques.
C|PROPOSAL|transition écologique|Associer les médiateurs aux projets de transition écologique des quartiers pour que les habitants y prennent part.
W|TERRITORIAL_INTEGRATION|L'intégration de la médiation sociale à son territoire|60|44|rapporteur-lievin-5|Sébastien Bouchart
F|Fatima Lefebvre|IREV
F|Marie Slimati|Association Interfaces
S|Rachid Durand|Lille Sud Insertion
C|FINDING|QPV;renouvellement urbain|La médiation sociale se positionne sur son territoire, notamment en quartier politique de la ville ou en cours de renouvellement urbain.
C|PROPOSAL|contrat de ville|Confier à la médiation un rôle pivot pour enrichir la connaissance fine du territoire, en lien avec les pilotes du contrat de ville.
C|PROPOSAL|habitants|Intégrer parfaitement la médiation dans l'environnement local pour créer du lien avec les habitants.
C|PRACTICE|Lille Sud|À Lille Sud, des médiateurs présents au quotidien accompagnent les habitants pendant le renouvellement urbain.
C|DEBATE|recrutement;quartier|Le médiateur doit-il connaître le quartier, voire en être issu ?
EOF
stand "$LIEVIN" "$WORK/lievin.checked-in" biblio:14 arras:9 numerique:7 lillesud:5 tri:3 metier:4 adultes:3

# --- an upcoming day whose public page takes registrations ---------------------------------------------------------
# 39 of its 40 seats taken, two workshops in its programme (rapporteur: rapporteur-1, whose token run-local.sh
# prints): the next person to register on the public page is confirmed, the one after waitlisted (README, « A
# participant's journey »).
AMIENS_DATE=$(date -d '+30 days' +%F) AMIENS_WORKSHOPS=()
AMIENS=$(call 201 POST "$REG/regional-days" "$TEAM" "$(json region=FR-HDF title="Journée régionale d'Amiens" \
    date="$AMIENS_DATE" venue="Amiens, Espace Dewailly" capacity:=40)" | jget id)
call 200 POST "$REG/regional-days/$AMIENS/open" "$TEAM" >/dev/null
call 200 POST "$REG/regional-days/$AMIENS/self-registration/open" "$TEAM" >/dev/null
participants "$AMIENS" amiens 0 20 9 4 6 | parallel register_one >/dev/null
while IFS='|' read -r -u 3 theme title starts ends room; do
    id=$(eventually 201 POST "$WS/workshops" "$TEAM" "$(json regionalDayId="$AMIENS" themeCode="$theme" \
        title="$title" capacity:=40)" | jget id)
    call 200 PUT "$WS/workshops/$id/schedule" "$TEAM" "$(json startsAt="${AMIENS_DATE}T$starts" \
        endsAt="${AMIENS_DATE}T$ends" room="$room")" >/dev/null
    call 200 PUT "$WS/workshops/$id/rapporteur" "$TEAM" "$(json userId=rapporteur-1 name="Claire Dumont")" >/dev/null
    AMIENS_WORKSHOPS+=("$id")
done 3<<'EOF'
ACCESS_TO_RIGHTS|L'accès aux droits à l'heure du tout-numérique|10:00:00|12:00:00|Salle Picardie
MEDIATION_NETWORK|Faire réseau entre structures de médiation|14:00:00|16:00:00|Salle Somme
EOF
say "Amiens, $AMIENS_DATE: day $AMIENS, 39 of 40 seats taken, public page open, two workshops scheduled"

await_figures $((BASE_DAYS + 3)) $((BASE_CONTRIBUTIONS + CONTRIBUTIONS)) $((BASE_CHECKED_IN + CHECKED_IN)) \
    $((BASE_REQUESTS + REQUESTS))
say "loaded in ${SECONDS}s"
echo "# National aggregate (GET /api/national/aggregate)"
call 200 GET "$SYN/national/aggregate" "$NATIONAL" | pretty
echo
echo "# Liévin regional synthesis (GET /api/regional-days/$LIEVIN/synthesis, text/markdown)"
if MARKDOWN=$(ACCEPT=text/markdown call 200 GET "$SYN/regional-days/$LIEVIN/synthesis" "$TEAM"); then
    echo "$MARKDOWN"
else
    say "no markdown synthesis for Liévin (see above)"
fi
echo
PAGES=${REG%/api}
echo "# Amiens, $AMIENS_DATE: its public registration page (one seat left), and the welcome desk"
echo "$PAGES/inscription/?journee=$AMIENS"
echo "$PAGES/accueil/?journee=$AMIENS"
echo "# its workshops, on the rapporteur's page (rapporteur-1)"
for id in "${AMIENS_WORKSHOPS[@]}"; do echo "${WS%/api}/rapporteur/?atelier=$id"; done
echo
MAIL_VIEW=http://localhost:${MAIL_VIEW_PORT:-8025}/api/user
if MAILBOXES=$(curl -fsS "$MAIL_VIEW" 2>/dev/null); then
    echo "# The participants' mails (confirmed, waitlisted, promoted, cancelled), as the local SMTP server received them"
    echo "$MAILBOXES" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)), "mailboxes")'
    echo "curl -s $MAIL_VIEW                        # every mailbox"
    echo "curl -s $MAIL_VIEW/<email>/messages/      # one person's mails"
else
    say "no local mail view at $MAIL_VIEW (the mails went to the SMTP server the services were given)"
fi
