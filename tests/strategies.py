"""Hypothesis strategies for text that looks like strike reporting, and for text that does not."""
from hypothesis import strategies as st

PLACES = ["Kherson", "Dnipro", "Kyiv", "Kharkiv", "Kharkov", "Izium", "Izyum", "Shostka", "Sumy", "Sumy region",
          "Sumy Oblast", "the Shostka district", "Andreevka", "Andriivka", "Belgorod", "the Belgorod region",
          "Kursk Region", "Bryansk and Kursk regions", "Харків", "Lviv", "Odesa", "Crimea", "Sevastopol", "Donbas",
          "Tuapse, Krasnodar Krai", "Zaporizhzhia", "Kryvyi Rih", "Pokrovsk", "Russia", "Ukraine", "Moscow",
          "Rostov-on-Don", "Novoshakhtinsk", "Engels", "Saratov", "Glushkovo", "Tetkino", "Shebekino"]
SPEAKERS = ["the Russian Defence Ministry said", "the regional governor said", "according to Ukraine's Air Force",
            "Vyacheslav Gladkov wrote on Telegram", "officials said", "he added", "the ministry reported",
            "said Oleh Syniehubov, head of the regional administration", "the General Staff said", "Reuters reported",
            "ISW assessed", "local media reported", "the UN said", ""]
VERBS = ["struck", "hit", "attacked", "shelled", "shot down drones over", "targeted", "damaged", "launched missiles at",
         "did not comment on the strike in", "plans to strike", "captured", "denied hitting"]
WHEN = ["overnight", "on Tuesday", "yesterday", "on the night of August 27", "over the past 24 hours", "May 20",
        "two days after an attack on Kyiv", "10000000 days ago", "on 31 February", "late on Wednesday night", ""]
TARGETS = ["an oil depot", "a drone plant", "the railway station", "an apartment block", "an airfield", "energy facilities",
           "a school", "the port", ""]
WEAPONS = ["Shahed drones", "Iskander missiles", "glide bombs", "FPV drones", "Kh-101 cruise missiles", "artillery", ""]
NOISE = st.text(alphabet=st.sampled_from("abcXYZ .,;:!?'\"’”«»()[]*_#-\n\u0301Дж0123456789"), max_size=40)


@st.composite
def sentences(draw) -> str:
    place = draw(st.lists(st.sampled_from(PLACES), min_size=1, max_size=4))
    places = place[0] if len(place) == 1 else ", ".join(place[:-1]) + " and " + place[-1]
    parts = [draw(st.sampled_from(WEAPONS)), draw(st.sampled_from(VERBS)), draw(st.sampled_from(TARGETS)),
             "in" if draw(st.booleans()) else "near", places, draw(st.sampled_from(WHEN))]
    body = " ".join(p for p in parts if p)
    speaker = draw(st.sampled_from(SPEAKERS))
    if speaker and draw(st.booleans()):
        body = f"{speaker[0].upper()}{speaker[1:]} that {body}"
    elif speaker:
        body = f"{body}, {speaker}"
    if draw(st.integers(0, 9)) == 0:
        body += " " + draw(NOISE)
    return body[0].upper() + body[1:] + draw(st.sampled_from([".", ".", ".", "!", "", ":"]))


@st.composite
def articles(draw) -> str:
    paragraphs = draw(st.lists(st.lists(sentences(), min_size=1, max_size=5), min_size=1, max_size=6))
    joiner = draw(st.sampled_from(["\n\n", "\n\n", "\n", "\n\n\n"]))
    return joiner.join(" ".join(p) for p in paragraphs)


any_text = st.one_of(articles(), st.text(max_size=2000), NOISE)
