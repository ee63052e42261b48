#!/usr/bin/env bash
# Runs every test layer, keeps going after a failure, and ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
steps=(lint test-native test-browser dist test-e2e test-engines check-size)
passed=0; failed=0; failures=()
for step in "${steps[@]}"; do
  printf '\n\033[1m==> make %s\033[0m\n' "$step"
  start=$SECONDS
  if make --no-print-directory "$step"; then
    passed=$((passed + 1)); printf '\033[32m==> %s passed (%ss)\033[0m\n' "$step" $((SECONDS - start))
  else
    failed=$((failed + 1)); failures+=("$step"); printf '\033[31m==> %s FAILED (%ss)\033[0m\n' "$step" $((SECONDS - start))
  fi
done
echo
[ "$failed" -eq 0 ] || echo "Failed steps: ${failures[*]}"
echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
