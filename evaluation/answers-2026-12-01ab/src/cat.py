import re
def load_catalogue(path='/tmp/set-ab/CATALOGUE.md'):
    cat = {}
    for line in open(path, encoding='utf-8'):
        m = re.match(r"- `([a-z0-9_]+)`: \*\*(.+?)\*\* — (.+?) \(subjects: (.*?); aspect: (.*?)\)\s*$", line)
        if m:
            cat[m.group(1)] = dict(title=m.group(2), question=m.group(3), subjects=m.group(4), aspect=m.group(5))
    return cat
