#!/usr/bin/env bash
# The prepared GPU check (nbs/09g_gpu_check.ipynb): at most 9 minutes on one H100/H200; writes reports/bench/<gpu>.md and .csv
# Options: --dry-run (CPU rehearsal at tiny sizes), --out DIR, --work DIR (logs), --only smoke,xl-train,... (rerun some
# parts), --logs (pack the logs into DIR too). On a bare CUDA machine (its image's python3 and torch, no jsonargparse):
# build .whl here first (bash reports/bench/gpu_wheelhouse.sh), carry it, and run e.g.
#   bash reports/bench/gpu_check.sh --out "$OUT" --logs
# The wheels go to /tmp/deco-site (--no-index --no-deps: the image's torch and numpy are never touched).
cd "$(dirname "$0")/../.." || exit 2
PY=${PYTHON:-python3}
command -v "$PY" >/dev/null || { echo "gpu_check.sh: no $PY on PATH (set PYTHON=...)" >&2; exit 2; }
if ! "$PY" -c "import jsonargparse, docstring_parser, typeshed_client" 2>/dev/null; then
  if ! compgen -G ".whl/*.whl" >/dev/null; then
    echo "gpu_check.sh: jsonargparse[signatures] is missing and there is no .whl/ here:" \
      "build it with bash reports/bench/gpu_wheelhouse.sh and carry .whl" >&2
    exit 2
  fi
  SITE=${DECO_SITE:-/tmp/deco-site}
  "$PY" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target "$SITE" .whl/*.whl \
    || { echo "gpu_check.sh: installing .whl/ into $SITE failed" >&2; exit 2; }
  export PYTHONPATH="$SITE${PYTHONPATH:+:$PYTHONPATH}"
fi
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"  # deco from this checkout, ahead of the wheel's copy
exec "$PY" -m deco.tools.gpu_check "$@"
