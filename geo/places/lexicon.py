"""Small word lists the text stages share: words that look like names but are not places,
given names and titles (to recognise people), the verbs that introduce a speaker, and what makes
a name a ship's, an outlet's or a company's (vessel nouns, outlet title words, a few names).

They are deliberately short and general; what they hold is English usage, not any one article.
"""
from __future__ import annotations

__all__ = ["GIVEN_NAMES", "MONTHS", "NAMED_NOT_PLACES", "NOT_PLACES", "OUTLET_CLOSERS", "OUTLET_NOUNS", "OUTLET_OPENERS",
           "ORGANISATION_HEADS", "PERSON_TITLES", "SPEECH_VERBS", "VESSEL_NOUNS", "WARSHIP_NOUNS",
           "WEEKDAYS"]

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# Capitalised words of war reporting that gazetteers know as some village or foreign town.
NUMERALS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "first", "second", "third", "fourth", "fifth", "dozens", "hundreds", "thousands"}
NOT_PLACES = MONTHS | WEEKDAYS | NUMERALS | {
    # function words that open sentences
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
    "our", "his", "her", "their", "there", "here", "in", "on", "at", "by", "for", "from", "to",
    "of", "and", "but", "or", "as", "after", "before", "earlier", "later", "meanwhile", "however",
    "prior", "over", "under", "since", "during", "while", "when", "where", "with", "without",
    "notably", "nearby", "initial", "recent", "according", "both", "all", "some", "most", "many",
    "several", "each", "every", "also", "then", "now", "today", "yesterday", "tonight", "overnight",
    # institutions and forces
    "ministry", "defence", "defense", "kremlin", "nato", "army", "navy", "forces", "force",
    "armed", "air", "military", "general", "staff", "command", "brigade", "battalion", "regiment",
    "division", "corps", "guard", "national", "state", "president", "minister", "governor",
    "mayor", "officials", "official", "authorities", "administration", "council", "parliament",
    "government", "committee", "service", "security", "intelligence", "underground", "press",
    "media", "news", "agency", "novosti", "ria", "tass", "interfax", "reuters", "gazeta", "radio",
    # common nouns that gazetteers hold as villages ("Independence Day", "the Caspian Sea")
    "day", "sea",
    # weapons and aircraft
    "iskander", "kalibr", "kinzhal", "shahed", "geran", "oniks", "onyx", "zircon", "tsirkon",
    "tochka", "storm", "shadow", "scalp", "atacms", "himars", "patriot", "lancet", "bayraktar",
    "neptune", "neptun", "grad", "smerch", "uragan", "tornado", "tu", "su", "mig", "ka", "mi",
    "kh", "tochka-u",
    # adjectives and demonyms that gazetteers hold as names of villages abroad
    "russian", "ukrainian", "belarusian", "soviet", "western", "eastern", "northern", "southern",
    "central", "european", "american", "british", "jewish", "chechen", "tatar",
    "special", "purpose", "operation", "spiderweb", "republic", "city",
    # generic words on their own ("the Krai authorities"): a village Kray is not meant
    "krai", "kray",
}

GIVEN_NAMES = {
    "Vladimir", "Volodymyr", "Alexander", "Aleksandr", "Oleksandr", "Alexei", "Aleksei", "Oleksiy",
    "Oleksii", "Sergey", "Sergei", "Serhiy", "Serhii", "Mykola", "Nikolai", "Nikolay", "Ivan",
    "Dmitry", "Dmitri", "Dmytro", "Andriy", "Andrii", "Andrei", "Andrey", "Yuri", "Yuriy", "Yurii",
    "Petro", "Pyotr", "Maria", "Olena", "Elena", "Anna", "Mikhail", "Mykhailo", "Kyrylo", "Kirill",
    "Viktor", "Victor", "Vitali", "Vitaliy", "Vitalii", "Vadym", "Vadim", "Oleh", "Oleg", "Ihor",
    "Igor", "Roman", "Denis", "Denys", "Maksym", "Maxim", "Pavlo", "Pavel", "Anton", "Artem",
    "Artyom", "Yevhen", "Yevgeny", "Evgeny", "Valery", "Valeriy", "Valerii", "Ruslan", "Taras",
    "Bohdan", "Vasyl", "Vasily", "Hennadiy", "Gennady", "Anatoliy", "Anatoly", "Boris", "Borys",
    "Tatiana", "Tetiana", "Natalia", "Nataliia", "Iryna", "Irina", "Svitlana", "Svetlana", "Yulia",
    "Yuliia", "Liudmyla", "Lyudmila", "Olha", "Olga", "Konstantin", "Kostiantyn", "Stepan",
    "Fedir", "Fyodor", "Grigory", "Hryhoriy", "Leonid", "Ramzan", "Alexey", "Emmanuel", "Donald",
    "Joe", "Antony", "Lloyd", "Keir", "Olaf", "Recep", "Ursula", "Jens", "Mark", "Marco",
    "Friedrich", "Rustem", "Denis", "Vyacheslav", "Viacheslav", "Vyacheslav", "Sviatoslav",
    "Yaroslav", "Stanislav", "Rostislav", "Rostyslav", "Volodimir", "Mikhaylo", "Georgy",
    "Heorhiy", "Nikita", "Mykyta", "Arseniy", "Arseny", "Kyrylo", "Herman", "German", "Valentyn",
    "Valentin", "Ilya", "Illia", "Timur", "Aleksey", "Matvey", "Sergiy", "Serhei",
}

PERSON_TITLES = {
    "president", "minister", "governor", "mayor", "general", "colonel", "lieutenant", "major",
    "captain", "commander", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "activist", "coordinator", "deputy",
    "chief", "head", "officer", "senator", "ambassador", "journalist", "analyst", "blogger",
    "patriarch", "chancellor", "premier", "secretary", "envoy", "counterpart", "admiral",
}

SPEECH_VERBS = {
    "said", "says", "told", "added", "stated", "claimed", "wrote", "reported", "noted",
    "confirmed", "denied", "announced", "asked", "explained", "warned", "insisted", "argued",
}


# -- names of things that are not places ------------------------------------------------------
# Ships are named after towns, regions, seas and people ("the cruiser Moskva", "the landing ship
# Minsk", "the Olenegorsky Gornyak"): a vessel noun before the name or in apposition after it
# ("the Askold, a corvette") says the name is a vessel's. Singular forms; a plural "s" is allowed
# where the noun heads a list ("the landing ships Minsk and Novocherkassk").
VESSEL_NOUNS = (
    "ship", "warship", "vessel", "flagship", "cruiser", "frigate", "corvette", "destroyer", "submarine",
    "minesweeper", "tanker", "ferry", "tug", "tugboat", "boat", "trawler", "freighter", "barge", "icebreaker",
    "craft", "carrier",
)
# Nouns before an outlet's name, as a vessel noun before a ship's ("the Telegram channel Baza", "the
# newspaper Kommersant").
OUTLET_NOUNS = ("channel", "newspaper", "outlet", "broadcaster", "magazine", "website", "tabloid")
# The vessel nouns that also name a ship standing after its name ("the Saratov landing ship"); a
# ferry or a tanker after a town is one that serves it ("the Kerch ferry").
WARSHIP_NOUNS = ("ship", "warship", "cruiser", "frigate", "corvette", "destroyer", "submarine", "minesweeper")

# Words that open or close an outlet's name: the place in "Radio Svoboda", "The Moscow Times", "the
# Kyiv Independent", "Ukrainska Pravda", "Novaya Gazeta" is part of a title, not a mention.
OUTLET_OPENERS = {"Radio"}
OUTLET_CLOSERS = {
    "Times", "Post", "Independent", "Journal", "Herald", "Tribune", "Gazette", "Gazeta", "Pravda", "Globe",
    "Today", "Telegraph", "Chronicle", "Observer", "Inquirer", "Izvestia", "Komsomolets", "Insider",
}

# Names that are never places on their own although a gazetteer holds one of their words as a
# village (Gornyak -> Hirnyk, Antonov -> Antoniv, Svoboda): ships of the Black Sea Fleet and other
# well-known vessels, outlets and companies. Matched by spelling variant ("Olenegorskiy Gornyak"),
# over the capitalised words around a name. Names that are places too (Novocherkassk, Minsk, Saratov)
# are not listed: only a vessel noun makes them ships.
NAMED_NOT_PLACES = {
    # vessels
    "Olenegorsky Gornyak", "Ivanovets", "Tsezar Kunikov", "Caesar Kunikov", "Sergei Kotov", "Askold",
    "Ivan Khurs", "Vasily Bykov", "Yamal", "Suvorovets", "Pytlivy", "Ladny", "Admiral Essen",
    "Admiral Makarov", "Admiral Grigorovich", "Pavel Derzhavin", "Dmitry Rogachev", "Ivan Golubets",
    "Vasily Bekh", "Tsiklon", "Nikolai Filchenkov", "Konstantin Olshansky", "Hetman Sahaidachny",
    # outlets
    "Radio Svoboda", "Radio Liberty", "Radio Free Europe", "Ekho Moskvy", "Echo of Moscow",
    "Moskovsky Komsomolets", "Komsomolskaya Pravda", "Novaya Gazeta", "Rossiyskaya Gazeta",
    "Ukrainska Pravda", "Baza", "Mash", "Shot", "Astra", "Rybar",
    # companies and design bureaus named after people or towns
    "Antonov", "Tupolev", "Sukhoi", "Kalashnikov", "Ilyushin", "Mikoyan", "Motor Sich", "Ukrenergo",
    "Naftogaz", "Rosneft", "Lukoil", "Transneft", "Gazprom", "Gazprom Neft", "Rostec", "Almaz-Antey",
    "Uralvagonzavod", "Ukroboronprom", "Ukrzaliznytsia", "Energoatom",
}
# Head nouns after a name that make it an organisation's ("the Luch design bureau").
ORGANISATION_HEADS = ("design bureau", "bureau")
