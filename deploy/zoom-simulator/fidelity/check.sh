#!/usr/bin/env bash
# Type-checks the JSON bodies written by FidelitySamplesTest (target/fidelity/*.json) against
# @zoom/rivet types with tsc --noEmit. Run `./mvnw verify` first; it writes the samples.
# Fails when a sample is missing, when a body does not match its type, or when the check
# itself cannot detect a renamed field.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
samples="$here/../target/fidelity"
work="$here/generated"

if [[ ! -d "$here/node_modules" ]]; then
  npm ci --prefix "$here" --no-audit --no-fund
fi
if [[ ! -d "$samples" ]]; then
  echo "No samples in $samples: run './mvnw verify' for deploy/zoom-simulator first." >&2
  exit 1
fi

rm -rf "$work"
mkdir -p "$work/check" "$work/mutated"
node "$here/generate-ts.mjs" "$here/types.json" "$samples" "$work/check" "$work/mutated"

tsc="$here/node_modules/.bin/tsc"

"$tsc" -p "$here/tsconfig.json"
echo "Fidelity check passed: $(ls "$work"/check/*.ts | wc -l) bodies match @zoom/rivet types."

# The check must reject a body with a renamed field; otherwise it proves nothing.
if "$tsc" -p "$here/tsconfig.self-test.json" > "$work/self-test.log" 2>&1; then
  echo "Fidelity self-test failed: a body with a renamed field passed the type check." >&2
  exit 1
fi
echo "Fidelity self-test passed: a renamed field is rejected."
