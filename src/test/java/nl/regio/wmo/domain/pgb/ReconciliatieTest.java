package nl.regio.wmo.domain.pgb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.regio.wmo.domain.beschikking.Grondslag;
import nl.regio.wmo.domain.beschikking.TariefPeriode;
import nl.regio.wmo.domain.shared.Bsn;
import nl.regio.wmo.domain.shared.Maand;
import nl.regio.wmo.domain.shared.Money;
import nl.regio.wmo.domain.shared.Periode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PGB reconciliation of one budget holder in 2026 (rules S-PGB-SVB, S-PGB-TARIEF, OP043). Every figure is
 * hand-computed; the tariff configuration is {@link PgbBudgetTest#TARIEVEN} (02 formal 100 % with ZIN-uur 60.00,
 * informal max 22.80; 03 informal 75 % of 60.00 = 45.00).
 *
 * <p>Table formats. Beschikking B-1, product and klasse monthly ZIN amount (PER_MAAND, budget formal). Payments,
 * space-separated, each {@code [toekenning>]months:F|I:ja|nee:hours:rate} with months {@code 03} or a range
 * {@code 01-12}; toekenning defaults to B-1. ZIN toewijzing (OP043) {@code product:start/end} or empty. Expected
 * exceptions, space-separated, each {@code RULE:KIND[@month]=amount at stake}, in the order reported.
 */
class ReconciliatieTest {

  static final Bsn HOUDER = new Bsn("153308710");
  static final int JAAR = 2026;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # case                                                        | product | ZIN/mnd | start      | eind incl. | betalingen                                     | ZIN-toewijzing           | toegekend | betaald | restant  | terug   | afwijkingen
      S-PGB-SVB schone budgethouder: elke maand precies het budget  | 02A01   | 390.00  | 2026-01-01 | 2026-12-31 | 01-12:F:ja:6.5:60.00                           | -                        | 4680.00   | 4680.00 | 0.00     | 0.00    | -
      S-PGB-SVB OVERSCHRIJDING_MAAND maart 14 uur bij 12 toegekend  | 02A01   | 780.00  | 2026-01-01 | 2026-12-31 | 01-02:F:ja:12:60.00 03:F:ja:14:60.00 04-12:F:ja:12:60.00 | -              | 9360.00   | 8760.00 | 600.00   | 600.00  | S-PGB-SVB:OVERSCHRIJDING_MAAND@2026-03=60.00 S-PGB-SVB:TERUGVORDERING_JAAREINDE=600.00
      S-PGB-SVB OVERSCHRIJDING_MAAND twee betalingen in een maand   | 02A01   | 390.00  | 2026-01-01 | 2026-12-31 | 01-12:F:ja:6.5:60.00 06:I:ja:5:20.00           | -                        | 4680.00   | 4780.00 | -100.00  | 0.00    | S-PGB-SVB:OVERSCHRIJDING_MAAND@2026-06=100.00 S-PGB-SVB:OVERSCHRIJDING_JAAR=100.00
      S-PGB-SVB OVERSCHRIJDING_MAAND gedeeltelijke maand (22/31)    | 02A01   | 780.00  | 2026-01-10 | 2027-01-09 | 01:F:ja:10:60.00                               | -                        | 9133.55   | 600.00  | 8533.55  | 8533.55 | S-PGB-SVB:OVERSCHRIJDING_MAAND@2026-01=46.45 S-PGB-SVB:TERUGVORDERING_JAAREINDE=8533.55
      S-PGB-SVB OVERSCHRIJDING_JAAR door betaling na de einddatum   | 02A01   | 390.00  | 2026-01-01 | 2026-06-30 | 01-07:F:ja:6.5:60.00                           | -                        | 2340.00   | 2730.00 | -390.00  | 0.00    | S-PGB-SVB:BUITEN_PERIODE@2026-07=390.00 S-PGB-SVB:OVERSCHRIJDING_JAAR=390.00
      S-PGB-SVB BUITEN_PERIODE betaling voor de ingangsdatum        | 02A01   | 390.00  | 2026-04-01 | 2026-12-31 | 03:F:ja:2:60.00 04-12:F:ja:6.5:60.00           | -                        | 3510.00   | 3630.00 | -120.00  | 0.00    | S-PGB-SVB:BUITEN_PERIODE@2026-03=120.00 S-PGB-SVB:OVERSCHRIJDING_JAAR=120.00
      S-PGB-SVB BUITEN_PERIODE binnen het jaarbudget                | 02A01   | 390.00  | 2026-01-01 | 2026-06-30 | 01-05:F:ja:6.5:60.00 08:F:ja:2:60.00           | -                        | 2340.00   | 2070.00 | 270.00   | 270.00  | S-PGB-SVB:BUITEN_PERIODE@2026-08=120.00 S-PGB-SVB:TERUGVORDERING_JAAREINDE=270.00
      S-PGB-SVB ZORGOVEREENKOMST_NIET_GOEDGEKEURD in mei            | 02A01   | 390.00  | 2026-01-01 | 2026-12-31 | 01-04:F:ja:6.5:60.00 05:F:nee:6.5:60.00 06-12:F:ja:6.5:60.00 | -          | 4680.00   | 4680.00 | 0.00     | 0.00    | S-PGB-SVB:ZORGOVEREENKOMST_NIET_GOEDGEKEURD@2026-05=390.00
      S-PGB-TARIEF INFORMEEL_TARIEF_TE_HOOG vast max 22.80          | 02A01   | 780.00  | 2026-01-01 | 2026-12-31 | 02:I:ja:20:25.00                               | -                        | 9360.00   | 500.00  | 8860.00  | 8860.00 | S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-02=44.00 S-PGB-SVB:TERUGVORDERING_JAAREINDE=8860.00
      S-PGB-TARIEF informeel precies het vaste max 22.80 mag        | 02A01   | 780.00  | 2026-01-01 | 2026-12-31 | 01-12:I:ja:20:22.80 01-12:F:ja:5:60.00         | -                        | 9360.00   | 9072.00 | 288.00   | 288.00  | S-PGB-SVB:TERUGVORDERING_JAAREINDE=288.00
      S-PGB-TARIEF INFORMEEL_TARIEF_TE_HOOG 75 % van 60.00 = 45.00  | 03A01   | 780.00  | 2026-01-01 | 2026-12-31 | 01-12:I:ja:10:47.50 01-12:F:ja:5:60.00         | -                        | 9360.00   | 9300.00 | 60.00    | 60.00   | S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-01=25.00 S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-02=25.00 S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-03=25.00 S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-04=25.00 S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-05=25.00 S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-06=25.00 S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-07=25.00 S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-08=25.00 S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-09=25.00 S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-10=25.00 S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-11=25.00 S-PGB-TARIEF:INFORMEEL_TARIEF_TE_HOOG@2026-12=25.00 S-PGB-SVB:TERUGVORDERING_JAAREINDE=60.00
      S-PGB-TARIEF informeel 75 %: 45.00 per uur mag                | 03A01   | 780.00  | 2026-01-01 | 2026-12-31 | 01-12:I:ja:10:45.00 01-12:F:ja:5.5:60.00       | -                        | 9360.00   | 9360.00 | 0.00     | 0.00    | -
      S-PGB-TARIEF FORMEEL_TARIEF_TE_HOOG 65.00 boven ZIN 60.00     | 02A01   | 780.00  | 2026-01-01 | 2026-12-31 | 09:F:ja:10.5:65.00                             | -                        | 9360.00   | 682.50  | 8677.50  | 8677.50 | S-PGB-TARIEF:FORMEEL_TARIEF_TE_HOOG@2026-09=52.50 S-PGB-SVB:TERUGVORDERING_JAAREINDE=8677.50
      OP043 PGB_EN_ZIN zelfde product maart t/m mei ook in natura   | 02A01   | 390.00  | 2026-01-01 | 2026-12-31 | 01-12:F:ja:6.5:60.00                           | 02A01:2026-03-15/2026-05-31 | 4680.00 | 4680.00 | 0.00     | 0.00    | OP043:PGB_EN_ZIN=1170.00
      OP043 ander product in natura is geen afwijking               | 02A01   | 390.00  | 2026-01-01 | 2026-12-31 | 01-12:F:ja:6.5:60.00                           | 03A01:2026-03-15/2026-05-31 | 4680.00 | 4680.00 | 0.00     | 0.00    | -
      OP043 ZIN na de PGB-periode is geen afwijking                 | 02A01   | 390.00  | 2026-01-01 | 2026-06-30 | 01-06:F:ja:6.5:60.00                           | 02A01:2026-07-01/2026-12-31 | 2340.00 | 2340.00 | 0.00     | 0.00    | -
      S-PGB-SVB TERUGVORDERING_JAAREINDE geen enkele betaling        | 02A01   | 2210.00 | 2026-01-01 | 2026-12-31 | -                                              | -                        | 26520.00  | 0.00    | 26520.00 | 26520.00 | S-PGB-SVB:TERUGVORDERING_JAAREINDE=26520.00
      S-PGB-SVB betalingen van een ander jaar tellen niet mee       | 02A01   | 390.00  | 2025-01-01 | 2026-12-31 | 01-12:F:ja:6.5:60.00                           | -                        | 4680.00   | 4680.00 | 0.00     | 0.00    | -
      S-PGB-TOEKENNING TOEKENNING_ONBEKEND betaling op B-9          | 02A01   | 390.00  | 2026-01-01 | 2026-12-31 | 01-12:F:ja:6.5:60.00 B-9>09:F:ja:3:60.00       | -                        | 4680.00   | 4680.00 | 0.00     | 0.00    | S-PGB-TOEKENNING:TOEKENNING_ONBEKEND@2026-09=180.00
      """)
  void beschikking(String naam, String product, String zinPerMaand, LocalDate start, LocalDate eind, String betalingen, String zin,
      String toegekend, String betaald, String restant, String terug, String afwijkingen) {
    PgbBeschikking b = beschikking("B-1", product, zinPerMaand, start, eind);
    List<SvbBetaling> ps = new ArrayList<>(betalingen(betalingen));
    if (naam.contains("ander jaar")) {
      ps.addAll(betalingen("01-12:F:ja:6.5:60.00").stream().map(p -> metMaand(p, new Maand(p.maand().jaarMaand().minusYears(1)))).toList());
    }
    List<ZinToewijzing> z = zin == null ? List.of() : List.of(zin(zin));

    Reconciliatie.Uitkomst u = Reconciliatie.voerUit(HOUDER, List.of(b), PgbBudgetTest.TARIEVEN, ps, z, JAAR);

    Reconciliatie.BeschikkingSaldo s = u.beschikkingen().get(0);
    assertEquals(euro(toegekend), s.toegekend(), "toegekend");
    assertEquals(euro(betaald), s.betaald(), "betaald");
    assertEquals(euro(restant), s.restant(), "restant");
    assertEquals(euro(terug), s.terugTeVorderen(), "terug te vorderen");
    assertEquals(afwijkingen == null ? "" : afwijkingen, beschrijf(u.afwijkingen()));
    assertEquals(afwijkingen == null || afwijkingen.matches("S-PGB-SVB:TERUGVORDERING_JAAREINDE=[0-9.]+"), u.isSchoon());
    u.afwijkingen().forEach(a -> assertFalse(a.toelichting().contains(HOUDER.waarde()), "never a BSN: " + a.toelichting()));
  }

  @Test
  @DisplayName("S-PGB-SVB: de toelichting noemt de bedragen zoals financien ze leest")
  void toelichtingInWoorden() {
    PgbBeschikking b = beschikking("B-1", "02A01", "780.00", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    Reconciliatie.Uitkomst u = Reconciliatie.voerUit(HOUDER, List.of(b), PgbBudgetTest.TARIEVEN,
        betalingen("03:F:ja:14:60.00 04:I:ja:20:25.00"), List.of(), JAAR);
    List<String> teksten = u.afwijkingen().stream().map(Afwijking::toelichting).toList();
    assertEquals(List.of(
        "Betaald € 840,00 in maart 2026, budget € 780,00 (klasse): € 60,00 meer dan het budget van die maand (1 betaling(en)).",
        "Betaling P-04-I-2 voor april 2026 aan Zorgverlener I: informele zorg tegen € 25,00 per uur, het maximum is € 22,80 per uur"
            + " (categorie 02 INFORMEEL: max € 22,80 per uur); 20 uur x € 2,20 = € 44,00 te veel.",
        "Toegekend € 9.360,00 in 2026, betaald € 1.340,00: € 8.020,00 niet besteed, terug te vorderen bij de SVB."), teksten);
    Afwijking maart = u.afwijkingen().get(0);
    assertEquals(List.of(Money.ofCents(84000), Money.ofCents(78000), Money.ofCents(6000)), List.of(maart.werkelijk(), maart.norm(), maart.verschil()));
  }

  @Test
  @DisplayName("S-PGB-SVB: omvang gewijzigd per 1 juli: twee beschikkingen, elk met eigen budget en betalingen")
  void tweeBeschikkingenInEenJaar() {
    // klasse 2 (780.00) Jan-Jun, then klasse 3 (1430.00) Jul-Dec; the SVB charged 12 h x 60.00 and 23 h x 60.00
    PgbBeschikking oud = beschikking("B-1", "02A01", "780.00", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    PgbBeschikking nieuw = beschikking("B-2", "02A01", "1430.00", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31));
    List<SvbBetaling> ps = betalingen("B-1>01-06:F:ja:12:60.00 B-2>07-12:F:ja:23:60.00 B-1>07:F:ja:2:60.00");

    Reconciliatie.Uitkomst u = Reconciliatie.voerUit(HOUDER, List.of(nieuw, oud), PgbBudgetTest.TARIEVEN, ps, List.of(), JAAR);

    assertEquals(List.of("B-1", "B-2"), u.beschikkingen().stream().map(Reconciliatie.BeschikkingSaldo::nummer).toList(), "in date order");
    Reconciliatie.BeschikkingSaldo s1 = u.beschikkingen().get(0);
    Reconciliatie.BeschikkingSaldo s2 = u.beschikkingen().get(1);
    // B-1: 6 x 780.00 = 4680.00; paid 6 x 720.00 + 120.00 (July, after its end) = 4440.00
    assertEquals(List.of(Money.ofCents(468000), Money.ofCents(444000), Money.ofCents(24000)), List.of(s1.toegekend(), s1.betaald(), s1.terugTeVorderen()));
    assertEquals("S-PGB-SVB:BUITEN_PERIODE@2026-07=120.00 S-PGB-SVB:TERUGVORDERING_JAAREINDE=240.00", beschrijf(s1.afwijkingen()));
    // B-2: 6 x 1430.00 = 8580.00; paid 6 x 1380.00 = 8280.00
    assertEquals(List.of(Money.ofCents(858000), Money.ofCents(828000), Money.ofCents(30000)), List.of(s2.toegekend(), s2.betaald(), s2.terugTeVorderen()));
    assertEquals("S-PGB-SVB:TERUGVORDERING_JAAREINDE=300.00", beschrijf(s2.afwijkingen()));
    // holder: 13260.00 granted, 12720.00 paid, 540.00 to reclaim
    assertEquals(List.of(Money.ofCents(1326000), Money.ofCents(1272000), Money.ofCents(54000)), List.of(u.toegekend(), u.betaald(), u.terugTeVorderen()));
  }

  @Test
  @DisplayName("S-PGB-SVB: per budgethouder: betalingen volgen de toekenning, een onbekende toekenning volgt het BSN")
  void perHouder() {
    Bsn ander = new Bsn("253826937");
    Bsn derde = new Bsn("478223924");
    PgbBeschikking b1 = beschikking("B-1", "02A01", "390.00", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    PgbBeschikking b2 = new PgbBeschikking("B-2", ander, "02A01", "02", b1.periode(), "klasse", budget("B-2", "02A01", "390.00", b1.periode()));
    List<SvbBetaling> ps = new ArrayList<>(betalingen("B-1>01-12:F:ja:6.5:60.00"));
    betalingen("B-2>01-06:F:ja:6.5:60.00").forEach(p -> ps.add(metBsn(p, ander)));
    ps.add(metBsn(betalingen("B-7>05:F:ja:1:60.00").get(0), derde));

    List<Reconciliatie.Uitkomst> uit = Reconciliatie.perHouder(List.of(b1, b2), PgbBudgetTest.TARIEVEN, ps, List.of(), JAAR);

    assertEquals(List.of(HOUDER, ander, derde), uit.stream().map(Reconciliatie.Uitkomst::houder).toList(), "ordered by BSN");
    assertEquals("", beschrijf(uit.get(0).afwijkingen()));
    assertEquals("S-PGB-SVB:TERUGVORDERING_JAAREINDE=2340.00", beschrijf(uit.get(1).afwijkingen()));
    assertEquals("S-PGB-TOEKENNING:TOEKENNING_ONBEKEND@2026-05=60.00", beschrijf(uit.get(2).afwijkingen()));
    assertEquals(Money.ofCents(6000), uit.get(2).betaald());
  }

  @Test
  @DisplayName("S-PGB-TOEKENNING: een betaling op een toekenning van deze houder die een ander BSN noemt")
  void anderBsnOpEigenToekenning() {
    PgbBeschikking b = beschikking("B-1", "02A01", "390.00", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    List<SvbBetaling> ps = new ArrayList<>(betalingen("01-11:F:ja:6.5:60.00"));
    ps.add(metBsn(betalingen("12:F:ja:6.5:60.00").get(0), new Bsn("253826937")));
    Reconciliatie.Uitkomst u = Reconciliatie.voerUit(HOUDER, List.of(b), PgbBudgetTest.TARIEVEN, ps, List.of(), JAAR);
    assertEquals("S-PGB-TOEKENNING:TOEKENNING_ONBEKEND@2026-12=390.00", beschrijf(u.afwijkingen()));
    assertEquals("Betaling P-12-F-1 van € 390,00 voor december 2026 is op toekenning B-1 geboekt, maar noemt een andere budgethouder.",
        u.afwijkingen().get(0).toelichting());
    assertEquals(Money.ofCents(468000), u.betaald(), "the payment still drew on the budget");
  }

  @Test
  @DisplayName("OP043: de toelichting noemt de overlap, de toewijzing en wat uit het PGB is betaald")
  void op043Toelichting() {
    PgbBeschikking b = beschikking("B-1", "02A01", "390.00", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    Reconciliatie.Uitkomst u = Reconciliatie.voerUit(HOUDER, List.of(b), PgbBudgetTest.TARIEVEN, betalingen("01-12:F:ja:6.5:60.00"),
        List.of(zin("02A01:2026-03-15/2026-05-31")), JAAR);
    Afwijking a = u.afwijkingen().get(0);
    assertEquals("OP043", a.regel());
    assertEquals("Product 02A01 is van 2026-03-15 t/m 2026-05-31 zowel als PGB (beschikking B-1) als in natura (toewijzing 4711)"
        + " verstrekt; in die maanden is uit het PGB € 1.170,00 betaald.", a.toelichting());
  }

  @Test
  @DisplayName("S-PGB-TARIEF: zonder pgb-regel voor de zorgsoort stopt de reconciliatie met een duidelijke melding")
  void ontbrekendeRegel() {
    PgbBeschikking b = beschikking("B-1", "02A01", "390.00", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    PgbTarieven alleenFormeel = new PgbTarieven(List.of(PgbBudgetTest.TARIEVEN.regels().get(0)));
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> Reconciliatie.voerUit(HOUDER, List.of(b), alleenFormeel, betalingen("02:I:ja:1:20.00"), List.of(), JAAR));
    assertTrue(e.getMessage().contains("02A01 (INFORMEEL) op 2026-02-01"), e.getMessage());
  }

  // --- fixtures

  static PgbBeschikking beschikking(String nummer, String product, String zinPerMaand, LocalDate start, LocalDate eind) {
    Periode p = Periode.inclusief(start, eind);
    return new PgbBeschikking(nummer, HOUDER, product, product.substring(0, 2), p, "klasse", budget(nummer, product, zinPerMaand, p));
  }

  static PgbBudget budget(String nummer, String product, String zinPerMaand, Periode p) {
    return PgbBudget.voorJaar(nummer, Grondslag.PER_MAAND, null, p, product, product.substring(0, 2), Zorgsoort.FORMEEL,
        List.of(new TariefPeriode(Periode.vanaf(LocalDate.of(2025, 1, 1)), euro(zinPerMaand))), alleJaren(), JAAR);
  }

  /** The test configuration, extended back to 2025 so a beschikking starting in 2025 has a PGB tariff. */
  static PgbTarieven alleJaren() {
    List<PgbTariefRegel> r = new ArrayList<>(PgbBudgetTest.TARIEVEN.regels());
    r.add(PgbTarievenTest.regel(null, "02", Zorgsoort.FORMEEL, Periode.inclusief(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), "100", null, 5750L));
    return new PgbTarieven(r);
  }

  static List<SvbBetaling> betalingen(String tekst) {
    List<SvbBetaling> uit = new ArrayList<>();
    if (tekst == null) {
      return uit;
    }
    for (String p : tekst.trim().split("\\s+")) {
      String toekenning = "B-1";
      if (p.contains(">")) {
        toekenning = p.substring(0, p.indexOf('>'));
        p = p.substring(p.indexOf('>') + 1);
      }
      String[] d = p.split(":");
      String[] maanden = d[0].split("-");
      int van = Integer.parseInt(maanden[0]);
      int tot = Integer.parseInt(maanden[maanden.length - 1]);
      for (int m = van; m <= tot; m++) {
        Zorgsoort z = d[1].equals("I") ? Zorgsoort.INFORMEEL : Zorgsoort.FORMEEL;
        BigDecimal uren = new BigDecimal(d[3]);
        Money tarief = euro(d[4]);
        String id = "P-%02d-%s-%d".formatted(m, d[1], uit.size() + 1);
        uit.add(new SvbBetaling(toekenning, HOUDER, "ZV-" + d[1], "Zorgverlener " + d[1], z, "ZO-" + d[1], d[2].equals("ja"),
            Maand.of(JAAR, m), uren, tarief, SvbBetaling.bedragVoor(uren, tarief), LocalDate.of(JAAR, m, 28), id));
      }
    }
    return uit;
  }

  static SvbBetaling metMaand(SvbBetaling p, Maand m) {
    return new SvbBetaling(p.toekenningNummer(), p.bsn(), p.zorgverlenerId(), p.zorgverlenerNaam(), p.zorgsoort(), p.zorgovereenkomstId(),
        p.zorgovereenkomstGoedgekeurd(), m, p.uren(), p.uurtarief(), p.bedrag(), p.betaaldatum(), p.betalingId() + "-" + m);
  }

  static SvbBetaling metBsn(SvbBetaling p, Bsn bsn) {
    return new SvbBetaling(p.toekenningNummer(), bsn, p.zorgverlenerId(), p.zorgverlenerNaam(), p.zorgsoort(), p.zorgovereenkomstId(),
        p.zorgovereenkomstGoedgekeurd(), p.maand(), p.uren(), p.uurtarief(), p.bedrag(), p.betaaldatum(), p.betalingId());
  }

  static ZinToewijzing zin(String tekst) {
    String[] d = tekst.split("[:/]");
    return new ZinToewijzing(4711, HOUDER, d[0], Periode.inclusief(LocalDate.parse(d[1]), LocalDate.parse(d[2])));
  }

  static Money euro(String s) {
    return Money.ofEuros(new BigDecimal(s));
  }

  static String beschrijf(List<Afwijking> afwijkingen) {
    return afwijkingen.stream()
        .map(a -> a.regel() + ":" + a.soort() + (a.maand() == null ? "" : "@" + a.maand()) + "=" + a.verschil().euros().toPlainString())
        .collect(Collectors.joining(" "));
  }
}
