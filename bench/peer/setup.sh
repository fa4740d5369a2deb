#!/usr/bin/env bash
# Installs the read bench's peer, PostGraphile v5 with the amber preset and the connection
# filter plugin, into a scratch folder outside the project's dependencies, and copies its
# server there. Usage: bench/peer/setup.sh [DIR]   (default: .bench-peer in the project)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="${1:-$here/../../.bench-peer}"
mkdir -p "$dir"
cd "$dir"
if [ ! -f package.json ]; then
  printf '{\n  "name": "gongzhi-bench-peer",\n  "private": true,\n  "type": "module"\n}\n' > package.json
fi
npm install --no-audit --no-fund --loglevel=error postgraphile@^5 postgraphile-plugin-connection-filter@^4 pg@^8 graphql@^16
cp "$here/postgraphile-server.mjs" server.mjs
cp "$here/promise-with-resolvers.cjs" promise-with-resolvers.cjs
echo "PostGraphile $(node -p 'require("./node_modules/postgraphile/package.json").version') installed in $(pwd)"
