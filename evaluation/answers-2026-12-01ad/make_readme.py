#!/usr/bin/env python3
"""Write README.md with the sha256 of set.yml and the output of check.py."""
import hashlib, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sha = hashlib.sha256(open(os.path.join(HERE, 'set.yml'), 'rb').read()).hexdigest()
out = subprocess.run([sys.executable, os.path.join(HERE, 'check.py')], capture_output=True, text=True).stdout
tmpl = open(os.path.join(HERE, 'README.template.md'), encoding='utf-8').read()
open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write(
    tmpl.replace('@@SHA@@', sha).replace('@@CHECK@@', out.rstrip()))
print(sha)
