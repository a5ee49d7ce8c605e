package nl.regio.wmo.domain.declaratie;

/**
 * The iWmo retourcodes (WJ001) this system answers with, each with the rule that produces it
 * (domain/rules.md) and what it means in words a provider understands.
 */
public enum Retourcode {
  TECHNISCH_AFGEWEZEN("0001", "CS340/TR358", "het bericht is technisch afgekeurd (een controle binnen het bericht); de declaratie geldt als niet ontvangen"),
  GEEN_OPMERKINGEN("0200", "", "geen opmerkingen"),
  NIET_BEOORDEELD("0233", "", "niet beoordeeld: de cliënt of declaratie is al afgekeurd"),
  VOLLEDIG_GOEDGEKEURD("8001", "", "de declaratie is volledig goedgekeurd"),
  DAGTEKENING_TOEKOMST("8848", "TR135", "de dagtekening van de declaratie of van het bericht ligt na vandaag"),
  GEMEENTE_ONBEKEND("S300", "TR378", "de ontvanger is geen gemeente van deze regio"),
  DECLARATIENUMMER_DUBBEL("9333", "TR333", "dit DeclaratieNummer is al eerder gebruikt"),
  ANDERE_CLIENT("8187", "TR304", "de prestatie hoort niet bij de cliënt van de toewijzing (BSN verschilt)"),
  TOEWIJZING_ONBEKEND("9338", "TR338", "er is geen toewijzing met dit nummer voor deze aanbieder"),
  CATEGORIE_ANDERS("9339", "TR339", "de productcategorie verschilt van de toewijzing"),
  PRODUCTCODE_ANDERS("9340", "TR340", "de productcode verschilt van de toewijzing"),
  EENHEID_ANDERS("9341", "TR341", "de eenheid verschilt van de toewijzing"),
  BEGIN_BUITEN_TOEWIJZING("9307", "TR307", "de productperiode begint buiten de toewijzing"),
  EIND_BUITEN_TOEWIJZING("9308", "TR308", "de productperiode eindigt buiten de toewijzing"),
  NIET_IN_DECLARATIEPERIODE("9319", "TR319", "de productperiode ligt na de declaratieperiode (alleen de huidige of een eerdere mag)"),
  BEGIN_NIET_MAANDBEGIN("9387", "TR387", "de productperiode begint niet op de eerste van de maand of de ingangsdatum van de toewijzing"),
  EIND_NIET_MAANDEINDE("9388", "TR388", "de productperiode eindigt niet op de laatste van de maand of de einddatum van de toewijzing"),
  VOLUME_TE_HOOG("9321", "TR321", "het geleverde volume is hoger dan toegewezen voor deze periode"),
  SOM_VOLUME_TE_HOOG("9322", "TR322", "samen met eerdere declaraties is het volume hoger dan toegewezen voor de hele toewijzing"),
  BOVEN_BUDGET("9369", "TR369", "samen met de eerder goedgekeurde prestaties op deze toewijzing is het ingediende bedrag hoger dan het toegewezen budget"),
  BEDRAG_KLOPT_NIET("9346", "TR346", "het ingediende bedrag is niet volume × tarief"),
  TARIEF_ONJUIST("0611", "TR418", "het tarief is niet het contracttarief dat gold"),
  REFERENTIE_GEBRUIKT("8021", "TR314", "dit ReferentieNummer is al eerder gebruikt"),
  CREDIT_ZONDER_DEBET("8017", "TR323", "er is geen goedgekeurde debetprestatie die deze creditprestatie terugdraait"),
  DEBET_ZONDER_CREDIT("9389", "TR389", "deze periode is al gedeclareerd en goedgekeurd; crediteer die prestatie eerst"),
  DUBBEL_CREDIT("9390", "TR390", "die debetprestatie is al gecrediteerd"),
  TOEWIJZING_VERWIJDERD("9384", "TR384", "de toewijzing is verwijderd (RedenWijziging 13)");

  private final String code;
  private final String regel;
  private final String uitleg;

  Retourcode(String code, String regel, String uitleg) {
    this.code = code;
    this.regel = regel;
    this.uitleg = uitleg;
  }

  public String code() {
    return code;
  }

  public String regel() {
    return regel;
  }

  public String uitleg() {
    return uitleg;
  }

  public static Retourcode vanCode(String code) {
    for (Retourcode r : values()) {
      if (r.code.equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("Onbekende retourcode " + code);
  }
}
