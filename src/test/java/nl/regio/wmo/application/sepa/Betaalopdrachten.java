package nl.regio.wmo.application.sepa;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Test data: a region account and three providers with hand-picked amounts. */
final class Betaalopdrachten {

  static final LocalDateTime AANGEMAAKT = LocalDateTime.of(2026, 11, 23, 9, 30, 15);
  static final LocalDate UITVOERDATUM = LocalDate.of(2026, 11, 25);

  static final Rekeninghouder REGIO = new Rekeninghouder("Regio Wmo Zuid", "NL14 BNGH 0285 0012 34", "BNGHNL2G");

  /** 0,01 + 1.234.567,89 + 987,65 = 1.235.555,55 euro. */
  static final List<Betaling> DRIE = List.of(
      new Betaling("WMO-AFR-000042-98000011", "Zorg Thuis B.V.", "NL20INGB0001234567", null, 1,
          "Wmo afrekening 2026-10 run 42 AGB 98000011"),
      new Betaling("WMO-AFR-000042-98000022", "Stichting Welzijn Oost", "NL44RABO0123456789", "RABONL2U",
          123_456_789, "Wmo afrekening 2026-10 run 42 AGB 98000022"),
      new Betaling("WMO-AFR-000042-98000033", "Hulp aan Huis Mueller GmbH", "DE89370400440532013000", "COBADEFFXXX",
          98_765, "Wmo afrekening 2026-10 run 42 AGB 98000033"));

  private Betaalopdrachten() {}

  static Betaalopdracht drie() {
    return new Betaalopdracht("WMO-AFR-000042", AANGEMAAKT, UITVOERDATUM, REGIO, DRIE);
  }

  static Betaling betaling(String endToEndId, String naam, String iban, long cent, String omschrijving) {
    return new Betaling(endToEndId, naam, iban, null, cent, omschrijving);
  }

  static Betaling betaling(long cent) {
    return betaling("E2E-1", "Zorg Thuis B.V.", "NL20INGB0001234567", cent, "Wmo afrekening 2026-10 run 42");
  }
}
