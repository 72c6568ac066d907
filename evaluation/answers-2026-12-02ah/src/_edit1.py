# one-off editing pass (balance, duplicates, near-copies); kept for the record
import re, glob
def load(p): return open(p, encoding='utf-8').read()
def save(p, s): open(p, 'w', encoding='utf-8').write(s)

del_lines = {
's1_basics.txt': """my rheumy said the word fibromyalgia and i just nodded like i knew what it meant. what actually is it
some days i wonder if im imagining the whole thing. is fibro legit or is it in my head
how many people actually have fibro? feels like no one's heard of it
too many options and too little energy. whats the first thing i should actually do about the fibro
what symptoms does fibro give you apart from the pain
why do i hurt way more when its cold and wet out
is fibro passed down in the genes
mine kicked off after glandular fever. can a virus start fibromyalgia
what tests did you guys have before getting the fibro diagnosis
which kind of specialist handles fibromyalgia in South Africa? do I go through my GP first
how do you lot get through foggy days, my memory is shot
why is fibro tiredness so different from normal tired
is it normal to feel really down since the fibro diagnosis
is there a link between stress and my fibro symptoms
work is mental at the moment and so is my pain, does stress make fibro worse
what helps you when a flare hits out of nowhere
how can i plan ahead so flares dont wreck everything
did way too much gardening yesterday and now im paying for it big time. what now
how long do fibro flares usually last
how do I know if a new symptom is fibro or something I should get checked out?
should i be tracking my symptoms for the doctor
do I legally have to tell my boss I have fibro
how do i get my husband to understand what fibro is like
is fibro enough to get ssdi
can you get a disability grant from sassa for fibro
we want to try for a baby. how will my fibro affect pregnancy
how do I survive a long haul flight with fibromyalgia""",
's2_diet.txt': """does being overweight make fibro worse
can i still have a drink with fibro
should i go gluten free for fibro
do magnesium tablets help fibro
does vitamin d help fibro
does turmeric help fibro pain
does cbd oil help fibro
can i take herbal stuff from the health shop alongside my prescriptions""",
's3_meds.txt': """what does NICE say about fibro medication
how long till cymbalta kicks in
cymbalta side effects?
can i stop cymbalta cold turkey
lyrica weight gain?
pregabalin making me dizzy and wobbly, side effect?
amitriptyline side effects
gabapentin side effects?
is tramadol good for fibro
do opioids work for fibromyalgia
do SSRIs help fibro
what should i do if my medicine gives me side effects
why has my medicine stopped working
is generic duloxetine as good as cymbalta
how can i get help paying for my fibro meds
savella is so expensive without insurance, any way to get it cheaper""",
's4_rest.txt': """lying awake for hours again. what can i do when i cant drop off
why do i wake up feeling like i havent slept at all
do naps mess up your night sleep if you have fibromyalgia
what is boom and bust
why do i feel worse the day after exercise
does cbt help fibro
does mindfulness help fibro
how do i get cbt for fibro
what is a pain management programme
does heat help fibro pain
can a chiropractor help fibro
does a tens machine help fibro""",
'n1_noentry.txt': """which celebrities have fibromyalgia
can you get a service dog for fibro
kinesio tape for fibro pain, does it do anything
floatation tank therapy for fibro?
memantine for fibromyalgia, is that a thing?
whats the right way to stop cyclobenzaprine after 6 months
can i take tramadol while breastfeeding""",
'n2_oos.txt': """convert 5 km to miles
whats the capital of new zealand
how do i cancel my gym membership
best electric toothbrush for sensitive gums
train times dublin to galway on sunday
what are mortgage rates like in canada right now
how do i find a good divorce lawyer""",
}
# follow-up blocks removed, identified by the text of their first turn
del_blocks = {
'f1_meds.txt': """is generic pregabalin really the same as lyrica
my new med makes me feel awful, what should i do
what are tramadols risks
amitriptyline side effects
generic cymbalta vs brand?
does fluoxetine help fibro
lyrica costs me a fortune, any help
how do european experts rate amitriptyline for fibro
does nice recommend pregabalin for fibro
what are the risks of cannabis gummies
why does my lyrica not work like it used to
is there a generic savella
side effects from my meds are getting me down
side effects of ketamine infusions
is ketamine safe
can i take st johns wort with my meds
breastfeeding on lyrica ok?
what should i ask my chemist about a new fibro med
tell me about amitriptyline
gabapentin making me foggy""",
'f2_diet_ex.txt': """probiotics for fibro
does caffeine matter with fibro
my coeliac test was negative, still worth going gf?
should i cut out msg""",
'f3_other.txt': """why am i so tired
sleep tips for fibro
chest pain with fibro normal?
who gets fibro
does hypnotherapy help
is a chiro safe
naps yes or no
who diagnoses fibro
what is fibro fog
mum has fibro and is always exhausted, what can she do
rain all week and im in bits""",
}
for p, block in del_lines.items():
    s = load(p)
    for t in block.split('\n'):
        pat = re.compile(r'^\*?[a-z0-9_]+(?: \+[a-z0-9_,]+)? :: ' + re.escape(t) + r'\n', re.M)
        s, n = pat.subn('', s)
        assert n == 1, (p, t, n)
    save(p, s)
for p, block in del_blocks.items():
    s = load(p)
    for t in block.split('\n'):
        pat = re.compile(r'^@followup[^\n]*\n\*?[a-z0-9_]+(?: \+[a-z0-9_,]+)? :: ' + re.escape(t) + r'\n(?:[^\n]+\n)*\n?', re.M)
        s, n = pat.subn('', s)
        assert n == 1, (p, t, n)
    save(p, s)
print('ok')
