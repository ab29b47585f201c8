#!/usr/bin/env bash
# The optional compiled build: gaiko with its extractor's hot modules compiled by mypyc (setup.py, COMPILED),
# installed non-editable into .venv-fast, a virtual environment made from scratch with the packages of .venv
# (same versions; GAIKO_VENV names another). The sources are never touched: the wheel is built from a copy of the tree in a temporary
# folder, so no compiled module can shadow an edited .py. Takes ~3-4 CPU minutes (mypyc and gcc).
#
#   bash scripts/build_fast.sh            # then: .venv-fast/bin/python bench/bench_extract.py --real
#   .venv-fast/bin/python -m gaiko ...    # the same CLI, the same records (tests/test_compiled_build.py)
#   GAIKO_VENV=../main/.venv bash scripts/build_fast.sh   # take the packages from another virtual environment
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
venv=${GAIKO_VENV:-.venv}
[ -x "$venv/bin/python" ] || { echo "build_fast.sh: no $venv (run scripts/test.sh or make it first)" >&2; exit 2; }
command -v gcc >/dev/null || { echo "build_fast.sh: gcc is needed to compile" >&2; exit 2; }

tmp=$(mktemp -d /tmp/gaiko-fast.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
t0=$SECONDS

# the same interpreter as .venv (the wheel is for one Python version), the same packages
base=$("$venv/bin/python" -c 'import sys; print(sys._base_executable)')
rm -rf .venv-fast
"$base" -m venv .venv-fast
"$venv/bin/python" -m pip freeze --disable-pip-version-check --exclude-editable | grep -v -E '^(gaiko|-e )' > "$tmp/requirements.txt"
.venv-fast/bin/python -m pip install -q --disable-pip-version-check -r "$tmp/requirements.txt" 'setuptools>=68' wheel \
  2> >(grep -v '^WARNING: Location' >&2)  # (a pip.conf naming index folders that are absent: noise)
echo "build_fast.sh: .venv-fast has the packages of $venv ($((SECONDS - t0)) s)"

# the tree as it is (uncommitted changes included, ignored files left out) copied, built there
mkdir "$tmp/src"
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
  [ -e "$f" ] && { mkdir -p "$tmp/src/$(dirname "$f")"; cp -p "$f" "$tmp/src/$f"; }
done
(cd "$tmp/src" && GAIKO_COMPILE=1 "$root/.venv-fast/bin/python" -m pip wheel -q --disable-pip-version-check \
  --no-deps --no-build-isolation -w "$tmp/dist" . >"$tmp/build.log" 2>&1) \
  || { tail -20 "$tmp/build.log" >&2; echo "build_fast.sh: the compiled build failed" >&2; exit 1; }
.venv-fast/bin/python -m pip install -q --disable-pip-version-check --no-deps "$tmp"/dist/gaiko-*.whl
# what it was built from (tests/test_compiled_build.py skips a build of other sources than the tree's)
LC_ALL=C find gaiko setup.py -name '*.py' -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -d' ' -f1 \
  > .venv-fast/gaiko-sources.sha256
n=$(cd "$tmp" && "$root/.venv-fast/bin/python" -c 'import gaiko.pipeline, sys; print(sum(1 for n, m in sys.modules.items() if n.startswith("gaiko") and (getattr(m, "__file__", None) or "").endswith(".so")))')
echo "build_fast.sh: .venv-fast has gaiko with $n modules compiled by mypyc ($((SECONDS - t0)) s in all)"
