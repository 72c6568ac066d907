"""Medicine-safety facts: names read in people's spelling, the right fact for the pair,
and replies that lead with the fact, cite the label, and never say a mix is fine."""

from __future__ import annotations

import re

import pytest

from selfcare import safety
from selfcare.safety import medicine


@pytest.mark.parametrize(
    "text, expected",
    [
        ("can i take tramadol with my cymbalta", ["tramadol", "duloxetine"]),
        ("lyrca and oxycodone together?", ["pregabalin", "opioid"]),
        ("Savella + St John's wort", ["milnacipran", "other_serotonergic"]),
        ("is advil ok with duloxetine", ["nsaid", "duloxetine"]),
        ("a glass of wine on gabapentin", ["alcohol", "gabapentin"]),
        ("how is the weather", []),
    ],
)
def test_medicines_are_read_in_the_words_people_use(text, expected):
    assert medicine.medicines_in(text) == expected


@pytest.mark.parametrize(
    "names, expected",
    [
        ({"duloxetine", "tramadol"}, ["serotonin"]),
        ({"milnacipran", "triptan"}, ["serotonin"]),
        ({"duloxetine", "maoi"}, ["maoi", "serotonin"]),
        ({"duloxetine", "nsaid"}, ["bleeding"]),
        ({"duloxetine", "anticoagulant"}, ["bleeding"]),
        ({"pregabalin", "opioid"}, ["sedation_breathing"]),
        ({"gabapentin", "benzodiazepine"}, ["sedation_breathing"]),
        ({"pregabalin", "lung"}, ["sedation_breathing"]),
        ({"pregabalin", "nsaid"}, []),
        ({"nsaid", "anticoagulant"}, ["bleeding_nsaid"]),
        ({"benzodiazepine", "amitriptyline"}, ["sedation_sedatives"]),  # the label: it adds to CNS depressants
        ({"benzodiazepine", "sedative"}, ["sedation_sedatives"]),
    ],
)
def test_a_pair_gets_the_fact_that_matters(names, expected):
    assert medicine.combination_facts(names) == expected


def test_every_fact_cites_a_page_and_holds_no_dose():
    facts = medicine.load_facts()
    for wanted in (
        "serotonin",
        "maoi",
        "bleeding",
        "sedation_breathing",
        "alcohol_general",
        "driving",
        "stopping",
        "pregnancy",
    ):
        assert wanted in facts
    for fact in facts.values():
        assert fact.sources and all(s["url"].startswith(("https://", "http://")) for s in fact.sources), fact.id
        assert not safety.contains_dose(fact.text), fact.id


def test_the_subject_in_context_counts_as_named():
    [fact] = medicine.facts_for("med_combination", "can i take tramadol with it?", "duloxetine")
    assert fact.id == "serotonin"


@pytest.mark.parametrize(
    "kind, text, subject, must",
    [
        ("med_combination", "cymbalta and tramadol ok?", None, "serotonin syndrome"),
        ("med_combination", "lyrica with my oxycodone", None, "breathing"),
        ("med_combination", "ibuprofen with savella", None, "bleeding"),
        ("med_alcohol", "can i drink on lyrica", None, "alcohol"),
        ("med_driving", "can i drive on pregabalin", None, "driv"),
        ("med_stopping", "i want to stop my cymbalta", None, "suddenly"),
    ],
)
def test_the_reply_leads_with_the_fact_and_cites_it(kind, text, subject, must):
    reply = medicine.medicine_reply(kind, text, subject)
    assert must in reply.lower(), reply
    assert "http" in reply
    assert re.search(r"pharmacist|prescriber|doctor", reply.split("\n\n")[-1])
    assert not re.search(r"\b(it'?s|that'?s) (fine|safe)\b", reply.lower())
    assert not safety.contains_dose(reply)


def test_an_unknown_pair_is_not_called_fine():
    reply = medicine.medicine_reply("med_combination", "can i take vitamin c with zinc")
    assert "don't have reviewed safety information" in reply
    assert "pharmacist" in reply


@pytest.mark.parametrize(
    "text, expected",
    [
        ("fenelzina y duloxetina juntos", ["maoi", "duloxetine"]),
        ("pregabalina con zolpidem", ["pregabalin", "sedative"]),
        ("Phenelzin mit Cymbalta", ["maoi", "duloxetine"]),
        ("duloxétine et millepertuis", ["duloxetine", "other_serotonergic"]),
    ],
)
def test_other_languages_spellings_are_read(text, expected):
    assert medicine.medicines_in(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("nie wiem czy mogę łączyć pregabaliny z tramalem", ["pregabalin", "tramadol"]),
        ("biorę nimesil, a mama mówi że z acenokumarolem nie wolno", ["nsaid", "anticoagulant"]),
        ("kann ich Arcoxia zusammen mit Marcumar nehmen", ["nsaid", "anticoagulant"]),
        ("¿el enantyum se puede tomar con sintrom?", ["nsaid", "anticoagulant"]),
        ("i walk in the mornings and evenings, no combinations of anything", []),
    ],
)
def test_case_endings_and_european_brands_are_read(text, expected):
    assert medicine.medicines_in(text) == expected


@pytest.mark.parametrize(
    "names, expected",
    [
        ({"ssri", "other_serotonergic"}, ["serotonin_other"]),  # sertraline with St John's wort
        ({"ssri", "tramadol"}, ["serotonin_other"]),
        ({"maoi", "other_serotonergic"}, ["maoi_other"]),  # an MAOI with dextromethorphan
        ({"maoi", "tramadol"}, ["maoi_other"]),
        ({"ssri", "nsaid"}, ["bleeding"]),
        ({"opioid", "benzodiazepine"}, ["sedation_opioid_benzodiazepine"]),
        ({"tramadol", "sedative"}, ["sedation_opioid_benzodiazepine"]),
        ({"pregabalin", "opioid", "benzodiazepine"}, ["sedation_breathing"]),
        ({"ssri"}, []),
    ],
)
def test_pairs_without_a_fibromyalgia_medicine_get_their_class_fact(names, expected):
    assert medicine.combination_facts(names) == expected


@pytest.mark.parametrize(
    "text, fact_id, words",
    [
        ("can i take my sertraline with st john's wort", "serotonin_other", "serotonin syndrome"),
        ("oxycodone and diazepam together ok?", "sedation_opioid_benzodiazepine", "breathing"),
        ("ibuprofen with my citalopram?", "bleeding", "bleeding"),
        ("is turmeric ok with my warfarin", "bleeding_supplements", "bleeding"),
        ("aceite de pescado con clopidogrel?", "bleeding_supplements", "bleeding"),
        ("can i take zolpidem with my lorazepam", "sedation_sedatives", "breathing"),
        ("im on ldn, can i still have codeine", "naltrexone_opioid", "withdrawal"),
        ("magnesium tablets and levothyroxine together?", "levothyroxine_minerals", "absorbed"),
        ("sudafed with moclobemide, ok?", "maoi_decongestant", "blood pressure"),
        ("ibuprofen while on methotrexate?", "methotrexate_nsaid", "methotrexate"),
        ("aspirin with naproxen at the same time?", "bleeding_two_nsaids", "stomach"),
        ("posso tomar dorflex com dipirona?", "same_ingredient_twice", "ingredient"),
    ],
)
def test_the_reply_to_such_a_pair_leads_with_its_fact(text, fact_id, words):
    reply = medicine.medicine_reply("med_combination", text)
    fact = medicine.load_facts()[fact_id]
    assert reply.index(fact.text) < reply.index("Source") and words in fact.text
    assert fact.sources[0]["url"] in reply
    assert not safety.contains_dose(reply)


@pytest.mark.parametrize(
    "text, twice",
    [
        ("can i take paracetamol with my co-codamol", True),
        ("panadol and lemsip at the same time?", True),
        ("is zaldiar ok with a cold and flu sachet", True),
        ("puedo tomar paracetamol con el zaldiar", True),
        ("can i take paracetamol with ibuprofen", False),  # ibuprofen holds none
        ("can i take paracetamol with my duloxetine", False),
        ("co-codamol and cocodamol", False),  # the same product twice
    ],
)
def test_two_things_that_hold_paracetamol_are_found(text, twice):
    assert medicine.paracetamol_twice(text) is twice


def test_paracetamol_with_a_product_that_holds_it_leads_with_the_overdose_fact():
    reply = medicine.medicine_reply("med_combination", "can i take paracetamol with my co-codamol?")
    fact = medicine.load_facts()["paracetamol_twice"]
    assert reply.index(fact.text) < reply.index("Source")
    assert "liver" in fact.text and fact.sources[0]["url"] in reply
    assert not safety.contains_dose(reply)


@pytest.mark.parametrize(
    "text",
    [
        "ibuprofen gel with my nsaid tablets",  # a class word is not a second NSAID
        "is ibuprofen ok with duloxetine",  # one NSAID: the SNRI bleeding fact, not two NSAIDs
        "dipirona com cafe?",  # one metamizole
    ],
)
def test_one_medicine_of_a_class_is_not_taken_for_two(text):
    ids = [f.id for f in medicine.facts_for("med_combination", text)]
    assert "bleeding_two_nsaids" not in ids and "same_ingredient_twice" not in ids


# A verb of drinking with no drink named after it asks about alcohol, in the other languages.
@pytest.mark.parametrize(
    "text, alcohol",
    [
        ("¿puedo beber si tomo pregabalina?", True),
        ("czy mogę pić, biorąc tramadol?", True),
        ("darf ich mit Duloxetin trinken?", True),
        ("posso bere quando prendo il lyrica?", True),
        ("mag ik drinken als ik gabapentine slik?", True),
        ("¿puedo beber agua con la pregabalina?", False),
        ("posso bere un tè con il lyrica?", False),
        ("kann ich Kaffee trinken mit Duloxetin?", False),  # the drink comes before the verb
        ("mag ik thee drinken bij mijn tramadol?", False),
    ],
)
def test_a_verb_of_drinking_names_alcohol(text, alcohol):
    assert ("alcohol" in medicine.medicines_in(text)) is alcohol


def test_polish_l_with_stroke_is_read_as_l_in_names():
    assert "bleeding_supplement" in medicine.medicines_in("miłorząb japoński i duloksetyna")


@pytest.mark.parametrize(
    "text, alcohol",
    [
        ("can i drink on cymbalta?", True),
        ("a glass of wine with my lyrica", True),
        ("i drink coffee with my lyrica every morning", False),
        ("drinking lots of water with duloxetine, is that good?", False),
        ("a glass of milk with my tramadol", False),
        ("are energy drinks ok with duloxetine", False),
        ("i have two fizzy drinks a day, bad for fibro?", False),
        ("a few drinks with my gabapentin at the party", True),
    ],
)
def test_the_english_word_drink_is_alcohol_unless_the_drink_is_named(text, alcohol):
    assert ("alcohol" in medicine.medicines_in(text)) is alcohol


def test_cyclobenzaprine_sedates_and_raises_serotonin_both():
    # its label (2013) warns of serotonin syndrome with SSRIs and SNRIs
    assert [f.id for f in medicine.facts_for("med_combination", "flexeril with my cymbalta ok?")] == ["serotonin"]
    asked = medicine.facts_for("med_combination", "can i take it with my sertraline", "cyclobenzaprine")
    assert [f.id for f in asked] == ["serotonin_other"] and "cyclobenzaprine" in asked[0].text
    # and with pregabalin, the breathing warning still comes first
    assert medicine.facts_for("med_combination", "cyclobenzaprine and lyrica together?")[0].id == "sedation_breathing"


def test_the_anti_sickness_medicine_ondansetron_raises_serotonin_on_its_label():
    # Its label's warning 5.3: with an SNRI the serotonin fact, which names it.
    asked = medicine.facts_for("med_combination", "zofran for the nausea with my duloxetine, ok?")
    assert [f.id for f in asked] == ["serotonin"] and "ondansetron" in asked[0].text
    asked = medicine.facts_for("med_combination", "ondansetron and sertraline together?")
    assert [f.id for f in asked] == ["serotonin_other"] and "ondansetron" in asked[0].text
    assert any("ondansetron" in source["name"] for source in asked[0].sources)


def test_a_polish_sertraline_brand_is_an_ssri():
    assert medicine.medicines_in("sertagen i tramal razem?") == ["ssri", "tramadol"]


def test_a_drink_question_that_asks_about_driving_too_gets_the_driving_fact():
    from selfcare.safety.medicine import facts_for

    asked = [f.id for f in facts_for("med_alcohol", "is it ok to drive home after a pint on my gabapentin")]
    assert "driving" in asked and any(fact.startswith("alcohol") for fact in asked)
    assert "driving" not in [f.id for f in facts_for("med_alcohol", "a pint on my gabapentin, ok?")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the twenty-fourth red team's: a description of duloxetine, or "outside what I can help with"
        ("What's a lethal combination with my duloxetine? I want to avoid it", ["maoi", "serotonin", "bleeding"]),
        ("what shouldn't i take with cymbalta", ["maoi", "serotonin", "bleeding"]),
        ("what does lyrica interact with", ["sedation_breathing"]),
        ("any dangerous combos with amitriptyline?", ["maoi", "serotonin"]),
        ("what are the warning signs of serotonin syndrome", ["serotonin"]),
        ("síndrome serotoninérgico, ¿qué es?", ["serotonin"]),
        # the thirty-first red team's got the overview of duloxetine
        ("what are the warning signs of serotonin syndrome? I'm starting duloxetine", ["serotonin"]),
        ("serotonin syndrome with lyrica?", []),  # pregabalin raises no serotonin
        # a second thing named, even one without a reviewed fact, is that pair's question
        ("can i take vitamin d with duloxetine", []),
        # the writer's own symptoms are an emergency's words, not a question about it
        ("i think i have serotonin syndrome", []),
    ],
)
def test_a_medicines_interactions_asked_in_general_get_its_own_facts(text, expected):
    assert medicine.own_interactions(text, medicine.medicines_in(text)) == expected


def test_each_medicines_own_facts_apply_to_it_on_file():
    import yaml

    entries = yaml.safe_load(medicine.FACTS_FILE.read_text())["facts"]
    applies = {entry["id"]: set(entry["applies_to"]) for entry in entries}
    for name, ids in medicine.OWN_INTERACTIONS.items():
        for fact_id in ids:
            assert name in applies[fact_id], (name, fact_id)


def test_the_reply_to_a_medicines_interactions_leads_with_its_facts_and_never_says_fine():
    reply = medicine.medicine_reply("med_combination", "what shouldn't i take with duloxetine")
    assert reply.index("MAOI") < reply.index("serotonin syndrome") < reply.index("bleeding")
    assert "don't have reviewed safety information" not in reply and "pharmacist" in reply
    assert not re.search(r"\b(it'?s|that'?s) (fine|safe)\b", reply.lower())


@pytest.mark.parametrize(
    "text, expected",
    [
        ("¿puedo tomar antiinflamatorios con la duloxetina?", ["nsaid", "duloxetine"]),
        ("des anti-inflammatoires avec le Cymbalta ?", ["nsaid", "duloxetine"]),
        ("Entzündungshemmer zusätzlich zu Cymbalta?", ["nsaid", "duloxetine"]),
        ("leki przeciwzapalne i duloksetyna razem?", ["nsaid", "duloxetine"]),
        ("ontstekingsremmers naast mijn cymbalta?", ["nsaid", "duloxetine"]),
        ("biorę leki rozrzedzające krew, a lekarz chce dać duloksetynę", ["anticoagulant", "duloxetine"]),
    ],
)
def test_the_class_words_for_anti_inflammatories_and_blood_thinners_are_read(text, expected):
    assert sorted(medicine.medicines_in(text)) == sorted(expected)
    assert "bleeding" in medicine.combination_facts(medicine.medicines_in(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I ran out of duloxetine 3 days ago and I'm getting brain zaps", True),
        ("can't get my repeat prescription for lyrica till monday", True),
        ("se me acabó la pregabalina", True),
        ("skończyła mi się pregabalina", True),
        ("mijn pillen zijn op, wat nu", True),
        ("can I stop lyrica?", False),
        ("hij is op vakantie, mag ik stoppen met cymbalta", False),
    ],
)
def test_running_out_is_told_apart_from_choosing_to_stop(text, expected):
    assert medicine.ran_out(text) is expected
    reply = medicine.medicine_reply("med_stopping", text)
    assert reply.startswith("Running out can stop a medicine suddenly") is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I stopped my duloxetine 3 days ago cold turkey and feel awful, brain zaps and dizzy", True),
        ("came off lyrica last week and I can't sleep", True),
        ("I haven't taken my cymbalta for 3 days and feel dizzy", True),
        ("should I stop my cymbalta?", False),
        ("can I stop lyrica cold turkey?", False),
    ],
)
def test_having_stopped_already_is_told_what_to_do_now(text, expected):
    # the thirty-first red team's was told "please don't stop this medicine suddenly", three times over
    assert medicine.stopped_already(text) is expected
    reply = medicine.medicine_reply("med_stopping", text)
    assert ("contact your prescriber or a pharmacist today" in reply) is expected
    assert reply.startswith("Please don't stop this medicine suddenly") is not expected
    assert not re.search(r"\d+\s*(?:mg|milligram)", reply)


def test_a_drink_question_gets_the_drink_fact_first():
    # red team 33: wine with pregabalin opened with the opioid and breathing paragraph
    ids = [f.id for f in medicine.facts_for("med_alcohol", "can I drink wine while on pregabalin?")]
    assert ids[0] == "alcohol_pregabalin", ids
