#!/usr/bin/env bash
# Builds .whl/ (git-ignored): the wheels the GPU check needs on the lent machine beyond its image's own packages, for
# python 3.12 manylinux x86_64, and deco's own wheel. The image (KINDS.md of the device tool) has torch (2.11 when last
# seen), numpy, pillow, pyyaml, tqdm, safetensors, scikit-image, pandas, torchvision; of deco's requirements it lacks
# jsonargparse[signatures]. Never torch: the check runs on the image's own. Carry .whl with the command;
# reports/bench/gpu_check.sh installs it with --no-index --no-deps into /tmp/deco-site.
# Usage: bash reports/bench/gpu_wheelhouse.sh   (needs pip access to PyPI here; prints the list and the total size)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PYTHON:-python3}
# pinned to what deco is tested with here; no two versions of one name (that would stop the whole install)
WHEELS=(jsonargparse==4.53.0 docstring_parser==0.18.0 typeshed_client==2.15.0)
rm -rf .whl && mkdir -p .whl
"$PY" -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 --platform manylinux_2_17_x86_64 \
  --platform manylinux2014_x86_64 --platform manylinux1_x86_64 -d .whl "${WHEELS[@]}"
"$PY" -m pip wheel -q --no-deps --no-build-isolation -w .whl .   # deco itself (its requirements are not installed)
# every requirement of a carried wheel (extras aside) must be in the image or carried too
for w in .whl/*.whl; do
  echo "$(basename "$w"): $(unzip -p "$w" '*.dist-info/METADATA' | grep '^Requires-Dist' | grep -v 'extra ==' \
    | sed 's/Requires-Dist: //' | paste -sd ';' -)"
done
du -ch .whl/*.whl | tail -1
