"""A clause set inside a work of fiction ("Im Film trifft sich X mit Y") tells what its characters
do, no news event; a talk set inside a programme ("sprach in der Pressestunde mit X", "In seinem
Podcast unterhielt sich X mit Y", "Im Fernsehen debattierte X mit Y") is a broadcast, a statement
(guidelines, "Press").  A talk told beside a programme, not in it, stays a talk."""
from __future__ import annotations

import pytest

from .helpers import events, summary

# fmt: off
IN_A_WORK = [
    "Im Film trifft sich der Kommissar Moritz Eisner mit dem Zeugen Peter Hanl.",
    "In dem neuen Spielfilm telefoniert die Ärztin Lena Brandt mit ihrem Bruder Jonas Brandt.",
    "Im Kriminalroman besucht Inspektor Paul Haller den Bankier Otto Wendl in Salzburg.",
    "In der Fernsehserie verhandelt die Anwältin Clara Stein mit dem Staatsanwalt Felix Horak.",
    "In der Oper schreibt die Gräfin Rosina Almaviva einen Brief an den Diener Figaro Bassi.",
]
# a work that tells the clause after it as its plot, or a maker's name before the work
TOLD_BY_A_WORK = [
    "Die Serie erzählt, wie der Lehrer Walter Weiß den Drogenboss Gustav Fringer trifft.",
    "Der Roman schildert, wie der junge Anwalt Paul Berger den Industriellen Otto Kranz trifft.",
    "Der Film handelt davon, wie die Kommissarin Bibi Fellner den Zeugen Max Brandt besucht.",
    "Die neue Komödie zeigt, wie die Ärztin Lena Brandt mit ihrem Bruder Jonas Brandt telefoniert.",
    "In Ulrich Seidls neuem Film trifft der Jäger Franz Huber den Pfarrer Josef Lang.",
]
IN_A_PROGRAMME = [
    "Christian Kern sprach in der ORF-Pressestunde mit Hans Bürger und Barbara Tóth über die Reform.",
    "In seinem Podcast unterhielt sich Jan Böhmermann mit Olli Schulz über Politik.",
    "In der ORF-Sendung diskutierten Norbert Hofer und Alexander Van der Bellen mit Ingrid Thurnher.",
    "Im Fernsehen debattierte Xaver Quuxberg am Sonntag mit Zora Amselmann.",
    "Im Ö1-Morgenjournal sprach Sozialminister Alois Stöger mit Hubert Arnim-Ellissen.",
]
# a programme or a work beside the act, not its setting
NOT_SET_IN = [
    ("Nach der Sendung traf Kanzler Werner Faymann den ungarischen Premier Viktor Orbán.",
     ("meeting", ["Viktor Orbán", "Werner Faymann"])),
    ("Außenminister Sebastian Kurz sprach am Montag mit Sergej Lawrow über den neuen Film.",
     ("talk", ["Sebastian Kurz", "Sergej Lawrow"])),
    ("Der Bericht zeigt, dass Kanzler Werner Faymann am Montag Angela Merkel getroffen hat.",
     ("meeting", ["Angela Merkel", "Werner Faymann"])),
    ("In der Folge telefonierte Kanzler Werner Faymann mit Angela Merkel.",
     ("call", ["Angela Merkel", "Werner Faymann"])),
    ("Im Drama um die Geiseln verhandelte Innenministerin Johanna Mikl-Leitner mit Ahmet Davutoğlu.",
     ("talk", ["Ahmet Davutoğlu", "Johanna Mikl-Leitner"])),
]
# fmt: on


@pytest.mark.parametrize("text", IN_A_WORK)
def test_an_act_inside_a_work_of_fiction_is_no_event(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []


@pytest.mark.parametrize("text", TOLD_BY_A_WORK)
def test_a_plot_told_by_a_work_is_no_event(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []


@pytest.mark.parametrize("text", IN_A_PROGRAMME)
def test_a_talk_inside_a_programme_is_a_broadcast(extractor, text):
    assert events(extractor, text, published="2016-04-10") == []


@pytest.mark.parametrize("text, expected", NOT_SET_IN)
def test_a_programme_or_work_beside_the_act_sets_nothing(extractor, text, expected):
    found = [summary(e)[:2] for e in events(extractor, text, published="2016-04-10")]
    assert found == [expected]
