#!/usr/bin/env bash
# Checks that the documentation site has an API page for every public type: the types declared in each package's
# PublicAPI/net10.0 files (the framework docs/docfx.json generates the reference for), less those the Unshipped file
# removes, against the pages docfx wrote to docs/api. Run it after `dotnet docfx docs/docfx.json`.
set -euo pipefail
cd "$(dirname "$0")/.."

types=$(mktemp)
pages=$(mktemp)
trap 'rm -f "$types" "$pages"' EXIT

for project in src/*/PublicAPI/net10.0; do
  # A type is a line that is neither a member (a signature, a property's type, an enum value) nor a comment.
  declared=$(cat "$project"/PublicAPI.*.txt | grep -Ev '^#|\(|->| = |^\s*$' || true)
  removed=$(grep -E '^\*REMOVED\*' <<<"$declared" | sed 's/^\*REMOVED\*//' || true)
  grep -Ev '^\*REMOVED\*' <<<"$declared" | grep -vxF -f <(printf '%s\n' "$removed") || true
done | sed -E 's/<([A-Za-z0-9_]+)>$/-1/; s/<[A-Za-z0-9_]+, ?[A-Za-z0-9_]+>$/-2/' | sort -u >"$types"

find docs/api -maxdepth 1 -name '*.yml' ! -name toc.yml -printf '%f\n' | sed 's/\.yml$//' | sort -u >"$pages"

missing=$(comm -23 "$types" "$pages")
echo "API pages: $(comm -12 "$types" "$pages" | wc -l) of $(wc -l <"$types") public types"
if [ -n "$missing" ]; then
  echo "public types without an API page:" >&2
  echo "$missing" >&2
  exit 1
fi
