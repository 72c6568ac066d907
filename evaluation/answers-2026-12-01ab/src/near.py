import sys, difflib, re
sys.path.insert(0,'/tmp/set-ab/src')
from cat import load_catalogue
cat = load_catalogue()
print(len(cat))
def norm(s): return re.sub(r'\s+',' ',s.lower()).strip()
refs=[]
for k,v in cat.items(): refs += [(k,'t',norm(v['title'])),(k,'q',norm(v['question']))]
thr=float(sys.argv[2]) if len(sys.argv)>2 else 0.75
for line in open(sys.argv[1]):
    if ' :: ' not in line: continue
    t=line.split(' :: ',1)[1].strip()
    best=max(((difflib.SequenceMatcher(None,norm(t),r).ratio(),k,w) for k,w,r in refs))
    if best[0]>=thr: print(f"{best[0]:.2f} {best[1]} | {t}")
