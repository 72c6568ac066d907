# Hand-chosen trims to bring the set to the brief's size (applied once).
import re
REMOVE_SINGLES = [
"has anyone ever fully recovered from fibro, is there a fix",
"so much fibro advice online i dont know where to begin, help",
"how would i know if what im feeling is fibro? what are the usual signs",
"why do i feel so much worse when its cold and rainy",
"could glandular fever have started my fibro",
"my memory is shot with this fibro. what can i do to think clearer",
"how do i get more energy with fibro",
"does anxiety and stress make fibro pain worse",
"how do you manage a really bad flare day",
"spent all saturday gardening and now im paying for it big time",
"what adjustments can i ask for at work because of fibro",
"is fibromyalgia considered a disability for SSDI",
"does fibro get better or worse when pregnant",
"is tea and coffee ok with fibromyalgia",
"has magnesium been shown to help fibromyalgia",
"is vitamin d worth it for fibro",
"is CBD any good for fibromyalgia pain and sleep",
"are herbal remedies safe with prescription meds",
"does duloxetine cause sweating",
"pregabalin dizzy normal?",
"is naproxen any use for fibromyalgia",
"does low dose naltrexone help fibro",
"how to get cheaper savella in the US",
"tips for better sleep with fibro",
"what is activity pacing for fibro",
"does cognitive behavioural therapy help pain",
"does a heat pad help fibro pain",
"how do i get referred to a physio for fibro",
]
DELETE_F = {25,35,36,52,56,59,61,98,99,107,130,140,141,142,144,157,188,192,196,172}
# followup number -> 1-based turn index to drop
DROP_TURN = {n: 3 for n in [10,13,15,19,22,23,29,30,42,54,64,69,93,96,101,102,103,111,115,121,
                            122,131,132,133,137,143,145,151,154,158,162,165,168,169,174,175,177,
                            179,182,190,191,2,17,45,117,126,135,60,176,62,105]}
DROP_TURN.update({74: 4, 58: 4, 53: 4})

p = "singles.txt"
lines = open(p).read().split("\n")
keep = []
found = set()
for ln in lines:
    if ln.startswith("S ") and " | " in ln and ln.split(" | ", 1)[1] in REMOVE_SINGLES:
        found.add(ln.split(" | ", 1)[1]); continue
    keep.append(ln)
assert len(found) == len(REMOVE_SINGLES), set(REMOVE_SINGLES) - found
open(p, "w").write("\n".join(keep))

p = "followups.txt"
lines = open(p).read().split("\n")
out = []; n = 0; i = 0
while i < len(lines):
    ln = lines[i]
    if ln == "F" or ln.startswith("F "):
        n += 1
        block = [ln]; i += 1
        while i < len(lines) and lines[i].startswith("- "):
            block.append(lines[i]); i += 1
        if n in DELETE_F:
            # swallow following blank line
            if i < len(lines) and lines[i] == "": i += 1
            continue
        if n in DROP_TURN:
            del block[DROP_TURN[n]]
        out.extend(block)
        continue
    out.append(ln); i += 1
open(p, "w").write("\n".join(out))
print("followups seen", n)
