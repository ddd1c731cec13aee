"""Time expressions of German, Austrian and South Tyrolean news that the first rules missed.

Each table holds sentences written for these tests (none taken from an article), one kind of
expression each, with the TIMEX3 text, type, value and mod the tagger must give.
"""
from __future__ import annotations

import pytest

from extractor.components.times import tag_times


def times(sentence: str, published: str | None) -> list[tuple]:
    return [(t.text, t.type, t.value, t.mod) for t in tag_times(sentence, published)]


# fmt: off
# A month, season or part of the year of the year before: 'des Vorjahres' is one expression with it.
PREVIOUS_YEAR = [
    ("2014-06-11", "Im Juni des Vorjahres hatte die Genossenschaft noch Gewinne geschrieben.",
     [("Juni des Vorjahres", "DATE", "2013-06", None)]),
    ("2015-02-03", "Schon im Herbst des Vorjahres waren die Gleise erneuert worden.",
     [("Herbst des Vorjahres", "DATE", "2014-FA", None)]),
    ("2014-06-11", "Ende des Vorjahres zählte der Alpenverein 60.000 Mitglieder.",
     [("Ende des Vorjahres", "DATE", "2013", "END")]),
    ("2016-09-20", "Die Preise waren Anfang Dezember des Vorjahres gestiegen.",
     [("Anfang Dezember des Vorjahres", "DATE", "2015-12", "START")]),
]

# 'desselben Jahres', 'des gleichen Jahres' after a month, season or part word: the year the story named.
SAME_YEAR_OF_THE_STORY = [
    ("2014-06-11", "Im März 2009 zog die Familie nach Lana, im Herbst desselben Jahres nach Meran.",
     [("März 2009", "DATE", "2009-03", None), ("Herbst desselben Jahres", "DATE", "2009-FA", None)]),
    ("2014-06-11", "1972 trat das Statut in Kraft, Ende desselben Jahres wurde der Landtag gewählt.",
     [("1972", "DATE", "1972", None), ("Ende desselben Jahres", "DATE", "1972", "END")]),
    ("2020-01-15", "Der Bau der Brücke begann 1985 und endete im Oktober des gleichen Jahres.",
     [("1985", "DATE", "1985", None), ("Oktober des gleichen Jahres", "DATE", "1985-10", None)]),
]

# Halves of a year in words: 'in der ersten Hälfte des Jahres', 'der zweiten Hälfte 2013'.
HALF_OF_THE_YEAR = [
    ("2014-06-11", "In der zweiten Hälfte des Jahres sollen die Bagger auffahren.",
     [("der zweiten Hälfte des Jahres", "DATE", "2014-H2", None)]),
    ("2014-06-11", "In der ersten Hälfte 2013 blieben die Zimmer oft leer.",
     [("der ersten Hälfte 2013", "DATE", "2013-H1", None)]),
    ("2018-03-01", "Die Exporte brachen in der zweiten Hälfte des vergangenen Jahres ein.",
     [("der zweiten Hälfte des vergangenen Jahres", "DATE", "2017-H2", None)]),
    ("2018-03-01", "Die erste Hälfte des Vorjahres verlief ruhig.",
     [("Die erste Hälfte des Vorjahres", "DATE", "2017-H1", None)]),
]

# A winter named by the two years it spans is the winter that begins in the first.
WINTER_OF_TWO_YEARS = [
    ("2014-06-11", "Im Winter 2013/14 fiel in Gröden doppelt so viel Schnee.",
     [("Winter 2013/14", "DATE", "2013-WI", None)]),
    ("2011-04-02", "Der Winter 2010/2011 war für die Liftbetreiber ein gutes Geschäft.",
     [("Winter 2010/2011", "DATE", "2010-WI", None)]),
]

# 'abgelaufen' (just ended), 'heurig' and 'diesjährig' (this year's) before a unit or season.
RELATIVE_ADJECTIVES = [
    ("2014-06-11", "Im abgelaufenen Jahr verbuchte die Kellerei einen Rekord.",
     [("abgelaufenen Jahr", "DATE", "2013", None)]),
    ("2015-03-10", "Im heurigen Jahr wird der Kirchturm saniert.",
     [("heurigen Jahr", "DATE", "2015", None)]),
    ("2015-03-10", "In der abgelaufenen Woche meldeten sich 40 Freiwillige.",
     [("der abgelaufenen Woche", "DATE", "2015-W10", None)]),
    ("2015-03-10", "Der diesjährige Sommer soll trocken werden.",
     [("Der diesjährige Sommer", "DATE", "2015-SU", None)]),
]

# Early, high and late parts of a season as one word: the season with a mod.
SEASON_PARTS = [
    ("2014-06-11", "Im Spätherbst beginnt die Weinlese am Kalterer See.",
     [("Spätherbst", "DATE", "2014-FA", "END")]),
    ("2014-08-20", "Im Frühsommer hatte ein Hagel die Äpfel beschädigt.",
     [("Frühsommer", "DATE", "2014-SU", "START")]),
    ("2014-06-11", "Die Almen wurden im Spätsommer 2012 geräumt.",
     [("Spätsommer 2012", "DATE", "2012-SU", "END")]),
    ("2014-06-11", "Im Hochsommer sind die Pässe überlaufen.",
     [("Hochsommer", "DATE", "2014-SU", "MID")]),
]

# Years before 1900 where a preposition makes the number a year; 'um' and 'gegen' a year: around it.
OLD_AND_APPROXIMATE_YEARS = [
    ("2014-06-11", "Seit 1848 gibt es in dem Dorf eine Musikkapelle.", [("1848", "DATE", "1848", None)]),
    ("2014-06-11", "Zwischen 1859 und 1866 verlor Österreich seine italienischen Gebiete.",
     [("1859", "DATE", "1859", None), ("1866", "DATE", "1866", None)]),
    ("2014-06-11", "Der Ansitz wurde um 1550 errichtet.", [("um 1550", "DATE", "1550", "APPROX")]),
    ("2014-06-11", "Gegen 1900 kamen die ersten Sommerfrischler.", [("Gegen 1900", "DATE", "1900", "APPROX")]),
]

# A weekday with its day, coordinated with a later day that names the month (programmes, notices).
WEEKDAY_DAY_LISTS = [
    ("2014-06-11", "Das Dorffest findet am Freitag, 20., und Samstag, 21. Juni, statt.",
     [("Freitag, 20", "DATE", "2014-06-20", None), ("Samstag, 21. Juni", "DATE", "2014-06-21", None)]),
    ("2014-06-11", "Geprobt wird am Montag, den 16. und Dienstag, den 17. Juni.",
     [("Montag, den 16", "DATE", "2014-06-16", None), ("Dienstag, den 17. Juni", "DATE", "2014-06-17", None)]),
    ("2013-09-02", "Die Bühne spielt am Freitag, 6., Samstag, 7., und Sonntag, 8. September.",
     [("Freitag, 6", "DATE", "2013-09-06", None), ("Samstag, 7", "DATE", "2013-09-07", None),
      ("Sonntag, 8. September", "DATE", "2013-09-08", None)]),
]

# The weekend of a movable feast: the weekend of the ISO week that holds the feast day.
FEAST_WEEKENDS = [
    ("2014-06-11", "Am Pfingstwochenende staute sich der Verkehr auf der Brennerautobahn.",
     [("Pfingstwochenende", "DATE", "2014-W23-WE", None)]),
    ("2015-03-20", "Für das Osterwochenende sind die Hotels ausgebucht.",
     [("das Osterwochenende", "DATE", "2015-W14-WE", None)]),
    ("2016-05-10", "Am Fronleichnamswochenende wird am Ritten gewandert.",
     [("Fronleichnamswochenende", "DATE", "2016-W21-WE", None)]),
]

# 'Früh' as a part of the day (Austrian and South Tyrolean 'in der Früh', reformed 'gestern Früh').
MORNING_FRUEH = [
    ("2014-06-11", "In der Früh wurde der Brand entdeckt.", [("der Früh", "TIME", "2014-06-11TMO", None)]),
    ("2014-06-11", "Gestern Früh sperrte die Polizei die Straße.", [("Gestern Früh", "TIME", "2014-06-10TMO", None)]),
    ("2014-06-11", "Der Zug kam Sonntag Früh in Bozen an.", [("Sonntag Früh", "TIME", "2014-06-08TMO", None)]),
]

# The night before publication, and parts of a day before or after the last day named.
NIGHTS_AND_EVES = [
    ("2014-06-11", "In der vergangenen Nacht brannte in Lana ein Stadel.",
     [("der vergangenen Nacht", "TIME", "2014-06-10TNI", None)]),
    ("2014-06-11", "Letzte Nacht haben Unbekannte ein Auto aufgebrochen.", [("Letzte Nacht", "TIME", "2014-06-10TNI", None)]),
    ("2014-06-11", "Die Wahl war am 25. Mai. Am Vorabend hatten die Parteien noch geworben.",
     [("25. Mai", "DATE", "2014-05-25", None), ("Vorabend", "TIME", "2014-05-24TEV", None)]),
    ("2014-06-11", "Das Konzert war am 3. Juni, am Morgen danach wurde aufgeräumt.",
     [("3. Juni", "DATE", "2014-06-03", None), ("Morgen danach", "TIME", "2014-06-04TMO", None)]),
    ("2014-06-11", "Die Gäste feierten bis in die frühen Morgenstunden.",
     [("die frühen Morgenstunden", "TIME", "2014-06-11TMO", None)]),
]

# Durations of many years as adjectives, centuries without a number, and a weekday once a month.
DURATIONS_AND_SETS = [
    ("2014-06-11", "Der langjährige Obmann der Feuerwehr tritt ab.", [("langjährige", "DURATION", "PXY", None)]),
    ("2014-06-11", "Nach mehrjährigen Verhandlungen steht der Vertrag.", [("mehrjährigen", "DURATION", "PXY", None)]),
    ("2014-06-11", "Seit Jahrhunderten wird am Hang Wein angebaut.", [("Jahrhunderten", "DURATION", "PXCE", None)]),
    ("2014-06-11", "Die Bäuerinnen verkaufen jeden ersten Samstag im Monat ihr Brot.",
     [("jeden ersten Samstag im Monat", "SET", "P1M", None)]),
    ("2014-06-11", "Der Seniorenclub trifft sich am letzten Donnerstag des Monats.",
     [("letzten Donnerstag des Monats", "SET", "P1M", None)]),
]

# 'bis' sets a deadline ahead when no verb decides; 'bleiben' with a participle is a state, no past act.
DEADLINES_AHEAD = [
    ("2014-10-11", "Bis März bleibt die Passstraße gesperrt.", [("März", "DATE", "2015-03", None)]),
    ("2014-06-11", "Die Krippe bleibt bis Weihnachten im Rathaus.", [("Weihnachten", "DATE", "2014-12-25", None)]),
    ("2014-10-11", "Bis Ende Februar läuft die Frist für die Anträge.", [("Ende Februar", "DATE", "2015-02", "END")]),
    ("2014-10-11", "Bis März war die Passstraße gesperrt.", [("März", "DATE", "2014-03", None)]),
    ("2014-03-12", "Die Abstimmung wurde auf den Herbst verschoben.", [("den Herbst", "DATE", "2014-FA", None)]),
    # the 'bis' of a range is no deadline, and 'bis' governs only what follows it
    ("2014-10-11", "Die Zahlen für April bis Juni liegen nun vor.",
     [("April", "DATE", "2014-04", None), ("Juni", "DATE", "2014-06", None)]),
]

# Parts of centuries, the course of a unit, 'in diesen Tagen', periods named after a war.
COURSE_AND_PERIODS = [
    ("2014-03-12", "Das Gasthaus entstand im ausgehenden 18. Jahrhundert.",
     [("ausgehenden 18. Jahrhundert", "DATE", "17", "END")]),
    ("2014-03-12", "Im Laufe des Jahres soll die Umfahrung fertig werden.", [("des Jahres", "DATE", "2014", None)]),
    ("2014-03-12", "1996 wurde der Verein gegründet, im Laufe des Jahres kamen 40 Mitglieder.",
     [("1996", "DATE", "1996", None), ("des Jahres", "DATE", "1996", None)]),
    ("2014-03-12", "Im Laufe der Woche wird es wärmer.", [("der Woche", "DATE", "2014-W11", None)]),
    ("2014-03-12", "Im Laufe des Vormittags trafen die Retter ein.", [("des Vormittags", "TIME", "2014-03-12TMO", None)]),
    ("2014-03-12", "In diesen Tagen werden die Bescheide verschickt.", [("diesen Tagen", "DATE", "PRESENT_REF", None)]),
    ("2014-03-12", "In der Nachkriegszeit wanderten viele aus.", [("der Nachkriegszeit", "DATE", "XXXX-XX-XX", None)]),
    ("2014-03-12", "Am gestrigen Dienstagabend tagte der Gemeinderat.",
     [("gestrigen Dienstagabend", "TIME", "2014-03-11TEV", None)]),
]

# Numbers that only look like years there: differences, amounts, heights.
NO_YEARS = [
    "Die Zahl der Nächtigungen stieg um 1500 auf 92.000.",
    "Die Zahl der Mitglieder ist um 1200 gesunken.",
    "Das Ticket kostet zwischen 1200 und 1800 Euro.",
    "Die Schutzhütte liegt auf 1850 Metern.",
    "Vor 1500 Zuschauern gewann die Heimmannschaft.",
    "Gegen 2000 Demonstranten zogen durch die Stadt.",
    "Die Kamera liefert Bilder von 1152 x 864 Bildpunkten.",
]
# fmt: on


@pytest.mark.parametrize("published,sentence,expected", PREVIOUS_YEAR)
def test_times_month_or_season_of_the_previous_year(published, sentence, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", SAME_YEAR_OF_THE_STORY)
def test_times_same_year_takes_the_year_the_story_named(published, sentence, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", HALF_OF_THE_YEAR)
def test_times_half_of_the_year_in_words(published, sentence, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", WINTER_OF_TWO_YEARS)
def test_times_winter_of_two_years_begins_in_the_first(published, sentence, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", RELATIVE_ADJECTIVES)
def test_times_ended_and_this_years_adjectives_before_a_unit(published, sentence, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", SEASON_PARTS)
def test_times_early_high_and_late_season_take_a_mod(published, sentence, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", OLD_AND_APPROXIMATE_YEARS)
def test_times_old_years_after_a_preposition_and_years_around(published, sentence, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("sentence", NO_YEARS)
def test_times_differences_amounts_and_heights_are_no_years(sentence):
    assert times(sentence, "2014-06-11") == []


@pytest.mark.parametrize("published,sentence,expected", WEEKDAY_DAY_LISTS)
def test_times_weekday_with_its_day_shares_the_month_of_a_later_day(published, sentence, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", FEAST_WEEKENDS)
def test_times_weekend_of_a_movable_feast(published, sentence, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", MORNING_FRUEH)
def test_times_frueh_is_the_morning(published, sentence, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", NIGHTS_AND_EVES)
def test_times_last_night_and_the_eve_of_a_day(published, sentence, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", DURATIONS_AND_SETS)
def test_times_durations_of_many_years_and_monthly_weekdays(published, sentence, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", DEADLINES_AHEAD)
def test_times_bis_points_ahead_unless_a_verb_decides(published, sentence, expected):
    assert times(sentence, published) == expected


@pytest.mark.parametrize("published,sentence,expected", COURSE_AND_PERIODS)
def test_times_parts_of_centuries_course_of_a_unit_and_named_periods(published, sentence, expected):
    assert times(sentence, published) == expected
