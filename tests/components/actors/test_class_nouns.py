"""A definite class noun refers back to the one organisation of its class named just before
(``class_nouns.tsv``): "Siemens ... Der Konzern ...".  Indefinite and plural uses are generic;
a noun with a genitive or name after it names another body; with two of the class in reach, or
none, it names nobody.  Every sentence is new, none taken from an article."""
from __future__ import annotations

import pytest

from .helpers import actors


# fmt: off
@pytest.mark.parametrize("text, name, mention", [
    # article in each case and gender: nominative, dative, genitive
    ("Siemens streicht 3000 Stellen. Am Montag verhandelte der Konzern mit dem Betriebsrat.", "Siemens", "Konzern"),
    ("Die ÖVP stellt sich quer. Gestern traf sich die Partei mit Vertretern der Wirtschaft.", "ÖVP", "Partei"),
    ("Der FC Barcelona hat einen neuen Trainer. Der Verein bestätigte am Dienstag die Verpflichtung.",
     "FC Barcelona", "Verein"),
    ("Die Lufthansa prüft das Angebot. Ein Sprecher des Unternehmens wollte sich nicht äußern.",
     "Lufthansa", "Unternehmens"),
    ("Verdi ruft zum Warnstreik auf. Die Arbeitgeber wollen der Gewerkschaft kein neues Angebot machen.",
     "Verdi", "Gewerkschaft"),
    # a possessive, an adjective between
    ("Carsten Spohr führt die Lufthansa seit Jahren. Er will seinem Unternehmen den Sparkurs ersparen.",
     "Lufthansa", "Unternehmen"),
    ("VW legte am Dienstag Zahlen vor. Der Wolfsburger Konzern verdiente weniger als erwartet.", "VW", "Konzern"),
    # a noun without a type of its own refers to a body whose name ends in it
    ("Das Außenministerium in Wien bestellte den Botschafter ein. Das Ministerium verlangte eine Erklärung.",
     "Außenministerium in Wien", "Ministerium"),
    ("Die polnische Regierung lehnt den Plan ab. Die Regierung will nun mit Brüssel verhandeln.",
     "polnische Regierung", "Regierung"),
])
# fmt: on
def test_definite_class_noun_refers_to_the_one_named_before(run_pipeline, text, name, mention):
    found = actors(run_pipeline, text)
    assert name in found and mention in found[name][1], found


@pytest.mark.parametrize("text, noun", [
    # indefinite or plural: generic
    ("Siemens streicht Stellen. Ein Konzern dieser Größe muss sparen.", "Konzern"),
    ("Siemens streicht Stellen. Die Konzerne der Branche leiden unter den Preisen.", "Konzerne"),
    ("Die Lufthansa streicht Flüge. Der Staat hilft den Unternehmen der Branche.", "Unternehmen"),
    # a genitive or a name after it: another body
    ("Die SPÖ verliert Stimmen. Die Partei des Kanzlers gewinnt dagegen.", "Partei"),
    ("Die SPÖ verliert Stimmen. Die Partei von Andreas Babler gewinnt dagegen.", "Partei"),
    # an adjective's state is not the one named
    ("VW legte am Dienstag Zahlen vor. Der amerikanische Konzern verdiente weniger als erwartet.", "Konzern"),
])
def test_generic_or_qualified_class_noun_refers_to_nobody(run_pipeline, text, noun):
    found = actors(run_pipeline, text)
    assert not any(noun in mentions for _, mentions in found.values()), found


@pytest.mark.parametrize("text", [
    # two of the class: which one is not said
    "Siemens und Bosch legen Zahlen vor. Der Konzern verdiente mehr als erwartet.",
    # none of the class: a party is no company, a federation no club, an investor no company
    "Die ÖVP will die Reform. Der Konzern hält nichts davon.",
    "Die UEFA sperrt den Spieler. Der Verein will Einspruch erheben.",
    "Der Finanzinvestor Nordkap Capital kauft Anteile. Er will den Konzern aufspalten.",
    # named too long before
    "Siemens streicht Stellen. Die Börse reagierte. Die Aktie fiel. Analysten waren skeptisch. "
    "Die Gewerkschaft protestierte. Der Konzern schwieg.",
])
def test_class_noun_without_one_candidate_refers_to_nobody(run_pipeline, text):
    found = actors(run_pipeline, text)
    assert not any("Konzern" in mentions or "Verein" in mentions for _, mentions in found.values()), found


# fmt: off
@pytest.mark.parametrize("text, name, mention", [
    # a compound whose head is a class noun that allows compounds: the head gives gender and class
    ("Der Energiekonzern Eon schließt zwei Kraftwerke. Gestern verhandelte der Energiekonzern mit dem Land.",
     "Eon", "Energiekonzern"),
    ("Die Lufthansa streicht Flüge. Ein Sprecher des Luftfahrtkonzerns bestätigte die Pläne.",
     "Lufthansa", "Luftfahrtkonzerns"),
    ("Der Spielzeughersteller Lego baut ein Werk. Die Pläne des Traditionsunternehmens sind ehrgeizig.",
     "Lego", "Traditionsunternehmens"),
    ("Der Softwarehersteller SAP meldet Zahlen. Nun will die Softwareschmiede ihre Kunden anschreiben.",
     "SAP", "Softwareschmiede"),
    ("Der Versicherer Allianz zahlt nicht. Ein Anwalt des Rückversicherers verwies auf die Fristen.", "Allianz", "Rückversicherers"),
    ("Die Firma Quuxtec stellt Chips her. Wie die Elektronikfirma mitteilte, wird das Werk erweitert.",
     "Quuxtec", "Elektronikfirma"),
])
# fmt: on
def test_compound_class_noun_refers_to_the_one_named_before(run_pipeline, text, name, mention):
    found = actors(run_pipeline, text)
    assert name in found and mention in found[name][1], found


@pytest.mark.parametrize("text, noun", [
    # the first part relates the body to another one: a different organisation
    ("Siemens verkauft Anteile. Der Mutterkonzern verhandelt noch mit den Käufern.", "Mutterkonzern"),
    ("Die Lufthansa streicht Flüge. Die Tochterfirma soll verkauft werden.", "Tochterfirma"),
    # a club's epithet may well name the opponent the text does not know as a club
    ("Der FC Barcelona gewann in Gelsenkirchen. Der Revierclub lag zur Pause noch vorn.", "Revierclub"),
    ("VW legt Zahlen vor. Das Konkurrenzunternehmen verdiente mehr.", "Konkurrenzunternehmen"),
    # a head that alone names no organisation, and a head whose compounds are other things
    ("SAP meldet Zahlen. Die Schmiede im Dorf hat geschlossen.", "Schmiede"),
    ("Der ORF spart. Der Absender des Briefes blieb unbekannt.", "Absender"),
])
def test_relational_or_unlisted_compound_refers_to_nobody(run_pipeline, text, noun):
    found = actors(run_pipeline, text)
    assert not any(noun in mentions for _, mentions in found.values()), found


# fmt: off
@pytest.mark.parametrize("text, name, mention", [
    # the plural of a state's people for the one business of that state named before
    ("Die Großbank Unicredit prüft den Verkauf der Tochter. Der Fonds Nordkap verhandelt mit den Italienern.",
     "Unicredit", "Italienern"),
    ("Der Ölkonzern BP will vor der Küste bohren. Am Montag trafen die Briten den Energieminister.",
     "BP", "Briten"),
    ("Gazprom liefert seit Mai weniger Gas. Die Russen wollen nun mit der OMV sprechen.", "Gazprom", "Russen"),
    ("Toyota ruft 20.000 Autos zurück. Ein Sprecher der Behörde sagte, man habe die Japaner gewarnt.",
     "Toyota", "Japaner"),
    # a city of the state may be the business's seat
    ("Die Bank Unicredit sitzt in Mailand. Der Vorstand in Wien hat den Italienern einen Plan vorgelegt.",
     "Unicredit", "Italienern"),
])
# fmt: on
def test_demonym_plural_refers_to_the_one_business_of_its_state(run_pipeline, text, name, mention):
    found = actors(run_pipeline, text)
    assert name in found and mention in found[name][1], found


@pytest.mark.parametrize("text, noun", [
    # something else of the state is named before: the people may be it
    ("Italien ringt um seine Banken. Die Großbank Unicredit prüft den Verkauf. Brüssel verhandelt mit den Italienern.",
     "Italienern"),
    ("Der britische Premier David Cameron lobt BP. Am Montag trafen die Briten den Energieminister.", "Briten"),
    # two businesses of the state
    ("Gazprom und Rosneft liefern weniger Öl und Gas. Die Russen wollen mit der OMV sprechen.", "Russen"),
    # no business of the state at all
    ("Siemens baut ein Werk in Rom. Die Italiener freuen sich über die Stellen.", "Italiener"),
    # a singular man, an ambiguous dative, persons named right after
    ("Die Großbank Unicredit prüft den Verkauf. Der Italiener an der Spitze schweigt.", "Italiener"),
    ("Gazprom liefert weniger Gas. Die OMV will mit den Russen reden.", "Russen"),
    ("Die Großbank Unicredit prüft den Verkauf. Die Italiener Rossi und Bianchi sind dagegen.", "Italiener"),
])
def test_demonym_plural_without_one_business_refers_to_nobody(run_pipeline, text, noun):
    found = actors(run_pipeline, text)
    assert not any(noun in mentions for _, mentions in found.values()), found
