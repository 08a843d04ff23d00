#!/usr/bin/env bash
# Pins every image of .env (the *_IMAGE variables) by digest: image:tag → image:tag@sha256:…, as the registry answers
# now (docker buildx imagetools). Run it on a machine with Docker after choosing the versions; commit nothing, the
# pins live in .env.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f .env ]] || cp .env.example .env
while IFS='=' read -r name image; do
    [[ $name == *_IMAGE && -n $image ]] || continue
    tag=${image%@*}
    digest=$(docker buildx imagetools inspect "$tag" --format '{{json .Manifest.Digest}}' | tr -d '"')
    sed -i "s|^$name=.*|$name=$tag@$digest|" .env
    echo "$name=$tag@$digest"
done < <(grep -E '^[A-Z_]+_IMAGE=' .env)
