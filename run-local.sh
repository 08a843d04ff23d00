#!/usr/bin/env bash
# Runs the whole system on this machine, without Docker: a real Apache Kafka broker (KRaft) and a MongoDB-wire
# server (mongo-java-server, H2 file), both from the Maven-resolved jars of local-infrastructure, then the four
# services as separate JVMs. Stays in the foreground; Ctrl-C or SIGTERM stops everything it started.
# Data lives under .local/ and survives a restart. See docs/running.md.
set -euo pipefail
cd "$(dirname "$0")"

readonly ROOT=$PWD
readonly VERSION=0.1.0-SNAPSHOT
readonly LOCAL=$ROOT/.local
readonly LOGS=$LOCAL/logs
# Ports can be changed through the environment, e.g. KAFKA_PORT=19092 ./run-local.sh
export KAFKA_PORT=${KAFKA_PORT:-9092} KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
export MONGO_PORT=${MONGO_PORT:-27017}
export REGISTRATION_PORT=${REGISTRATION_PORT:-8081} WORKSHOP_PORT=${WORKSHOP_PORT:-8082}
export SYNTHESIS_PORT=${SYNTHESIS_PORT:-8083} RESOURCE_PORT=${RESOURCE_PORT:-8084}
readonly SERVICES=(registration-service workshop-service synthesis-service resource-service)
declare -rA SERVICE_PORT=([registration-service]=$REGISTRATION_PORT [workshop-service]=$WORKSHOP_PORT
    [synthesis-service]=$SYNTHESIS_PORT [resource-service]=$RESOURCE_PORT)
export KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
# The local SMTP server (GreenMail) that receives the participants' mails, and its HTTP view of them.
export MAIL_PORT=${MAIL_PORT:-3025} MAIL_VIEW_PORT=${MAIL_VIEW_PORT:-8025}
readonly GREENMAIL_VERSION=2.1.3
readonly KEYCLOAK_VERSION=26.7.3 REALM=regional-days
readonly ISSUER=http://localhost:$KEYCLOAK_PORT/realms/$REALM
readonly STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-180}
readonly ZOMBIE_AFTER=${ZOMBIE_AFTER:-60} RESTARTS_PER_HOUR=${RESTARTS_PER_HOUR:-5}
export JWT_SECRET=${JWT_SECRET:-local-development-secret-change-me-0123456789}

reset=false
demo=false
idp=false
keycloak_java=""  # a JDK 21 or newer, for Keycloak (--idp)
infra_java=()     # java with the classpath of local-infrastructure: Kafka, mongo-java-server, Tokens
running=()        # services that reached UP
declare -A PID=() # process id by name: mongo, kafka, <service>
declare -A ANSWERED=() SILENT=() RESTARTED=() # per service: answered since its start, seconds unanswered, restarts

log() { printf '[run-local] %s\n' "$*"; }
die() {
    printf '[run-local] ERROR: %s\n' "$*" >&2
    exit 1
}

usage() {
    cat <<EOF
Usage: ./run-local.sh [--reset] [--demo] [--idp]

Builds what is missing, starts Kafka (localhost:$KAFKA_PORT), a MongoDB-wire server (localhost:$MONGO_PORT), an SMTP
server for the participants' mails (localhost:$MAIL_PORT, seen at localhost:$MAIL_VIEW_PORT) and the four services,
prints URLs and bearer tokens, and runs until Ctrl-C.

  --reset   delete the local data (.local/kafka, .local/mongo) first: start empty
  --demo    run scripts/demo.sh once everything is UP
  --idp     sign in through a real identity provider: Keycloak $KEYCLOAK_VERSION (from Maven Central, on a JDK 21 or
            newer) on localhost:$KEYCLOAK_PORT with identity/realm-regional-days.json; the services then accept its
            tokens only (no shared-secret tokens are printed or accepted)
  --help    show this help

A service that exits, or stops answering for ZOMBIE_AFTER seconds, is restarted (at most RESTARTS_PER_HOUR a service).

Environment: JWT_SECRET (default: the development secret), KEYCLOAK_JAVA_HOME (--idp: a JDK 21 or newer, found in
  /usr/lib/jvm when unset), STARTUP_TIMEOUT (seconds, default 180),
  ZOMBIE_AFTER (seconds, default 60), RESTARTS_PER_HOUR (default 5), ports:
  KAFKA_PORT=$KAFKA_PORT KAFKA_CONTROLLER_PORT=$KAFKA_CONTROLLER_PORT MONGO_PORT=$MONGO_PORT
  REGISTRATION_PORT=$REGISTRATION_PORT WORKSHOP_PORT=$WORKSHOP_PORT
  SYNTHESIS_PORT=$SYNTHESIS_PORT RESOURCE_PORT=$RESOURCE_PORT KEYCLOAK_PORT=$KEYCLOAK_PORT
  MAIL_PORT=$MAIL_PORT MAIL_VIEW_PORT=$MAIL_VIEW_PORT
Logs: .local/logs/<name>.log
EOF
}

parse_args() {
    local arg
    for arg in "$@"; do
        case $arg in
            --reset) reset=true ;;
            --demo) demo=true ;;
            --idp) idp=true ;;
            -h | --help) usage && exit 0 ;;
            *) usage >&2 && exit 2 ;;
        esac
    done
}

check_prerequisites() {
    local tool
    for tool in java mvn curl; do
        command -v "$tool" >/dev/null || die "'$tool' is not on the PATH: install it (Java 17, Maven 3.8+, curl)"
    done
    ((${#JWT_SECRET} >= 32)) || die "JWT_SECRET must be at least 32 bytes long"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check_ports() {
    local entry variable port
    for entry in KAFKA_PORT:Kafka "KAFKA_CONTROLLER_PORT:Kafka controller" MONGO_PORT:MongoDB \
        "MAIL_PORT:SMTP server" "MAIL_VIEW_PORT:SMTP server's view" REGISTRATION_PORT:registration-service WORKSHOP_PORT:workshop-service SYNTHESIS_PORT:synthesis-service \
        RESOURCE_PORT:resource-service $(if $idp; then echo KEYCLOAK_PORT:Keycloak; fi); do
        variable=${entry%%:*}
        port=${!variable}
        if port_in_use "$port"; then
            die "port $port is already in use (${entry#*:}): stop what uses it (another ./run-local.sh?" \
                "\`ss -ltnp 'sport = :$port'\` shows it) or choose another port, e.g." \
                "$variable=$((port + 10000)) ./run-local.sh"
        fi
    done
}

# True when <artifact> is missing or older than the module's sources, the platform's, or the poms.
stale() {
    local module=$1 artifact=$2
    [[ ! -f $artifact ]] || [[ -n $(find "$module/src/main" "$module/pom.xml" platform/src/main platform/pom.xml pom.xml -newer "$artifact" -print -quit \
        2>/dev/null) ]]
}

exec_jar() { echo "$1/target/$1-$VERSION-exec.jar"; }

build() {
    local infra_jar="local-infrastructure/target/local-infrastructure-$VERSION.jar" modules=() service
    if stale local-infrastructure "$infra_jar"; then modules+=(local-infrastructure); fi
    for service in "${SERVICES[@]}"; do
        if stale "$service" "$(exec_jar "$service")"; then modules+=("$service"); fi
    done
    if ((${#modules[@]})); then
        log "building ${modules[*]} with $(java -version 2>&1 | head -1) (log: .local/logs/build.log)"
        # --fail-at-end: a service that does not compile does not stop the others (they do not depend on each other).
        if ! mvn -B -q -DskipTests -Dspotless.check.skip=true --fail-at-end -am package \
            -pl "$(IFS=, && echo "${modules[*]}")" >"$LOGS/build.log" 2>&1; then
            log "WARNING: the build failed for some modules (the whole log: .local/logs/build.log):"
            grep -E '^\[ERROR\]' "$LOGS/build.log" | grep -v '^\[ERROR\] *$' | head -20 >&2
        fi
    fi
    [[ -f $infra_jar ]] || die "local-infrastructure does not build: see .local/logs/build.log"

    # .local/classpath.txt: local-infrastructure's jar and dependencies (also for minting tokens by hand).
    local classpath=$LOCAL/classpath.txt
    if [[ ! -s $classpath || local-infrastructure/pom.xml -nt $classpath || pom.xml -nt $classpath ]]; then
        log "resolving the Kafka and mongo-java-server jars"
        mvn -B -q -pl local-infrastructure dependency:build-classpath -Dmdep.includeScope=runtime \
            -Dmdep.outputFile="$classpath.deps" >>"$LOGS/build.log" 2>&1 ||
            die "Maven failed: see .local/logs/build.log"
        printf '%s:%s' "$ROOT/$infra_jar" "$(<"$classpath.deps")" >"$classpath"
        rm "$classpath.deps"
    fi
    # Both logback and slf4j-simple are on that classpath; name the provider so SLF4J neither warns nor guesses.
    infra_java=(java -Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider -Dorg.slf4j.simpleLogger.showDateTime=true
        "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS" -cp "$(<"$classpath")")
}

# spawn <name> <command...>: starts a child process, output to .local/logs/<name>.log.
spawn() {
    local name=$1
    shift
    "$@" >>"$LOGS/$name.log" 2>&1 &
    PID[$name]=$!
}

alive() { kill -0 "${PID[$1]}" 2>/dev/null; }

await_port() {
    local name=$1 port=$2 deadline=$((SECONDS + 60))
    until port_in_use "$port"; do
        alive "$name" || die "$name exited during startup: see .local/logs/$name.log"
        ((SECONDS < deadline)) || die "$name does not listen on port $port after 60 s: see .local/logs/$name.log"
        sleep 0.5
    done
}

start_mongo() {
    # 1 GB: mongo-java-server sorts a query's whole result in memory (a replay over 200,000 events ran 256 MB out).
    spawn mongo "${infra_java[@]}" -Xmx1g -XX:+UseSerialGC org.mediation.local.LocalMongoServer \
        "$LOCAL/mongo/data.mv" "$MONGO_PORT"
}

start_kafka() {
    local dir=$LOCAL/kafka
    mkdir -p "$dir/data"
    cat >"$dir/server.properties" <<EOF
# Written by run-local.sh at every start; the data is in $dir/data.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
# The event topics are the replay source: keep everything.
log.retention.ms=-1
EOF
    if [[ ! -f $dir/data/meta.properties ]]; then
        log "formatting the Kafka storage in .local/kafka/data (first start)"
        local cluster_id
        cluster_id=$("${infra_java[@]}" kafka.tools.StorageTool random-uuid 2>>"$LOGS/kafka.log")
        "${infra_java[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$dir/server.properties" \
            >>"$LOGS/kafka.log" 2>&1 || die "formatting the Kafka storage failed: see .local/logs/kafka.log"
    fi
    spawn kafka "${infra_java[@]}" -Xmx512m -XX:+UseSerialGC kafka.Kafka "$dir/server.properties"
}

# GreenMail's standalone server from Maven Central: SMTP on 127.0.0.1:$MAIL_PORT for the services (Spring Mail's
# SPRING_MAIL_HOST/PORT), every mail kept in memory and shown by its HTTP API on 127.0.0.1:$MAIL_VIEW_PORT.
start_mail_server() {
    local jar=$LOCAL/mail/greenmail-standalone-$GREENMAIL_VERSION.jar
    if [[ ! -f $jar ]]; then
        mvn -B -q -N dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" \
            -DoutputDirectory="$LOCAL/mail" >>"$LOGS/build.log" 2>&1 ||
            die "Maven could not resolve com.icegreen:greenmail-standalone:$GREENMAIL_VERSION: see .local/logs/build.log"
    fi
    spawn mail java -Xmx64m -XX:+UseSerialGC -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.smtp.hostname=127.0.0.1 \
        -Dgreenmail.smtp.port="$MAIL_PORT" -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 \
        -Dgreenmail.api.port="$MAIL_VIEW_PORT" -jar "$jar"
}

# A JDK 21 or newer for Keycloak (the services stay on 17): KEYCLOAK_JAVA_HOME, else the newest in /usr/lib/jvm.
find_keycloak_java() {
    local home major
    for home in ${KEYCLOAK_JAVA_HOME:-} $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
        home=${home%/}
        [[ -x $home/bin/java ]] || continue
        major=$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
            sed -n 's/^ *java.specification.version = //p')
        if ((${major:-0} >= 21)); then
            keycloak_java=$home
            return
        fi
    done
    die "--idp: Keycloak $KEYCLOAK_VERSION needs a JDK 21 or newer, and none was found (KEYCLOAK_JAVA_HOME, /usr/lib/jvm):" \
        "install one (e.g. 'apt-get install openjdk-21-jdk-headless', or Temurin 21/25) or set KEYCLOAK_JAVA_HOME"
}

# Keycloak's server distribution from Maven Central (org.keycloak:keycloak-quarkus-dist, a zip), unpacked once in
# .local/keycloak; its dev-file database lives there too and survives a restart.
resolve_keycloak() {
    local home=$LOCAL/keycloak/keycloak-$KEYCLOAK_VERSION
    if [[ ! -f $home/bin/kc.sh ]]; then
        log "resolving Keycloak $KEYCLOAK_VERSION through Maven (about 200 MB the first time)"
        mvn -B -q -N dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
            -DoutputDirectory="$LOCAL/keycloak" >>"$LOGS/build.log" 2>&1 ||
            die "Maven could not resolve org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION: see .local/logs/build.log"
        (cd "$LOCAL/keycloak" && jar xf "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip") ||
            die "unpacking Keycloak failed"
        rm "$LOCAL/keycloak/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
    fi
    mkdir -p "$home/data/import"
    cp identity/realm-regional-days.json "$home/data/import/"
}

# Dev mode (HTTP, the dev-file database), the realm imported at the first start only (later starts keep what was
# changed in the admin console). The issuer is pinned to localhost, whatever address a client uses.
start_keycloak() {
    local home=$LOCAL/keycloak/keycloak-$KEYCLOAK_VERSION
    # C1 only: about a third less CPU at start and 120 MB less memory (docs/running.md).
    spawn keycloak env JAVA_HOME="$keycloak_java" PATH="$keycloak_java/bin:$PATH" JAVA_OPTS_APPEND=-XX:TieredStopAtLevel=1 \
        KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin-local DASHBOARD_URL="http://localhost:$SYNTHESIS_PORT" WORKSHOP_URL="http://localhost:$WORKSHOP_PORT" REGISTRATION_URL="http://localhost:$REGISTRATION_PORT" \
        bash "$home/bin/kc.sh" start-dev --http-port="$KEYCLOAK_PORT" --hostname="http://localhost:$KEYCLOAK_PORT" \
        --import-realm
}

await_keycloak() {
    local deadline=$((SECONDS + STARTUP_TIMEOUT))
    log "waiting for Keycloak and its realm (at most $STARTUP_TIMEOUT s)"
    until curl -fsS --max-time 2 -o /dev/null "$ISSUER/.well-known/openid-configuration" 2>/dev/null; do
        alive keycloak || die "Keycloak exited during startup: see .local/logs/keycloak.log"
        ((SECONDS < deadline)) || die "Keycloak is not ready after $STARTUP_TIMEOUT s: see .local/logs/keycloak.log"
        sleep 2
    done
    log "Keycloak is ready: $ISSUER"
}

# The demo users (identity/demo-users.json, local only: never in the realm file production imports), added through
# Keycloak's partial import; users that exist are left as they are.
add_demo_users() {
    local admin token
    admin=$(curl -fsS "http://localhost:$KEYCLOAK_PORT/realms/master/protocol/openid-connect/token" \
        -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin-local) ||
        die "Keycloak's admin (admin / admin-local) cannot sign in: see .local/logs/keycloak.log"
    token=$(sed -E 's/.*"access_token":"([^"]+)".*/\1/' <<<"$admin")
    curl -fsS -o /dev/null -X POST "http://localhost:$KEYCLOAK_PORT/admin/realms/$REALM/partialImport" \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @identity/demo-users.json ||
        die "importing identity/demo-users.json into Keycloak failed"
}

# With --idp the services accept the provider's tokens only: with an issuer in charge no shared secret is trusted.
identity_settings() {
    if $idp; then
        printf '%s\n' "JWT_ISSUER_URI=$ISSUER" JWT_AUDIENCE=regional-days-api \
            DASHBOARD_OIDC_CLIENT_ID=regional-days-dashboard
    fi
}

# The services' JVM options, shared with the system tests and the benchmarks (ServiceProcess).
service_jvm_options() { grep -v -e '^#' -e '^[[:space:]]*$' local-infrastructure/src/main/resources/service-jvm.options; }

# launch <exec jar>: the java arguments that start it. The jar extracted into <module>/target/extracted (again when the
# jar is newer): a JVM starts faster from plain jars than from nested ones. The first start after a build writes a
# class-data archive when the service stops (Ctrl-C); the next starts load their classes from it (docs/running.md).
launch() {
    local jar=$1 directory extracted
    directory=$(dirname "$jar")/extracted
    extracted=$directory/$(basename "$jar")
    if [[ ! -f $extracted || $jar -nt $extracted ]]; then
        rm -f "$extracted.jsa"
        java -Djarmode=tools -jar "$jar" extract --force --destination "$directory" >>"$LOGS/build.log" 2>&1 ||
            die "extracting $jar failed: see .local/logs/build.log"
    fi
    if [[ -f $extracted.jsa ]]; then
        printf '%s\n' "-XX:SharedArchiveFile=$extracted.jsa"
    else
        printf '%s\n' "-XX:ArchiveClassesAtExit=$extracted.jsa"
    fi
    printf '%s\n' -jar "$extracted"
}

# start_service <service>: starts its executable jar (built by build()).
start_service() {
    local service=$1 options arguments launched identity
    mapfile -t options < <(service_jvm_options)
    mapfile -t identity < <(identity_settings)
    launched=$(launch "$(exec_jar "$service")") || exit 1
    mapfile -t arguments <<<"$launched"
    spawn "$service" env SPRING_PROFILES_ACTIVE=local SPRING_DATA_MONGODB_URI="mongodb://127.0.0.1:$MONGO_PORT/" \
        KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" PORT="${SERVICE_PORT[$service]}" "${identity[@]}" \
        SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$MAIL_PORT" \
        java "${options[@]}" "${arguments[@]}"
    ANSWERED[$service]=false
    SILENT[$service]=0
}

start_services() {
    local service jar
    for service in "${SERVICES[@]}"; do
        jar=$(exec_jar "$service")
        if [[ ! -f $jar ]]; then
            log "SKIPPED $service: no $jar (it does not build: see .local/logs/build.log)"
            continue
        fi
        start_service "$service"
    done
}

# Liveness: the process answers HTTP (a JVM whose web threads died answers nothing).
lively() { curl -fsS --max-time 5 -o /dev/null "http://127.0.0.1:$1/actuator/health/liveness" 2>/dev/null; }

healthy() {
    # Readiness: up, consumers owning their partitions, the outbox publishing.
    [[ $(curl -fsS --max-time 2 "http://127.0.0.1:$1/actuator/health/readiness" 2>/dev/null) == *'"status":"UP"'* ]]
}

await_services() {
    local pending=() service deadline=$((SECONDS + STARTUP_TIMEOUT))
    for service in "${SERVICES[@]}"; do
        if [[ -n ${PID[$service]:-} ]]; then pending+=("$service"); fi
    done
    log "waiting for ${pending[*]} to be ready (at most $STARTUP_TIMEOUT s)"
    while ((${#pending[@]})); do
        local still=()
        for service in "${pending[@]}"; do
            if healthy "${SERVICE_PORT[$service]}"; then
                log "$service is ready"
                running+=("$service")
            elif ! alive "$service"; then
                log "FAILED $service exited during startup: see .local/logs/$service.log"
            elif ((SECONDS >= deadline)); then
                log "FAILED $service is not UP after $STARTUP_TIMEOUT s (slow machine? raise STARTUP_TIMEOUT):" \
                    "see .local/logs/$service.log"
            else
                still+=("$service")
            fi
        done
        pending=("${still[@]}")
        if ((${#pending[@]})); then sleep 2; fi
    done
    ((${#running[@]})) || die "no service is UP"
}

# Prints <url> when it answers 2xx or 3xx.
if_present() {
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1" || true)
    if [[ $code == [23]* ]]; then printf '%s' "$1"; fi
}

print_summary() {
    local service port name token
    echo
    log "Kafka: localhost:$KAFKA_PORT   MongoDB: mongodb://localhost:$MONGO_PORT/   logs: .local/logs/"
    for service in "${SERVICES[@]}"; do
        port=${SERVICE_PORT[$service]}
        if [[ " ${running[*]} " == *" $service "* ]]; then
            printf '  %-22s http://localhost:%s\n      docs: %s  %s  %s\n' "$service" "$port" \
                "http://localhost:$port/swagger-ui.html" "http://localhost:$port/v3/api-docs" \
                "$(if_present "http://localhost:$port/springwolf/asyncapi-ui.html")"
        elif [[ -n ${PID[$service]:-} ]]; then
            printf '  %-22s NOT UP: see .local/logs/%s.log\n' "$service" "$service"
        else
            printf '  %-22s NOT BUILT: see .local/logs/build.log\n' "$service"
        fi
    done
    echo
    log "mails sent to participants (GreenMail, SMTP 127.0.0.1:$MAIL_PORT): the mailboxes at" \
        "http://localhost:$MAIL_VIEW_PORT/api/user, one person's mails at" \
        "http://localhost:$MAIL_VIEW_PORT/api/user/<email>/messages/"
    echo
    if $idp; then print_sign_in; else print_tokens; fi
}

print_tokens() {
    local name token tokens
    log "bearer tokens, 30 days, signed with JWT_SECRET" \
        "(more: java -cp \"\$(cat .local/classpath.txt)\" org.mediation.local.Tokens):"
    tokens=$("${infra_java[@]}" org.mediation.local.Tokens)
    while read -r name token; do
        printf '  %-32s %s\n' "$name" "$token"
    done <<<"$tokens"
    echo
    if [[ " ${running[*]} " == *" synthesis-service "* ]]; then
        # The token travels in the URL fragment: the browser never sends it to a server, and the page moves it to
        # the tab's sessionStorage and cleans the address bar at once (docs/dashboard.md).
        log "dashboard, signed in (open in a browser):"
        printf '  %-32s http://localhost:%s/dashboard/#token=%s\n' "national office" "$SYNTHESIS_PORT" \
            "$(awk '$1 == "NATIONAL_OFFICE" {print $2}' <<<"$tokens")"
        printf '  %-32s http://localhost:%s/dashboard/operations#token=%s\n' "operator" "$SYNTHESIS_PORT" \
            "$(awk '$1 == "OPERATOR" {print $2}' <<<"$tokens")"
        echo
    fi
    log "welcome desk and rapporteur's page (put a day's or a workshop's id in place of <…>):"
    printf '  %-32s http://localhost:%s/accueil/?journee=<day id>#token=%s\n' "welcome desk (FR-HDF)" \
        "$REGISTRATION_PORT" "$(awk '$1 == "REGIONAL_TEAM(FR-HDF)" {print $2}' <<<"$tokens")"
    printf '  %-32s http://localhost:%s/rapporteur/?atelier=<workshop id>#token=%s\n' "rapporteur (FR-HDF)" \
        "$WORKSHOP_PORT" "$(awk '$1 ~ /^RAPPORTEUR/ && /FR-HDF/ {print $2; exit}' <<<"$tokens")"
    echo
}

print_sign_in() {
    log "Keycloak: $ISSUER (admin console http://localhost:$KEYCLOAK_PORT/admin/, admin / admin-local)"
    log "demo users (local only; password = <user>-local): equipe-hdf equipe-occ rapporteur-hdf rapporteur-occ" \
        "bureau-national exploitant"
    log "dashboard: http://localhost:$SYNTHESIS_PORT/dashboard/ → « Se connecter » (e.g. bureau-national)"
    log "welcome desk: http://localhost:$REGISTRATION_PORT/accueil/?journee=<day id> (equipe-hdf); rapporteur's page:" \
        "http://localhost:$WORKSHOP_PORT/rapporteur/?atelier=<workshop id> (rapporteur-hdf, once assigned by their id)"
    log "a token for a demo user (5 minutes):"
    printf '  %s\n' "curl -s $ISSUER/protocol/openid-connect/token -d grant_type=password \\" \
        "  -d client_id=regional-days-scripts -d client_secret=regional-days-scripts-local-secret \\" \
        "  -d username=equipe-hdf -d password=equipe-hdf-local | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/'"
    echo
}

run_demo() {
    if [[ ! -f scripts/demo.sh ]]; then
        log "--demo: scripts/demo.sh does not exist yet, nothing to run"
        return
    fi
    log "running scripts/demo.sh"
    bash scripts/demo.sh || log "WARNING: scripts/demo.sh failed"
}

# Stays in the foreground; stops everything when Kafka or MongoDB dies. A service that exits (e.g. on an
# OutOfMemoryError: -XX:+ExitOnOutOfMemoryError) is started again, and so is one whose liveness endpoint has not
# answered for ZOMBIE_AFTER seconds since it last answered, or STARTUP_TIMEOUT seconds after a restart (killed first);
# at most RESTARTS_PER_HOUR times an hour each.
monitor() {
    local name
    log "running: Ctrl-C stops everything"
    while true; do
        sleep 5
        for name in mongo kafka $(if $idp; then echo keycloak; fi); do
            alive "$name" || die "$name stopped unexpectedly: see .local/logs/$name.log"
        done
        for name in "${running[@]}"; do
            watch_service "$name"
        done
    done
}

watch_service() {
    local name=$1 code=0
    if alive "$name"; then
        if lively "${SERVICE_PORT[$name]}"; then
            ANSWERED[$name]=true
            SILENT[$name]=0
            return
        fi
        SILENT[$name]=$((SILENT[$name] + 5))
        local patience=$STARTUP_TIMEOUT
        if ${ANSWERED[$name]}; then patience=$ZOMBIE_AFTER; fi
        ((SILENT[$name] >= patience)) || return 0
        log "WARNING: $name is alive but has not answered for ${SILENT[$name]} s: killing it"
        kill -KILL "${PID[$name]}" 2>/dev/null || true
    fi
    wait "${PID[$name]}" 2>/dev/null || code=$?
    restart "$name" "$code"
}

# restart <service> <exit code>: starts it again, unless it already restarted RESTARTS_PER_HOUR times within the hour.
restart() {
    local name=$1 code=$2 recent=() at
    for at in ${RESTARTED[$name]:-}; do
        if ((SECONDS - at < 3600)); then recent+=("$at"); fi
    done
    if ((${#recent[@]} >= RESTARTS_PER_HOUR)); then
        log "FAILED $name exited (code $code) after ${#recent[@]} restarts within the hour: not restarted;" \
            "see .local/logs/$name.log"
        local others=() service
        for service in "${running[@]}"; do
            if [[ $service != "$name" ]]; then others+=("$service"); fi
        done
        running=("${others[@]}")
        return
    fi
    RESTARTED[$name]="${recent[*]} $SECONDS"
    log "WARNING: $name exited (code $code): restarting it (see .local/logs/$name.log)"
    start_service "$name"
}

# stop <name...>: SIGTERM to all, then waits for each (SIGKILL after 60 s).
stop() {
    local name pid deadline=$((SECONDS + 60))
    for name in "$@"; do kill -TERM "${PID[$name]}" 2>/dev/null || true; done
    for name in "$@"; do
        pid=${PID[$name]}
        while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
        if kill -0 "$pid" 2>/dev/null; then
            log "$name did not stop within 60 s: killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
        wait "$pid" 2>/dev/null || true
    done
}

cleanup() {
    trap '' INT TERM HUP
    ((${#PID[@]})) || return 0
    local services=() service
    for service in "${SERVICES[@]}"; do
        if [[ -n ${PID[$service]:-} ]]; then services+=("$service"); fi
    done
    log "stopping the services, then Keycloak, the SMTP server, Kafka and MongoDB"
    if ((${#services[@]})); then stop "${services[@]}"; fi
    if [[ -n ${PID[keycloak]:-} ]]; then stop keycloak; fi
    if [[ -n ${PID[mail]:-} ]]; then stop mail; fi
    if [[ -n ${PID[kafka]:-} ]]; then stop kafka; fi
    if [[ -n ${PID[mongo]:-} ]]; then stop mongo; fi
    log "stopped"
}

main() {
    parse_args "$@"
    check_prerequisites
    check_ports
    mkdir -p "$LOGS"
    rm -f "$LOGS"/*.log
    if $reset; then
        log "--reset: deleting .local/kafka, .local/mongo and Keycloak's database"
        rm -rf "$LOCAL/kafka" "$LOCAL/mongo" "$LOCAL"/keycloak/keycloak-*/data
    fi
    build
    if $idp; then
        find_keycloak_java
        resolve_keycloak
    fi
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    trap 'exit 129' HUP
    log "starting MongoDB (mongo-java-server, data in .local/mongo), Kafka (KRaft, data in .local/kafka) and an SMTP" \
        "server (GreenMail, mails in memory)"
    start_mongo
    start_kafka
    start_mail_server
    await_port mongo "$MONGO_PORT"
    await_port kafka "$KAFKA_PORT"
    await_port mail "$MAIL_PORT"
    if $idp; then
        start_keycloak
        await_keycloak
        add_demo_users
    fi
    start_services
    await_services
    print_summary
    if $demo; then run_demo; fi
    monitor
}

main "$@"
