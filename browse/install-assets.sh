#!/usr/bin/env bash
# Install the explorer's front-end libraries from the npm registry (locked by
# package-lock.json) and copy their browser builds into api/static/vendor/.
# Both browse/node_modules/ and api/static/vendor/ are gitignored: nothing
# third-party is committed. Idempotent; quiet unless something fails.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
vendor="$here/../api/static/vendor"

command -v npm >/dev/null 2>&1 || { echo "install-assets: npm is needed (Node.js >= 18)" >&2; exit 1; }

cd "$here"
# --ignore-scripts: no package's install script runs (swagger-ui-dist pulls in @scarf/scarf,
# an install-time analytics ping).
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null

mkdir -p "$vendor"
# file in node_modules -> name under api/static/vendor/
cp node_modules/cytoscape/dist/cytoscape.min.js "$vendor/cytoscape.min.js"
cp node_modules/cytoscape/LICENSE "$vendor/cytoscape.LICENSE"
echo "install-assets: $(node -p "require('./node_modules/cytoscape/package.json').version") -> api/static/vendor/cytoscape.min.js"
# Swagger UI for the API docs at /docs (served from here, so they work offline).
mkdir -p "$vendor/swagger-ui"
for f in swagger-ui-bundle.js swagger-ui.css favicon-32x32.png LICENSE NOTICE; do
  cp "node_modules/swagger-ui-dist/$f" "$vendor/swagger-ui/$f"
done
echo "install-assets: swagger-ui-dist $(node -p "require('./node_modules/swagger-ui-dist/package.json').version") -> api/static/vendor/swagger-ui/"
