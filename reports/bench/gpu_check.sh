#!/usr/bin/env bash
# The prepared GPU check (nbs/09g_gpu_check.ipynb): at most ~9 minutes on one H100/H200; writes reports/bench/<gpu>.md and .csv
# Options: --dry-run (CPU rehearsal at tiny sizes), --out DIR, --work DIR (logs), --only smoke,xl-train,... (rerun some parts)
cd "$(dirname "$0")/../.." || exit 2
exec python -m deco.tools.gpu_check "$@"
