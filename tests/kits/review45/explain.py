#!/usr/bin/env python3
"""explain.py BINARY PAGE_ID...: the shared explain.py (../kit/explain.py) on this kit's pages."""
import os, runpy, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv.insert(1, HERE)
runpy.run_path(os.path.join(HERE, '..', 'kit', 'explain.py'), run_name='__main__')
