"""Small word lists the text stages share: words that look like names but are not places,
given names and titles (to recognise people), and the verbs that introduce a speaker.

They are deliberately short and general; what they hold is English usage, not any one article.
"""
from __future__ import annotations

__all__ = ["GIVEN_NAMES", "MONTHS", "NOT_PLACES", "PERSON_TITLES", "SPEECH_VERBS", "WEEKDAYS"]

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
    "media", "news", "agency", "novosti", "ria", "tass", "interfax", "reuters", "gazeta",
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
    "patriarch", "chancellor", "premier", "secretary", "envoy", "counterpart",
}

SPEECH_VERBS = {
    "said", "says", "told", "added", "stated", "claimed", "wrote", "reported", "noted",
    "confirmed", "denied", "announced", "asked", "explained", "warned", "insisted", "argued",
}
