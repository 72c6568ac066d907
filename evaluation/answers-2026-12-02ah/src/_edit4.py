# one-off rewording pass: texts too close to catalogue wording (difflib >= ~0.8); kept for the record
import re, glob
R = {
'can yoga help fibro': 'would yoga do anything for my fibro',
'what should i ask the pharmacist about my fibro meds': 'anything i should be asking the pharmacist about my fibro tablets?',
'does sugar make fibro worse': 'does sugar feed the fibro pain',
'what is biofeedback and is it used for fibromyalgia': "what's biofeedback? is that a fibro treatment",
'does qi gong help fibromyalgia': 'could qi gong do anything for fibromyalgia',
'what are the side effects of ssris': 'what side effects do ssris tend to cause',
'does biofeedback help fibro': 'biofeedback, any use for fibro?',
'what is ketamine, is it used for fibro': 'ketamine - isnt that an anaesthetic? why is it used for fibro',
'processed food bad for fibro?': 'is processed stuff a problem with fibro?',
'should i still exercise in a flare': 'do i keep exercising when im in a flare',
'are leafy greens good for fibro': 'worth eating more greens for fibro?',
'is aqua aerobics good for fibromyalgia': 'aqua aerobics classes - any good for someone with fibromyalgia',
'what is ultram and would it help fibromyalgia': 'ultram - what kind of drug is it and would it help fibromyalgia',
'do probiotics help fibro': 'are probiotics worth taking for fibro',
'does cbt help fibro': 'could cbt help me with fibro',
'low dose naltrexone': 'i meant LDN, the low dose naltrexone',
'do magnesium supplements help': 'are magnesium pills worth it',
'how do i actually start pacing': 'how do i actually get going with pacing',
'is cycling good for fibro': 'would cycling be ok for my fibro',
'what is gabapentin, can it help fibro': 'gabapentin - what is it, and could it do anything for fibro',
'does fibro run in families': 'can fibro be passed down in families',
'does stress make fibro worse': 'is stress making my fibro worse',
'can medicine help fibro': 'are there any medicines that help with fibro',
'what is cyclobenzaprine': "what's cyclobenzaprine when it's at home",
'ketamine for fibro pain': 'ketamine for fibro pain, is that a real thing',
'how do i plan for flares': 'how do i get ahead of flares',
}
files = glob.glob('*.txt')
for a, b in R.items():
    hits = 0
    for p in files:
        s = open(p, encoding='utf-8').read()
        pat = re.compile(r'^(\*?[a-z0-9_]+(?: \+[a-z0-9_,]+)? :: )' + re.escape(a) + r'$', re.M)
        s, n = pat.subn(lambda m: m.group(1) + b, s)
        if n:
            hits += n
            open(p, 'w', encoding='utf-8').write(s)
    assert hits == 1, (a, hits)
print('ok')
