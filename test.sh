#!/usr/bin/env bash
# Builds the solution (warnings are errors) and runs every test project.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build Parallax.slnx -c Release -nologo -v quiet
dotnet test --solution Parallax.slnx -c Release --no-build
