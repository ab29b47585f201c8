"""The optional compiled build of the extractor (scripts/build_fast.sh); everything else is in pyproject.toml.

Without ``GAIKO_COMPILE=1`` (``pip install -e .``, the default) this adds nothing: gaiko stays pure Python.
With it, the extractor's hot modules below are compiled by mypyc (it ships with mypy) into C extensions
inside the wheel; the rest of gaiko stays Python. Build the wheel from a copy of the tree, never in place:
an extension module beside its .py wins the import, and an edited .py would silently not run
(scripts/build_fast.sh copies the tree to a temporary folder).
"""

import os

from setuptools import setup

# the stages of gaiko/extract and what they call on every page (bench/bench_extract.py --real: ~15 % less CPU).
# (In this order: mypy infers the types of the modules' import cycle in it; another order can leave a constant
# of one module "Cannot determine type" in another.)
COMPILED = [
    "gaiko/extract/meetings.py",
    "gaiko/extract/people.py",
    "gaiko/extract/plans.py",
    "gaiko/extract/outcomes.py",
    "gaiko/extract/dates.py",
    "gaiko/extract/document.py",
    "gaiko/extract/matching.py",
    "gaiko/text.py",
    "gaiko/extract/places.py",
    "gaiko/extract/drafts.py",
    "gaiko/extract/run.py",
    "gaiko/extract/chronology.py",
    "gaiko/topics.py",
]

if os.environ.get("GAIKO_COMPILE") == "1":
    from mypyc.build import mypycify

    setup(ext_modules=mypycify(COMPILED, opt_level=os.environ.get("MYPYC_OPT_LEVEL", "3")))
else:
    setup()
