#!/usr/bin/env bash
# Builds the solution (warnings are errors) and runs every test project.
# The HTML report tests drive Debian's chromium: installed here when missing and we may.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing chromium for the report tests..." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
dotnet build Parallax.slnx -c Release -nologo -v quiet
dotnet test --solution Parallax.slnx -c Release --no-build
