#!/bin/bash
# One-shot (kafka-init in docker-compose.yml), run at every start and idempotent: the services' SCRAM credentials
# from the environment, then the topics with the embedded broker's settings (3 partitions; event topics kept for ever,
# they are the replay source; national-aggregates compacted). Signs in as the broker's administrator (PLAIN).
set -euo pipefail
BIN=/opt/kafka/bin
CONFIG=/tmp/admin.properties
cat >"$CONFIG" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
PROPERTIES
for service in registration workshop synthesis resource; do
    variable="KAFKA_PASSWORD_${service^^}"
    "$BIN/kafka-configs.sh" --bootstrap-server kafka:9092 --command-config "$CONFIG" --alter \
        --add-config "SCRAM-SHA-512=[password=${!variable}]" --entity-type users --entity-name "$service-service"
done
topic() { # topic <name> <config…>
    local name=$1
    shift
    "$BIN/kafka-topics.sh" --bootstrap-server kafka:9092 --command-config "$CONFIG" --create --if-not-exists \
        --topic "$name" --partitions 3 --replication-factor 1 "$@"
}
for events in registration-events workshop-events resource-events national-restitutions operations-audit; do
    topic "$events" --config retention.ms=-1
done
topic national-aggregates --config cleanup.policy=compact
echo "kafka-init: credentials and topics in place"
