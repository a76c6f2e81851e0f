#!/bin/bash
# brief.sh BASE TAG...: per TAG the two sides and the pages that moved.
cd "$(dirname "$0")" && python3 totals.py "$@" | awk '/^==/||/^scam:/||/^honest:/{print} /^moved/{m=1} /^scams not warned/{m=0} m{print}'
