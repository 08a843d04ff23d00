#!/bin/bash
# One-shot (mongo-init in docker-compose.yml), run at every start and idempotent: the replica set (once), then a user
# per service, each allowed its own database only, with the passwords from the environment.
set -euo pipefail
mongo() { mongosh --quiet --host mongo:27017 -u root -p "$MONGO_ROOT_PASSWORD" --authenticationDatabase admin "$@"; }
until mongo --eval 'db.runCommand({ ping: 1 })' >/dev/null 2>&1; do sleep 1; done
mongo --eval "try { rs.status() } catch (e) { rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] }) }"
until mongo --eval 'quit(db.hello().isWritablePrimary ? 0 : 1)' >/dev/null 2>&1; do sleep 1; done
for service in registration workshop synthesis resource; do
    variable="MONGO_PASSWORD_${service^^}"
    mongo --eval "
      const admin = db.getSiblingDB('admin');
      const user = { roles: [{ role: 'readWrite', db: '$service' }, { role: 'dbAdmin', db: '$service' }] };
      if (admin.getUser('$service-service')) {
        admin.updateUser('$service-service', { pwd: '${!variable}', ...user });
      } else {
        admin.createUser({ user: '$service-service', pwd: '${!variable}', ...user });
      }"
done
echo "mongo-init: replica set and users in place"
