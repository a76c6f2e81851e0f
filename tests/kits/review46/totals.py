#!/usr/bin/env python3
"""totals.py BASE [TAG...]: the shared totals.py (../kit/totals.py) on this kit's pages."""
import os, runpy, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv.insert(1, HERE)
runpy.run_path(os.path.join(HERE, '..', 'kit', 'totals.py'), run_name='__main__')
