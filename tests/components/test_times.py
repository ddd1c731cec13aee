"""German temporal tagger: tables of short German sentences, one behaviour each."""
from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from extractor.components.times import (TIMES_DIR, easter, grammar, load_grammar, normalise, read_repattern,
                                        tag_times)
from extractor.errors import ResourceError

SEED = Path("/work/shared/examples/seed-2022-10-diplomatie.txt")


def times(sentence: str, published: str | None) -> list[tuple]:
    return [(t.text, t.type, t.value, t.mod) for t in tag_times(sentence, published)]


# fmt: off
CLASSES = [
    # absolute dates
    ("2022-10-24", "Der Vertrag tritt am 3.5.2023 in Kraft.", [("3.5.2023", "DATE", "2023-05-03", None)]),
    ("2022-10-24", "Die Frist endet am 03.05.2023.", [("03.05.2023", "DATE", "2023-05-03", None)]),
    ("2022-10-24", "Der Vertrag tritt am 3. Mai 2023 in Kraft.", [("3. Mai 2023", "DATE", "2023-05-03", None)]),
    ("2022-10-24", "Die Wahl findet am 2. November statt.", [("2. November", "DATE", "2022-11-02", None)]),
    ("2022-10-24", "Im Mai 2023 wird gewählt.", [("Mai 2023", "DATE", "2023-05", None)]),
    ("2022-10-24", "Das Abkommen vom 5. Dezember 1994 galt lange.", [("5. Dezember 1994", "DATE", "1994-12-05", None)]),
    ("2022-10-24", "Die Firma wurde im Jahr 1886 gegründet.", [("Jahr 1886", "DATE", "1886", None)]),
    # weekday with the date in brackets or apposition: one expression, the date's value
    ("2022-10", "Sie sprachen am Freitag (21. Oktober) miteinander.", [("Freitag (21. Oktober)", "DATE", "2022-10-21", None)]),
    ("2022-10", "Am Freitag, 21. Oktober, trafen sie sich.", [("Freitag, 21. Oktober", "DATE", "2022-10-21", None)]),
    ("2022-10", "Am Freitag, dem 21. Oktober trafen sie sich.", [("Freitag, dem 21. Oktober", "DATE", "2022-10-21", None)]),
    ("2022-10", "Am 21. Oktober (Freitag) trafen sie sich.", [("21. Oktober (Freitag)", "DATE", "2022-10-21", None)]),
    # Austrian and South Tyrolean "heuer" (this year); lists of days sharing the month named last
    ("2023-05-12", "Heuer wird das Weinfest im Freien gefeiert.", [("Heuer", "DATE", "2023", None)]),
    ("2023-10-02", "Die heurige Ernte fiel knapp aus.", [("heurige", "DATE", "2023", None)]),
    ("2023-10-30", "Die Sprechstunden sind am 7., 14. und 21. November.", [
        ("7", "DATE", "2023-11-07", None), ("14", "DATE", "2023-11-14", None),
        ("21. November", "DATE", "2023-11-21", None)]),
    ("2024-02-20", "Die Märkte öffnen am 2. und 3. sowie am 9. März.", [
        ("2", "DATE", "2024-03-02", None), ("3", "DATE", "2024-03-03", None), ("9. März", "DATE", "2024-03-09", None)]),
    # Austrian and South Tyrolean feast days, fixed and Easter-dependent
    ("2014-03-12", "Am Josefitag ist in Südtirol schulfrei.", [("Josefitag", "DATE", "2014-03-19", None)]),
    ("2014-03-12", "Zu Mariä Himmelfahrt findet die Prozession statt.", [("Mariä Himmelfahrt", "DATE", "2014-08-15", None)]),
    ("2014-03-12", "Am Herz-Jesu-Sonntag werden auf den Bergen Feuer entzündet.", [("Herz-Jesu-Sonntag", "DATE", "2014-06-29", None)]),
    ("2014-03-12", "Am Unsinnigen Donnerstag zogen Maskierte durch die Lauben.", [("Unsinnigen Donnerstag", "DATE", "2014-02-27", None)]),
    ("2015-01-10", "Am Stefanitag spielte die Musikkapelle.", [("Stefanitag", "DATE", "2014-12-26", None)]),
    ("2014-03-12", "Die Heiligen Drei Könige brachten Gold, Weihrauch und Myrrhe.", []),
    # named periods of the year: DATEs without a value
    ("2014-03-12", "In der Fastenzeit verzichten viele auf Fleisch.", [("der Fastenzeit", "DATE", "XXXX-XX-XX", None)]),
    ("2014-03-12", "Die stille Adventszeit beginnt.", [("Die stille Adventszeit", "DATE", "XXXX-XX-XX", None)]),
    # weekdays and parts of day
    ("2022-10-24", "Am Montagabend fiel der Strom aus.", [("Montagabend", "TIME", "2022-10-24TEV", None)]),
    ("2022-10-24", "Dienstagnacht hatte es gebrannt.", [("Dienstagnacht", "TIME", "2022-10-18TNI", None)]),
    ("2022-10-24", "Am Mittwochmorgen soll die Straße frei sein.", [("Mittwochmorgen", "TIME", "2022-10-26TMO", None)]),
    ("2022-10-24", "Am Freitagnachmittag hatte die Polizei geräumt.", [("Freitagnachmittag", "TIME", "2022-10-21TAF", None)]),
    ("2022-10-24", "In der Nacht zum Sonntag hatten Drohnen angegriffen.", [("der Nacht zum Sonntag", "TIME", "2022-10-22TNI", None)]),
    ("2022-10-24", "Gestern Abend tagte der Rat.", [("Gestern Abend", "TIME", "2022-10-23TEV", None)]),
    ("2014-03-12", "Am Sonntag brach in den frühen Morgenstunden ein Feuer aus.",
     [("Sonntag", "DATE", "2014-03-09", None), ("den frühen Morgenstunden", "TIME", "2014-03-09TMO", None)]),
    ("2014-03-12", "Die Kirche stammt aus dem 15. Jh. und wurde umgebaut.", [("dem 15. Jh.", "DATE", "14", None)]),
    ("2014-03-12", "Der Einbruch ereignete sich in der Nacht von Samstag auf Sonntag.",
     [("der Nacht von Samstag auf Sonntag", "TIME", "2014-03-08TNI", None)]),
    ("2014-03-12", "In der Nacht vom 15. auf den 16. Februar brannte ein Stadel.",
     [("der Nacht vom 15. auf den 16. Februar", "TIME", "2014-02-15TNI", None)]),
    # clock times
    ("2022-10-24", "Die Sitzung beginnt um 20.30 Uhr.", [("20.30 Uhr", "TIME", "2022-10-24T20:30", None)]),
    ("2022-10-24", "Der Zug kam gegen 9 Uhr an.", [("gegen 9 Uhr", "TIME", "2022-10-24T09:00", "APPROX")]),
    ("2022-10-24", "Das Konzert beginnt um acht Uhr abends.", [("acht Uhr abends", "TIME", "2022-10-24T20:00", None)]),
    ("2022-10-24", "Um halb neun öffneten die Wahllokale.", [("halb neun", "TIME", "2022-10-24T08:30", None)]),
    ("2022-10-24", "Am Freitag um 20 Uhr hatten sie telefoniert.", [("Freitag um 20 Uhr", "TIME", "2022-10-21T20:00", None)]),
    ("2022-10-24", "Die Läden öffnen von 9 bis 17 Uhr.", [("9", "TIME", "2022-10-24T09:00", None), ("17 Uhr", "TIME", "2022-10-24T17:00", None)]),
    ("2022-11-16", "Um Mitternacht kam die Einigung.", [("Mitternacht", "TIME", "2022-11-16T24:00", None)]),
    # relative days and weeks
    ("2022-10-24", "Gestern, vorgestern, heute, morgen und übermorgen.", [
        ("Gestern", "DATE", "2022-10-23", None), ("vorgestern", "DATE", "2022-10-22", None),
        ("heute", "DATE", "2022-10-24", None), ("morgen", "DATE", "2022-10-25", None),
        ("übermorgen", "DATE", "2022-10-26", None)]),
    ("2022-10-24", "Sie hatten sich vergangenen Dienstag getroffen.", [("vergangenen Dienstag", "DATE", "2022-10-18", None)]),
    ("2022-10-24", "Sie war letzten Freitag zurückgetreten.", [("letzten Freitag", "DATE", "2022-10-21", None)]),
    ("2022-10-24", "Vergangene Woche wurde gestreikt.", [("Vergangene Woche", "DATE", "2022-W42", None)]),
    ("2022-10-24", "Ende vergangener Woche stiegen die Preise.", [("Ende vergangener Woche", "DATE", "2022-W42", "END")]),
    ("2022-10-24", "Vor zwei Wochen war er in Kiew.", [("zwei Wochen", "DURATION", "P2W", None)]),
    ("2022-10-24", "Der Anschlag geschah vor drei Tagen.", [("drei Tagen", "DURATION", "P3D", None)]),
    ("2022-10-24", "Das Urteil fällt in drei Tagen.", [("in drei Tagen", "DATE", "2022-10-27", None)]),
    ("2022-10-24", "Kommende Woche und nächste Woche.", [("Kommende Woche", "DATE", "2022-W44", None), ("nächste Woche", "DATE", "2022-W44", None)]),
    ("2022-10-24", "Der Bericht kommt nächsten Monat.", [("nächsten Monat", "DATE", "2022-11", None)]),
    ("2022-10-24", "Im vergangenen Jahr und letztes Jahr.", [("vergangenen Jahr", "DATE", "2021", None), ("letztes Jahr", "DATE", "2021", None)]),
    ("2022-10-24", "Diesen Sommer war es heiß.", [("Diesen Sommer", "DATE", "2022-SU", None)]),
    ("2022-10-24", "Am Tag danach reiste er ab.", [("Tag danach", "DATE", "2022-10-25", None)]),
    ("2022-10-24", "Morgen beginnt der Gipfel.", [("Morgen", "DATE", "2022-10-25", None)]),
    ("2022-10-24", "Morgen Abend tagt der Rat.", [("Morgen Abend", "TIME", "2022-10-25TEV", None)]),
    ("2024-05-06", "Morgen und am Donnerstag wird im Landtag debattiert.", [("Morgen", "DATE", "2024-05-07", None), ("Donnerstag", "DATE", "2024-05-09", None)]),
    # months, seasons, quarters, years, decades, centuries
    ("2022-10-24", "Im Juni 2021 trafen sie sich.", [("Juni 2021", "DATE", "2021-06", None)]),
    ("2022-10-24", "Im Frühjahr 2021 begann der Bau.", [("Frühjahr 2021", "DATE", "2021-SP", None)]),
    ("2022-10-24", "Der Umsatz sank im dritten Quartal.", [("dritten Quartal", "DATE", "2022-Q3", None)]),
    ("2022-10-24", "Der Konzern ging 2019 an die Börse.", [("2019", "DATE", "2019", None)]),
    ("2022-10-24", "Im Jahr 2019 waren es weniger.", [("Jahr 2019", "DATE", "2019", None)]),
    ("2022-10-24", "Bis Ende 2021 war alles fertig.", [("Ende 2021", "DATE", "2021", "END")]),
    ("2022-10-24", "Anfang der 1990er-Jahre begann es.", [("Anfang der 1990er-Jahre", "DATE", "199", "START")]),
    ("2022-10-24", "In den Neunzigerjahren boomte die Stadt.", [("den Neunzigerjahren", "DATE", "199", None)]),
    ("2022-10-24", "Die Kirche stammt aus dem 19. Jahrhundert.", [("dem 19. Jahrhundert", "DATE", "18", None)]),
    ("2022-10-24", "Mitte September kam es zum Streit.", [("Mitte September", "DATE", "2022-09", "MID")]),
    # seasons with an adjective, the months of a season; South Tyrolean 'Trimester' (a quarter) with its year
    ("2024-01-15", "Der Verband rechnet in diesem kalten Winter mit hohen Kosten.", [("diesem kalten Winter", "DATE", "2023-WI", None)]),
    ("2023-03-20", "Im vergangenen heißen Sommer waren die Flüsse leer.", [("vergangenen heißen Sommer", "DATE", "2022-SU", None)]),
    ("2023-04-12", "Während der Sommermonate ist die Hütte bewirtschaftet.", [("der Sommermonate", "DATE", "2023-SU", None)]),
    ("2023-11-02", "In den Wintermonaten fährt der Bus seltener.", [("den Wintermonaten", "DATE", "2023-WI", None)]),
    ("2011-02-14", "Im vierten Trimester 2010 stiegen die Ausfuhren.", [("vierten Trimester 2010", "DATE", "2010-Q4", None)]),
    ("2022-10-24", "Die Burg entstand in der zweiten Hälfte des 13. Jahrhunderts.", [("der zweiten Hälfte des 13. Jahrhunderts", "DATE", "12", "END")]),
    # life dates and other year ranges; the current year spread over
    ("2023-05-02", "Gezeigt werden Bilder von Albin Egger-Lienz (1868-1926).", [("1868", "DATE", "1868", None), ("1926", "DATE", "1926", None)]),
    ("2024-02-01", "Über das Jahr verteilt finden sechs Konzerte statt.", [("das Jahr", "DATE", "2024", None)]),
    ("2024-02-01", "Das ganze Jahr über ist das Museum geöffnet.", [("Das ganze Jahr", "DATE", "2024", None)]),
    ("2023-06-01", "Im Laufe der kommenden Jahre wird die Flotte erneuert.", [("kommenden Jahre", "DATE", "FUTURE_REF", None)]),
    ("2023-06-01", "Auch in der Zukunft setzt der Verein auf Ehrenamtliche.", [("der Zukunft", "DATE", "FUTURE_REF", None)]),
    # periods named by the two years they span have no TIMEX3 value
    ("2023-06-01", "In der Saison 2019/20 stieg der Verein ab.", [("der Saison 2019/20", "DATE", "XXXX-XX-XX", None)]),
    ("2023-06-01", "Für die Legislaturperiode 2023/28 gibt es ein Programm.", [("die Legislaturperiode 2023/28", "DATE", "XXXX-XX-XX", None)]),
    # holidays (Easter computed)
    ("2022-10-24", "Zu Ostern hatten Tausende demonstriert.", [("Ostern", "DATE", "2022-04-17", None)]),
    ("2024-02-29", "Pfingsten und Karfreitag sind Feiertage.", [("Pfingsten", "DATE", "2024-05-19", None), ("Karfreitag", "DATE", "2024-03-29", None)]),
    ("2022-10-24", "An Weihnachten und Heiligabend soll es ruhig sein.", [("Weihnachten", "DATE", "2022-12-25", None), ("Heiligabend", "DATE", "2022-12-24", None)]),
    ("2022-01-05", "An Silvester und zu Neujahr war es laut.", [("Silvester", "DATE", "2021-12-31", None), ("Neujahr", "DATE", "2022-01-01", None)]),
    ("2022-10-24", "Am Tag der Deutschen Einheit sprach er.", [("Tag der Deutschen Einheit", "DATE", "2022-10-03", None)]),
    # durations and sets: never event dates
    ("2022-10-24", "Sie verhandelten zwei Wochen lang.", [("zwei Wochen", "DURATION", "P2W", None)]),
    ("2022-10-24", "Er sitzt seit drei Monaten in Haft.", [("drei Monaten", "DURATION", "P3M", None)]),
    ("2022-10-24", "Monatelang war es still.", [("Monatelang", "DURATION", "PXM", None)]),
    ("2022-10-24", "Das dauerte ein halbes Jahr.", [("ein halbes Jahr", "DURATION", "P6M", None)]),
    ("2022-10-24", "Die Demo ist jeden Montag.", [("jeden Montag", "SET", "XXXX-WXX-1", None)]),
    ("2022-10-24", "Der Stab tagt wöchentlich.", [("wöchentlich", "SET", "P1W", None)]),
    ("2022-10-24", "Besuche sind zweimal pro Woche erlaubt.", [("zweimal pro Woche", "SET", "P1W", None)]),
    # vague references
    ("2022-10-24", "In den letzten Tagen gab es Gespräche.", [("den letzten Tagen", "DURATION", "PXD", None)]),
    ("2022-10-24", "Er hatte sich kürzlich geäußert.", [("kürzlich", "DATE", "PAST_REF", None)]),
    ("2022-10-24", "Sie sagte jüngst, man rede.", [("jüngst", "DATE", "PAST_REF", None)]),
    ("2022-10-24", "Dieser Tage wird darüber beraten.", [("Dieser Tage", "DATE", "PRESENT_REF", None)]),
    ("2022-10-24", "In den kommenden Wochen wird beraten.", [("den kommenden Wochen", "DATE", "FUTURE_REF", None)]),
    ("2014-03-12", "Das heutige Slowenien gehörte zu Österreich.", [("heutige", "DATE", "PRESENT_REF", None)]),
    ("2014-03-12", "Der damalige Bürgermeister und der zukünftige Pfarrer.", [
        ("damalige", "DATE", "PAST_REF", None), ("zukünftige", "DATE", "FUTURE_REF", None)]),
    ("2022-10-24", "Jetzt wird verhandelt, damals nicht, künftig mehr.", [
        ("Jetzt", "DATE", "PRESENT_REF", None), ("damals", "DATE", "PAST_REF", None), ("künftig", "DATE", "FUTURE_REF", None)]),
]

# The same words, resolved by the tense of the clause (published Monday 2022-10-24).
TENSE = [
    ("Sie trafen sich am Dienstag.", "2022-10-18"),
    # a strong verb's past behind an inseparable prefix: "beriet" (beraten), "vertrat", "entging"
    ("Die Ministerinnen berieten am Dienstag in Wien.", "2022-10-18"),
    ("Am Dienstag vertrat die Staatssekretärin den Minister.", "2022-10-18"),
    ("Der Pilot entging am Dienstag knapp einem Unglück.", "2022-10-18"),
    ("Sie wollen sich am Dienstag treffen.", "2022-10-25"),
    ("Das Treffen soll am Dienstag stattfinden.", "2022-10-25"),
    ("Der Kanzler wird am Dienstag nach Paris reisen.", "2022-10-25"),
    ("Die Gespräche werden am Freitag fortgesetzt.", "2022-10-28"),
    ("Die Gespräche wurden am Freitag fortgesetzt.", "2022-10-21"),
    ("Ab Donnerstag gilt die Regel.", "2022-10-27"),
    ("Seit Donnerstag gilt die Regel.", "2022-10-20"),
    # 'ab' points forward only where no verb decides
    ("Er hat ab Dienstag mit dem Bau begonnen.", "2022-10-18"),
]

# An attributive plan participle points ahead; told from the past it gives no tense of the act, and
# the weekday is the nearest one to the day of writing, before or after it
PLAN_TOLD_FROM_PAST = [
    ("2022-10-20", "Ein für Mittwoch angesetztes Gespräch wurde kurzfristig abgesagt.", "2022-10-19"),
    ("2022-10-20", "Die für Freitag geplante Sitzung wurde gestrichen.", "2022-10-21"),
    ("2022-10-22", "Eine für Donnerstag angekündigte Rede hatte der Minister abgesagt.", "2022-10-20"),
    ("2022-10-24", "Die Ministerin sagte den für Sonntag geplanten Besuch ab.", "2022-10-23"),
    ("2022-10-24", "Das für Dienstag geplante Treffen findet statt.", "2022-10-25"),
    ("2022-10-24", "Der Streit um das für Samstag geplante Konzert.", "2022-10-29"),
]

MONTH_TENSE = [
    ("2022-10", "Das Telefonat hatte im Mai stattgefunden.", "2022-05"),
    ("2022-10", "Im Mai soll ein neues Treffen stattfinden.", "2023-05"),
    ("2022-10", "Im Dezember soll ein Gipfel stattfinden.", "2022-12"),
    ("2023-03-15", "Die Wahl findet im Oktober statt.", "2023-10"),
    ("2022-01-05", "Im Dezember hatten sie telefoniert.", "2021-12"),
    ("2022-10", "Der Brexit wurde auf Ende Januar verschoben.", "2023-01"),
    # present-tense announcements
    ("2022-10", "Eine Lesung steht im April auf dem Programm.", "2023-04"),
    ("2022-10-24", "Im April steht die Wahl des Vorstands an.", "2023-04"),
    ("2022-10-24", "Im April stand die Wahl auf dem Programm.", "2022-04"),
    # 'ist'/'sind' with a participle is a state that holds now (Zustandspassiv), not a past act;
    # a verb whose perfect takes 'sein' is past with 'ist' too
    ("2014-03-12", "Das Museum ist am Ostermontag geöffnet.", "2014-04-21"),
    ("2014-03-12", "Die Schutzhütte ist im Juni geschlossen.", "2014-06"),
    ("2014-03-12", "Der Pfarrer ist im Juni gestorben.", "2013-06"),
    ("2014-03-12", "Die Gemeinde hat im Juni die Straße gesperrt.", "2013-06"),
    ("2014-03-12", "Im Juni ist der Pass für den Verkehr gesperrt worden.", "2013-06"),
    # the perfect of a participle without ge- (-ieren, inseparable prefix) is past with a finite
    # 'haben' before it or right after it; alone the same form is the present, which announces
    ("2014-03-12", "Der Bürgermeister hat im Juni mit dem Landesrat telefoniert.", "2013-06"),
    ("2014-03-12", "Die Direktorin hat im Juni das Ministerium besucht.", "2013-06"),
    ("2014-03-12", "Die Gewerkschaft habe im Juni mit dem Vorstand verhandelt, hieß es.", "2013-06"),
    ("2014-03-12", "Die Eltern sind froh, weil die Schule sie im Juni informiert hat.", "2013-06"),
    ("2014-03-12", "Der Minister telefoniert im Juni mit dem Landesrat.", "2014-06"),
    ("2014-03-12", "Die Direktorin besucht im Juni das Ministerium.", "2014-06"),
    ("2014-03-12", "Der Verein hat im Juni viel zu besprechen.", "2014-06"),
    ("2014-03-12", "Die Minister sind im Juni in Brüssel zusammengekommen.", "2013-06"),
    # a separable verb's past with its particle joined (subordinate clause)
    ("2014-03-12", "Die Schule bleibt zu, wie das Land im Juni bekanntgab.", "2013-06"),
    # 'seit' before the date: a period that began before now, whatever the verb
    ("2014-03-12", "Seit Juni werden die Flüchtlinge in Bozen untergebracht.", "2013-06"),
    ("2014-03-12", "Spätestens seit Juni dürfte der Kreis der Bewerber kleiner sein.", "2013-06"),
    # weak verbs form their past in -te, strong ones change their stem: both are past
    ("2014-03-12", "Im Juni ehrte die Gemeinde den Pfarrer.", "2013-06"),
    ("2014-03-12", "Im Juni erhielt die Kapelle neue Trachten.", "2013-06"),
    ("2014-03-12", "Im Juni lud der Verein zum Sommerfest ein.", "2013-06"),
    # an infinitive in -ten is no past ('arbeiten'), nor an adjective before its noun
    ("2014-03-12", "Im Juni wird der Pfarrer die Gemeinde mit der guten Nachricht erwarten.", "2014-06"),
    # a past verb two clauses away belongs to another clause: the date's own clause has no cue
    ("2023-11-28", "Er kam nicht, und so heißt es nun: Er singt am 12. Dezember in Meran.", "2023-12-12"),
]

# "werden" + participle is the present passive (Vorgangspassiv), not the future ("werden" +
# infinitive): with a month it is read as the present is, the nearest month (a story told in the
# historical present, published 2022-04-20); with a weekday it announces the coming one.
PRESENT_PASSIVE = [
    ("2022-04-20", "Die Einladung wird Ende Februar an alle Mitglieder verschickt.", "2022-02"),
    ("2022-04-20", "Anfang März wird der Vertrag in Wien unterzeichnet.", "2022-03"),
    ("2022-04-20", "Im Jänner werden die Kandidaten vom Vorstand nominiert.", "2022-01"),
    ("2022-04-20", "Die Zeitung berichtet, dass die Akten im Februar übermittelt werden.", "2022-02"),
    ("2022-10-24", "Der Botschafter wird am Freitag ins Ministerium bestellt.", "2022-10-28"),
    # the future, and the future passive, still look ahead; so does a participle of expectation
    ("2022-04-20", "Die Ministerin wird im Februar nach Rom reisen.", "2023-02"),
    ("2022-04-20", "Der Vertrag wird im Februar unterzeichnet werden.", "2023-02"),
    ("2022-04-20", "Die Delegation wird im Februar in Rom erwartet.", "2023-02"),
    # a form in -en may be the infinitive too: the future, as before
    ("2022-04-20", "Im Februar wird der Präsident Gäste aus Chile empfangen.", "2023-02"),
    ("2022-04-20", "Im Februar wird sie dem Vorstand angehören.", "2023-02"),
]

# A sentence that named a date with its year speaks of that time; a coordinated month goes on from the first.
SCENE = [
    ("2022-10-24", "Nachdem das Dach im Februar 2009 eingestürzt war, begann im Mai die Sanierung.",
     [("Februar 2009", "2009-02"), ("Mai", "2009-05")]),
    ("2022-10-24", "Für die Wahl im Mai 2023 wird im März nominiert.", [("Mai 2023", "2023-05"), ("März", "2023-03")]),
    ("2023-04-20", "Im Juli und August bleibt das Amt geschlossen.", [("Juli", "2023-07"), ("August", "2023-08")]),
    ("2022-11-15", "Im Dezember und Januar ruhen die Arbeiten.", [("Dezember", "2022-12"), ("Januar", "2023-01")]),
    # the next sentence is read on its own again
    ("2022-10-24", "Im Februar 2009 stürzte das Dach ein. Im Mai war es kalt.", [("Februar 2009", "2009-02"), ("Mai", "2022-05")]),
]

# "Ende des Jahres", "im selben Jahr": the year the story named in this sentence or the one before,
# unless the year bounds a period ("seit 2009"), or the clause looks ahead, or a sentence lies between.
STORY_YEAR = [
    ("Erst 1991 erhielt die Statue den Status eines Denkmals. Ab Ende des Jahres stand sie im Park.",
     [("1991", "1991"), ("Ende des Jahres", "1991")]),
    ("Die Kapelle wurde 1952 gegründet und spielte im selben Jahr beim Kirchtag.", [("1952", "1952"), ("selben Jahr", "1952")]),
    ("Der Umsatz stieg 2012 um fünf Prozent. Bis Ende des Jahres soll er weiter steigen.",
     [("2012", "2012"), ("Ende des Jahres", "2014")]),
    ("Sie leitet die Firma seit Dezember 2012. Anfang des Jahres hatte sie einen Hinweis bekommen.",
     [("Dezember 2012", "2012-12"), ("Anfang des Jahres", "2014")]),
    ("Er kam 1991 nach Bozen. Dann wurde es still um ihn. Ende des Jahres trat er zurück.",
     [("1991", "1991"), ("Ende des Jahres", "2014")]),
    ("Die Tochter machte 2012 Verlust. Im Jahr davor gab es Gewinn, im Jahr darauf wieder.",
     [("2012", "2012"), ("Jahr davor", "2011"), ("Jahr darauf", "2013")]),
    ("Anno 1809 kämpfte Andreas Hofer am Bergisel.", [("Anno 1809", "1809")]),
    ("Im dritten Quartal 2012 sank der Umsatz gegenüber dem gleichen Zeitraum des Vorjahres.",
     [("dritten Quartal 2012", "2012-Q3"), ("dem gleichen Zeitraum des Vorjahres", "2011-Q3")]),
    ("Die Preise legten im Oktober zum Vorjahresmonat um 0,1 Prozent zu.", [("Oktober", "2013-10"), ("Vorjahresmonat", "2012-10")]),
]

# Granularity is kept: never a day the text does not give.
GRANULARITY = [
    ("2022-10", "Die Kommission tagte am Mittwoch.", ("Mittwoch", "DATE", "2022-10", "APPROX")),
    ("2022-10", "Gestern Abend wurde abgestimmt.", ("Gestern Abend", "DATE", "2022-10", "APPROX")),
    ("2022-10", "Vergangene Woche stieg der Preis.", ("Vergangene Woche", "DATE", "2022-10", "APPROX")),
    ("2022", "Letzten Monat sank die Zahl.", ("Letzten Monat", "DATE", "2022", "APPROX")),
    ("2022-10-24", "Im Mai war es kalt.", ("Mai", "DATE", "2022-05", None)),
    ("2022-10-24", "Im Jahr 2019 war es kalt.", ("Jahr 2019", "DATE", "2019", None)),
]

# TimeML values that date no act, and the date an act told with them is given (TimeValue.dating,
# which the events stage reads): vague recency is the month of publication, approximately;
# "vor" with an amount holds a DURATION, the act lies that far back.
DATING = [
    ("2022-10-24", "Sie hatte kürzlich mit ihm telefoniert.", ("kürzlich", "DATE", "PAST_REF", None),
     ("kürzlich", "DATE", "2022-10", "APPROX")),
    ("2022-10-24", "Vor kurzem trafen sich die Minister in Wien.", ("Vor kurzem", "DATE", "PAST_REF", None),
     ("Vor kurzem", "DATE", "2022-10", "APPROX")),
    ("2022-10-24", "Neulich hatte er den Kanzler angerufen.", ("Neulich", "DATE", "PAST_REF", None),
     ("Neulich", "DATE", "2022-10", "APPROX")),
    ("2022-10-24", "Vor drei Monaten war es kalt.", ("drei Monaten", "DURATION", "P3M", None),
     ("Vor drei Monaten", "DATE", "2022-07", None)),
    ("2022-10-24", "Vor zwei Jahren war es kalt.", ("zwei Jahren", "DURATION", "P2Y", None),
     ("Vor zwei Jahren", "DATE", "2020", None)),
    ("2022-10-24", "Die Gemeinde hatte vor etwa zehn Jahren gebaut.", ("etwa zehn Jahren", "DURATION", "P10Y", "APPROX"),
     ("vor etwa zehn Jahren", "DATE", "2012", "APPROX")),
    ("2022-10-24", "Der Streit begann vor einem Jahrzehnt.", ("einem Jahrzehnt", "DURATION", "P10Y", None),
     ("vor einem Jahrzehnt", "DATE", "201", None)),
    ("2022-10-24", "Vor wenigen Tagen wurde der Plan vorgestellt.", ("wenigen Tagen", "DURATION", "PXD", None),
     ("Vor wenigen Tagen", "DATE", "2022-10", "APPROX")),
    ("2022-10-24", "In den vergangenen Wochen wurde verhandelt.", ("den vergangenen Wochen", "DURATION", "PXW", None),
     ("den vergangenen Wochen", "DATE", "2022-10", "APPROX")),
    ("2022-10", "Die Firma war vor zwei Tagen verkauft worden.", ("zwei Tagen", "DURATION", "P2D", None),
     ("vor zwei Tagen", "DATE", "2022-10", "APPROX")),
]

NO_PUBLISHED = [
    ("Die Konferenz fand am 21. Oktober statt.", ("21. Oktober", "DATE", "XXXX-10-21", None)),
    ("Am Freitag telefonierten sie.", ("Freitag", "DATE", "XXXX-WXX-5", None)),
    ("Gestern wurde abgestimmt.", ("Gestern", "DATE", "XXXX-XX-XX", None)),
    ("Im Mai gibt es ein Treffen.", ("Mai", "DATE", "XXXX-05", None)),
    ("Vergangene Woche gab es Streit.", ("Vergangene Woche", "DATE", "XXXX-WXX", None)),
    ("Kürzlich wurde es verschärft.", ("Kürzlich", "DATE", "PAST_REF", None)),
    ("Die Firma wurde im März 2015 gegründet.", ("März 2015", "DATE", "2015-03", None)),
]

# Words that look like time expressions, and are not.
FALSE_POSITIVES = [
    "Mit 2000 Soldaten verstärkt die Nato die Ostflanke.",
    "Die Spende belief sich auf 1500 Euro.",
    "Die Nato verlegte 2000 zusätzliche Soldaten.",
    "Rund 2019 Menschen nahmen teil.",
    "Die Umfragewerte der Sonntagsfrage sind stabil.",
    "So weit wollte er nicht gehen.",
    "Die Koalition will mit der Opposition reden.",
    "Mai Thi Nguyen-Kim moderierte die Sendung.",
    "August Diehl spielt die Hauptrolle.",
    "Der Tag der offenen Tür lockte viele an.",
    "Die Abkürzungen Mo und Do stehen am Eingang.",
    "Die Agenda 2030 umfasst 17 Ziele.",
    "Der Freitag ist eine Wochenzeitung.",
    "Der 90 Jahre alte Mann wurde verletzt.",
    "Jungbürger ab 16 Jahren dürfen erstmals wählen.",
    "Die Bäuerin starb im Alter von 86 Jahren.",
    "Kinder zwischen sechs und elf Jahren bastelten Laternen.",
    "Mit 16 Jahren verließ er das Dorf.",
    "Eines Tages werde sie zurückkehren.",
    "Das Weihnachtsgeschäft verlief enttäuschend.",
    "Die Strecke ist 1960 Meter lang.",
    "Das Ende des Krieges ist nicht absehbar.",
    "Die Bild am Sonntag berichtete zuerst.",
    "Das Morgenmagazin sendete live.",
    "Guten Morgen, sagte der Moderator.",
    "Der Morgen war kalt und klar.",
    "Im dritten Trimester der Schwangerschaft ist Vorsicht geboten.",
    "Zur Kundgebung kamen 1500-2000 Menschen.",
    "Morgen und Abend sind hier kühl.",
    "Die Entscheidung fällt bald, das Urteil demnächst und der Bescheid in Kürze.",
]
# fmt: on


@pytest.mark.parametrize("published,sentence,expected", CLASSES)
def test_times_class(published, sentence, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,timex,dating", DATING)
def test_times_dating_of_timeml_values(published, sentence, timex, dating):
    (t,) = tag_times(sentence, published)
    assert (t.text, t.type, t.value, t.mod) == timex
    d = t.dating
    assert (d.text, d.type, d.value, d.mod) == dating
    assert sentence[d.start:d.end] == d.text and d.start <= t.start and t.end <= d.end


def test_times_dating_goes_on_as_the_last_date():
    """A later "tags darauf" counts from the day "vor drei Tagen" gives, as before."""
    found = tag_times("Vor drei Tagen kam er an, tags darauf traf er den Minister.", "2022-10-24")
    assert [(t.text, t.value) for t in found] == [("drei Tagen", "P3D"), ("tags darauf", "2022-10-22")]


@pytest.mark.parametrize("text,expected", STORY_YEAR)
def test_times_year_of_the_story(text, expected):
    assert [(t.text, t.value) for t in tag_times(text, "2014-03-12")] == expected


@pytest.mark.parametrize("sentence,value", TENSE)
def test_times_weekday_follows_tense(sentence, value):
    assert [v for _, _, v, _ in times(sentence, "2022-10-24")] == [value]


@pytest.mark.parametrize("published,sentence,value", PLAN_TOLD_FROM_PAST)
def test_times_weekday_of_a_plan_told_from_the_past_is_the_nearest(published, sentence, value):
    assert [v for _, _, v, _ in times(sentence, published)] == [value]


@pytest.mark.parametrize("published,sentence,value", MONTH_TENSE)
def test_times_month_follows_tense(published, sentence, value):
    assert [v for _, _, v, _ in times(sentence, published)] == [value]


PERFECT_INFINITIVE = [
    ("2022-04-20", "Der Agent soll die beiden Männer im Februar in Chicago getroffen haben.", "2022-02"),
    ("2022-04-20", "Die Ministerin will den Botschafter schon im März angerufen haben.", "2022-03"),
    ("2022-04-20", "Im Jänner sollen die Gesandten nach Kairo gereist sein.", "2022-01"),
    ("2022-04-20", "Die Zeitung meldet, dass die Anwälte im Februar telefoniert haben.", "2022-02"),
    # a modal with a plain infinitive still looks ahead
    ("2022-04-20", "Der Agent soll die beiden Männer im Februar treffen.", "2023-02"),
    ("2022-04-20", "Die Ministerin will im März nach Rom reisen.", "2023-03"),
]


@pytest.mark.parametrize("published,sentence,value", PERFECT_INFINITIVE)
def test_times_modal_with_a_perfect_infinitive_tells_the_past(published, sentence, value):
    assert [v for _, _, v, _ in times(sentence, published)] == [value]


@pytest.mark.parametrize("published,sentence,value", PRESENT_PASSIVE)
def test_times_present_passive_is_no_future(published, sentence, value):
    assert [v for _, _, v, _ in times(sentence, published)] == [value]


@pytest.mark.parametrize("published,sentence,expected", SCENE)
def test_times_month_follows_the_date_the_sentence_named(published, sentence, expected):
    assert [(t[0], t[2]) for t in times(sentence, published)] == expected


@pytest.mark.parametrize("published,sentence,expected", GRANULARITY)
def test_times_keep_granularity(published, sentence, expected):
    assert times(sentence, published) == [expected]


@pytest.mark.parametrize("sentence,expected", NO_PUBLISHED)
def test_times_without_published_year_is_unknown(sentence, expected):
    assert times(sentence, None) == [expected]


@pytest.mark.parametrize("sentence", FALSE_POSITIVES)
def test_times_false_positive_traps(sentence):
    assert times(sentence, "2022-10-24") == []


def test_times_discourse_reference_for_relative_days():
    found = times("Am 29. November trat die Runde zusammen, tags darauf folgte das Urteil.", "2021-12-03")
    assert [v for _, _, v, _ in found] == ["2021-11-29", "2021-11-30"]


def test_times_offsets_slice_exactly():
    text = "Berlin – Am Freitag (21. Oktober) telefonierten sie.\n\nGestern Abend um 20.30 Uhr folgte im Mai ein Treffen."
    found = tag_times(text, "2022-10-24")
    assert [t.value for t in found] == ["2022-10-21", "2022-10-23T20:30", "2022-05"]
    for t in found:
        assert text[t.start:t.end] == t.text


def test_times_sentences_bound_matching():
    text = "Er kam im Mai. 2019 war es anders."
    found = tag_times(text, "2022-10-24", [(0, 14), (15, len(text))])
    assert [(t.text, t.value) for t in found] == [("Mai", "2022-05"), ("2019", "2019")]


@pytest.mark.parametrize("year", range(1900, 2101))
def test_times_easter_matches_dateutil(year):
    dateutil_easter = pytest.importorskip("dateutil.easter")
    assert easter(year) == dateutil_easter.easter(year)


def test_times_easter_known_dates():
    assert [easter(y) for y in (2022, 2023, 2024)] == [date(2022, 4, 17), date(2023, 4, 9), date(2024, 3, 31)]


# --- resources -----------------------------------------------------------

def test_times_resources_load_and_every_example_matches():
    g = grammar()  # load_grammar checks every rule's example against its own pattern
    assert len(g.rules) > 80
    names = [r.name for r in g.rules]
    assert len(names) == len(set(names))


def test_times_every_resource_file_has_a_header():
    for path in TIMES_DIR.rglob("*"):
        if path.is_file():
            assert path.read_text(encoding="utf-8").startswith("#"), path


@pytest.fixture
def resource_copy(tmp_path):
    root = tmp_path / "times"
    shutil.copytree(TIMES_DIR, root)
    return root


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_times_copied_resources_load(resource_copy):
    assert len(load_grammar(resource_copy).rules) == len(grammar().rules)


def test_times_broken_rule_example_raises(resource_copy):
    replace_in(resource_copy / "rules" / "date.tsv", "im [Juni 2021]", "im [Juno 2021]")
    with pytest.raises(ResourceError, match="date_month_year.*does not match its own pattern"):
        load_grammar(resource_copy)


def test_times_example_with_wrong_extent_raises(resource_copy):
    replace_in(resource_copy / "rules" / "date.tsv", "am [Freitag]", "[am Freitag]")
    with pytest.raises(ResourceError, match="date_weekday"):
        load_grammar(resource_copy)


def test_times_unknown_pattern_class_raises(resource_copy):
    replace_in(resource_copy / "rules" / "date.tsv", "%reSeason", "%reSaison")
    with pytest.raises(ResourceError, match="unknown pattern class %reSaison"):
        load_grammar(resource_copy)


def test_times_unknown_normalisation_table_raises(resource_copy):
    replace_in(resource_copy / "rules" / "date.tsv", "%normSeason(s)", "%normSaison(s)")
    with pytest.raises(ResourceError, match="unknown normalisation table %normSaison"):
        load_grammar(resource_copy)


def test_times_template_group_missing_raises(resource_copy):
    replace_in(resource_copy / "rules" / "date.tsv", "{y}-%normSeason(s)", "{year}-%normSeason(s)")
    with pytest.raises(ResourceError, match="group"):
        load_grammar(resource_copy)


def test_times_duplicate_normalisation_form_raises(resource_copy):
    path = resource_copy / "normalization" / "normMonth.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "Mai\t06\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="duplicate"):
        load_grammar(resource_copy)


def test_times_file_without_header_raises(resource_copy):
    path = resource_copy / "repattern" / "reSeason.txt"
    path.write_text("\n".join(l for l in path.read_text(encoding="utf-8").splitlines() if not l.startswith("#")),
                    encoding="utf-8")
    with pytest.raises(ResourceError, match="header"):
        load_grammar(resource_copy)


def test_times_every_class_word_has_a_normalisation():
    """A plain word of reX.txt must have a value in normX.tsv (the data files agree)."""
    g = grammar()
    for path in sorted((TIMES_DIR / "repattern").glob("re*.txt")):
        table = g.norms.get("norm" + path.stem[2:])
        if table is None:
            continue
        for alt in read_repattern(path)[0]:
            word = alt.replace("\\.", ".")
            if re.fullmatch(r"[\wäöüÄÖÜß .-]+", word):
                assert normalise(table, word) is not None, (path.name, alt)


# --- the spaCy component -------------------------------------------------

@pytest.fixture(scope="module")
def nlp():
    from extractor.pipeline import load_pipeline
    return load_pipeline(announce=False)[0]


def run_pipeline(nlp, text: str, published: str | None):
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_times_component_sets_doc_times(nlp):
    text = "date 2022-10 Treffen in Paris\n\nVon: Anna Muster\n\nAm Freitag (21. Oktober) trafen sie sich. Im Mai hatten sie telefoniert.\n\n(dpa)"
    doc = run_pipeline(nlp, text, "2022-10")
    assert [(t.text, t.value) for t in doc._.times] == [("Freitag (21. Oktober)", "2022-10-21"), ("Mai", "2022-05")]
    assert all(doc.text[t.start:t.end] == t.text for t in doc._.times)


def test_times_component_skips_meta_byline_credit(nlp):
    text = "date 2022-10-21 Bericht vom Montag\n\nVon: Max Sonntag\n\nDie Runde tagte am Montag.\n\n(Foto: Archiv 2019)"
    doc = run_pipeline(nlp, text, "2022-10-21")
    assert [t.text for t in doc._.times] == ["Montag", "Montag"]  # headline and body, not meta/credit


def test_times_component_without_segmenter(nlp):
    from spacy.tokens import Doc
    doc = Doc(nlp.vocab, words=["Am", "Freitag", "trafen", "sie", "sich", "."])
    doc._.published = "2022-10-24"
    doc = nlp.get_pipe("german_times")(doc)
    assert [(t.text, t.value) for t in doc._.times] == [("Freitag", "2022-10-21")]


# --- the seed article ----------------------------------------------------

@pytest.mark.skipif(not SEED.exists(), reason="seed example not available")
def test_times_seed_article(nlp):
    text = SEED.read_text(encoding="utf-8")
    published = re.match(r"\s*date\s+(\d{4}(?:-\d\d){0,2})", text).group(1)
    doc = run_pipeline(nlp, text, published)
    found = {(t.value, t.mod) for t in doc._.times} | {(t.dating.value, t.dating.mod) for t in doc._.times if t.dating}
    for expected in [("2022-10-21", None), ("2022-10-23", None), ("2022-05", None), ("2021-06", None),
                     ("2022-09", "MID"), ("2022-10", "APPROX")]:
        assert expected in found
    texts = {t.text for t in doc._.times}
    assert {"Freitag (21. Oktober)", "Sonntag (23. Oktober)", "Mai", "Juni 2021", "Mitte September",
            "den letzten Tagen"} <= texts
    allowed = {"DATE", "TIME", "DURATION", "SET"}
    for t in doc._.times:
        assert t.type in allowed
        assert t.text.lower() not in {"so", "mit", "die", "mo", "do"}
        assert not re.fullmatch(r"\d{4}-\d\d", t.text)  # the header date is meta, not text


# --- gating: the word-memo probe finds every gate token the one-regex scan finds ---------

def _scanned_classes(g, text: str) -> frozenset:
    """The plain way: one probe regex over the lower-cased sentence."""
    found = set(g.always)
    for m in g.probe.finditer(text.lower()):
        found |= g.probe_classes.get("#" if m.lastgroup == "digit" else m.group(), frozenset())
    return frozenset(found)


def _gold_sentences() -> list[str]:
    import json
    path = Path(__file__).resolve().parents[2] / "corpus" / "times" / "gold.jsonl"
    return [json.loads(line)["sentence"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_times_gate_probe_finds_at_least_what_a_regex_scan_finds():
    from extractor.components.times import present_classes
    g = grammar()
    sentences = _gold_sentences() + [
        "Bis zum Montagabend, so der Sprecher, gebe es ein paar Gespräche.",
        "Am Tag der Deutschen Einheit (3.10.) und zu Christi Himmelfahrt ruht die Arbeit.",
        "Das Vorjahresquartal brachte rund 3,5 Mrd. US-Dollar, bzw. mehr als erwartet.",
        "(bis  zum Ende) – wenige Tage später, in Kürze also.",
    ]
    for sentence in sentences:
        scanned = _scanned_classes(g, sentence)
        probed = present_classes(g, sentence, 0, len(sentence))
        assert scanned <= probed, (sentence, sorted(scanned - probed))


def test_times_gate_probe_sees_phrases_across_a_space_and_words_inside_words():
    from extractor.components.times import present_classes
    g = grammar()
    probed = present_classes(g, "Bis zum Montagabend bleibt es so.", 0, 33)
    assert g.probe_classes["bis zum"] <= probed
    assert g.probe_classes["abend"] <= probed  # inside "Montagabend"
    assert "\x00" not in probed  # the phrase marker does not leak


def test_times_rules_for_runs_the_gated_rules_in_rule_order():
    from extractor.components.times import present_classes, rules_for
    g = grammar()
    sentence = "Am Freitag, dem 21. Oktober 2022, telefonierten sie."
    present = present_classes(g, sentence, 0, len(sentence))
    rules = rules_for(g, present)
    assert rules is rules_for(g, present)  # memoised per token set
    assert [r.order for r in rules] == sorted(r.order for r in rules)
    assert all(not any(present.isdisjoint(clause) for clause in r.gate) for r in rules)
    assert "date_weekday" in {r.name for r in rules}


@pytest.mark.parametrize("text,values", [
    # an article dated only by month: a weekday takes the week of the last day named
    ("Am Freitag, dem 14. April, kam die Ministerin an. Am Samstag traf sie den Präsidenten.",
     ["2023-04-14", "2023-04-15"]),
    # "vergangenen" counts from the publication, which has no day: the month, approximately
    ("Am Freitag, dem 14. April, kam die Ministerin an. Am vergangenen Montag war sie in Paris.",
     ["2023-04-14", "2023-04"]),
    # no day named before: the month, approximately
    ("Am Samstag traf die Ministerin den Präsidenten.", ["2023-04"]),
])
def test_times_weekday_in_a_month_dated_article_follows_the_last_day_named(text, values):
    assert [t.value for t in tag_times(text, "2023-04")] == values


@pytest.mark.parametrize("text", ["Sie telefonierten am 6. und 9. Januar.", "Sie telefonierten am 6. und am 9. Januar."])
def test_times_day_coordinated_with_a_repeated_preposition_shares_the_month(text):
    assert [t.value for t in tag_times(text, "2025-01-20")] == ["2025-01-06", "2025-01-09"]
