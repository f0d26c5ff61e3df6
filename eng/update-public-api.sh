#!/usr/bin/env bash
# Records the current public API of each packable project in PublicAPI/<target framework>/PublicAPI.Unshipped.txt
# after an intended API change. Review the diff of those files before committing: it is the API change.
# (One file set per target framework: records differ in compiler-generated members between netstandard2.0
# and .NET, e.g. covariant Clone returns.)
set -euo pipefail
cd "$(dirname "$0")/.."

for project in src/*/*.csproj; do
  dir=$(dirname "$project")
  [ -d "$dir/PublicAPI" ] || continue
  log=$(mktemp)
  # Warnings are not errors here so that every missing symbol of every target framework is listed at once.
  dotnet build "$project" --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
  project_path=$(cd "$dir" && pwd)/$(basename "$project")
  for tfm_dir in "$dir"/PublicAPI/*/; do
    tfm=$(basename "$tfm_dir")
    unshipped="${tfm_dir%/}/PublicAPI.Unshipped.txt"
    added=$(grep -F "[$project_path::TargetFramework=$tfm]" "$log" | grep -oE "RS0016: Symbol '.*' is not part of the declared public API" \
      | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u || true)
    removed=$(grep -F "[$project_path::TargetFramework=$tfm]" "$log" | grep -oE "RS0017: Symbol '.*' is part of the declared API, but is either not public or could not be found" \
      | sed -E "s/^RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found$/\1/" | sort -u || true)
    {
      echo "#nullable enable"
      { grep -v '^#nullable enable$' "$unshipped" || true; printf '%s\n' "$added"; } \
        | { if [ -n "$removed" ]; then grep -vxF -f <(printf '%s\n' "$removed"); else cat; fi; } \
        | sed '/^$/d' | LC_ALL=C sort -u
    } >"$unshipped.new"
    mv "$unshipped.new" "$unshipped"
    echo "$unshipped: $(printf '%s' "$added" | grep -c . || true) added, $(printf '%s' "$removed" | grep -c . || true) removed"
  done
  rm -f "$log"
done
