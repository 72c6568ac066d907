# one-off trimming pass (turn budget); kept for the record
import re
blocks = [('f1_meds.txt', 'are benzos good for fibro sleep'), ('f1_meds.txt', 'are opioids an option for fibro pain'),
          ('f3_other.txt', 'how does fibro affect pregnancy'), ('f1_meds.txt', 'anyone know about low dose naltrexone for fibro'),
          ('f2_diet_ex.txt', 'does coq10 help with fibro tiredness')]
for p, t in blocks:
    s = open(p, encoding='utf-8').read()
    pat = re.compile(r'^@followup[^\n]*\n\*?[a-z0-9_]+(?: \+[a-z0-9_,]+)? :: ' + re.escape(t) + r'\n(?:[^\n]+\n)*\n?', re.M)
    s, n = pat.subn('', s); assert n == 1, (p, t, n)
    open(p, 'w', encoding='utf-8').write(s)
p = 's3_meds.txt'
s = open(p, encoding='utf-8').read()
a = 'therapies_pregnancy :: can i take lyrica while pregnant'
assert s.count(a) == 1
s = s.replace(a, 'therapies_pregnancy :: just found out im pregnant, is lyrica safe to keep taking')
open(p, 'w', encoding='utf-8').write(s)
print('ok')
