"""The words the safety rules share: medicines and supplements (by name, with
brands and misspellings, and generic medicine words), alcohol, third persons,
and the words that make a mention of suicide a question about information.
"""

from __future__ import annotations

import re

# Medicines and supplements by name, with brands and common misspellings.
_NAMED_MEDS = r"""
lyrica|lyrca|lyrcia|lyricia|lirica|lyricas|pregabalin\w*|pregablin|pregabilin|pregablin|pregabaline|pregab
|neurontin|gabapentin\w*|gabapentine|gabapenten|gabapentn|gaba
|cymbalta|cymbalt|cymbolta|cymbalata|simbalta|symbalta|cymbata|duloxetine|duloxetin|duloxatine|duloxitine|duloxetene
|savella|savela|milnacipran\w*|milnaciprin|milnacipram
|ketamine|ketamin|esketamine|spravato
|amitriptyline|amitryptiline|amitriptylin|amitryptyline|amitriptyline|amytriptyline|elavil|nortriptyline|pamelor
|cyclobenzaprine|flexeril|tizanidine|zanaflex|baclofen|methocarbamol|robaxin|carisoprodol|soma
|tramadol|tramadole|ultram|tapentadol|codeine|cocodamol|co codamol|co dydramol|dihydrocodeine
|oxycodone|oxycontin|percocet|hydrocodone|vicodin|norco|morphine|fentanyl|buprenorphine|methadone|opioids?|opiates?
|naltrexone|ldn
|ibuprofen|advil|motrin|nurofen|naproxen|aleve|naprosyn|diclofenac|voltaren|voltarol|celecoxib|celebrex|meloxicam|aspirin|nsaids?
|paracetamol|acetaminophen|tylenol|panadol|excedrin
|sertraline|zoloft|fluoxetine|prozac|citalopram|celexa|escitalopram|lexapro|cipralex|paroxetine|paxil|seroxat
|venlafaxine|effexor|desvenlafaxine|pristiq|bupropion|wellbutrin|mirtazapine|remeron|trazodone|quetiapine|seroquel
|ssris?|snris?|antidepressants?|anti depressants?|tricyclics?
|diazepam|valium|lorazepam|ativan|clonazepam|klonopin|alprazolam|xanax|benzos?|benzodiazepines?
|zopiclone|zolpidem|ambien|sleeping pills?|sleeping tablets?|sleep aids?|antihistamines?|diphenhydramine|benadryl|nytol
|prednisone|prednisolone|steroids?|cortisone|lidocaine|lignocaine|capsaicin|muscle relaxants?
|magnesium|mag glycinate|magnesium glycinate|omega 3s?|omega3s?|fish oil|cod liver oil
|vitamin [a-z]\d*|vit [a-z]\d*|b12|d3
|melatonin|5 htp|5htp|sam e|coq10|co q10|coenzyme q10|d ribose|ribose|malic acid|turmeric|curcumin|st johns wort
|cbd|cbd oil|thc|cannabis|marijuana|medical marijuana|weed|edibles|kratom
|supplements?|vitamins?|painkillers?|pain killers?|pain relievers?|pain meds|pain medication|anti inflammator\w*
"""
# Generic medicine words.
_GENERIC_MEDS = r"""
meds|med|medication|medications|medicine|medicines|pills?|tablets?|tabs|capsules?|caps|drugs?
|prescription|prescriptions|script|dose|doses|dosage|dosages|dosing|mg|mgs|milligrams?|mcg|micrograms?
"""


def _alt(words: str) -> str:
    return "(?:" + "|".join(w.strip() for w in words.replace("\n", "|").split("|") if w.strip()) + ")"


NAMED_MED = _alt(_NAMED_MEDS)
ANY_MED = _alt(_NAMED_MEDS + "|" + _GENERIC_MEDS)
ALCOHOL = (
    r"(?:alcohol|alcoholic|booze|wine|beer|beers|vodka|gin|whisky|whiskey|rum|cocktails?|drinking|drinks|a drink"
    r"|drunk|liquor|spirits)"
)
_MED_RE = re.compile(r"\b" + ANY_MED + r"\b")
_NAMED_MED_RE = re.compile(r"\b" + NAMED_MED + r"\b")
_ALCOHOL_RE = re.compile(r"\b" + ALCOHOL + r"\b")

THIRD = (
    r"(?:friend|friends|bestie|bff|sister|sis|brother|bro|mum|mom|mommy|mother|dad|daddy|father|husband|hubby"
    r"|wife|partner|spouse|son|daughter|boyfriend|girlfriend|bf|gf|fiance|fiancee|cousin|aunt|uncle|niece|nephew"
    r"|grandma|gran|nan|nana|grandmother|grandpa|grandad|grandfather|colleague|coworker|co worker|roommate"
    r"|flatmate|housemate|neighbou?r|teen|teenager|kid|kids|child|student|client|patient|someone i know"
    r"|somebody i know|someone close to me|a person i know|he|she|hes|shes|they|theyre|him|her)"
)
THEMSELF = r"(?:himself|herself|themselves|themself|hisself)"
# Words that make a mention of suicide a question about labels, risks or other people.
INFO = (
    r"(?:warn\w*|risks?|label\w*|black\s+box|boxed|side\s+effects?|adverse|leaflets?|inserts?|fda|mhra|ema|study|studies"
    r"|research|statistic\w*"
    r"|rates?|prevention|awareness|cause|causes|causing|caused|increase\w*|linked|link|associated|possible|chance"
    r"|monitor\w*|watch\s+(?:for|out)"
    r"|people|patients|anyone|users|teenagers|teens|young\s+adults|common|documentary|article|book|film|movie|news"
    # stories, poems and shows about it, in the eight languages
    r"|novels?|poems?|poetry|essays?|series|shows?|episodes?|songs?|lyrics|play|books?|films?|movies?|documentar\w*"
    r"|reruns?|soundtracks?|theme\s+(?:tune|song)|stuck\s+in\s+my\s+head|albums?|band"
    # a film's scene or character ("the suicide scene was so sad", the twenty-eighth red team's)
    r"|scenes?|characters?|plot|trailer|season|netflix"
    r"|book\s+club|novela|poema|peli|pelicula|serie|cancion|libro|ensayo|roman|poeme|chanson|livre|gedicht|lied"
    r"|buch|aufsatz|romance|livro|filme|musica|romanzo|poesia|canzone|powiesc\w*|wiersz\w*|serial\w*|piosenk\w*"
    r"|ksiazk\w*|boek|liedje"
    # the same in the other seven languages (accents stripped): leaflets, warnings, side effects, risks
    r"|prospecto|etiqueta|advertencia\w*|efectos?\s+(?:secundarios?|adversos?)|riesgos?"
    r"|bula|aviso|efeitos?\s+colatera\w*|riscos?"
    r"|notice|avertissement\w*|mise\s+en\s+garde|effets?\s+(?:secondaires?|indesirables?)|risques?"
    r"|beipackzettel|packungsbeilage|nebenwirkung\w*|risiko\w*"
    r"|bugiardino|foglietto|avvertenz\w*|effetti?\s+collateral\w*|rischio|rischi"
    r"|ulotk\w*|ostrzez\w*|skutk\w*\s+uboczn\w*|dzialan\w*\s+niepozadan\w*|ryzyk\w*"
    r"|bijsluiter|bijwerking\w*|risico\w*)"
)

# "what dose of exercise works", "a weekly dose of walking", "what dose of sunlight for vitamin D": a
# habit's amount, not a medicine's (the twenty-third red team's).
DOSE_OF_A_HABIT = (
    r"\b(?:dose|doses|dosage)\s+of\s+(?:\w+\s+)?(?:exercise|walking|walks|sunshine|sunlight|sun|daylight|nature|movement"
    r"|activity|rest|fresh\s+air|reality|vitamin\s+d\s+from|stretching|yoga|swimming|light|outdoors|laughter|fun|pacing"
    r"|cardio|steps|tai\s+chi|pilates|green\s+space|social\w*)\b"
)
