#!/usr/bin/env python3
"""run.py BINARY TAG [--strict]: the shared run.py (../kit/run.py) on this kit's pages."""
import os, runpy, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv.insert(1, HERE)
runpy.run_path(os.path.join(HERE, '..', 'kit', 'run.py'), run_name='__main__')
