package nl.regio.wmo.infrastructure.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRJdk13Compiler;
import net.sf.jasperreports.engine.util.JRLoader;
import nl.regio.wmo.application.rapport.AanbiederAfrekening;
import nl.regio.wmo.application.rapport.AfrekeningRegelRij;
import nl.regio.wmo.application.rapport.AfwijzingRij;
import nl.regio.wmo.application.rapport.AfwijzingenOverzicht;
import nl.regio.wmo.application.rapport.GemeenteKostenRij;
import nl.regio.wmo.application.rapport.KostenPerGemeente;
import nl.regio.wmo.application.rapport.PgbRapport;
import nl.regio.wmo.application.rapport.Rapport;
import nl.regio.wmo.application.rapport.VerwachtOverzicht;
import nl.regio.wmo.application.rapport.VerwachtRij;
import nl.regio.wmo.domain.shared.Bsn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Fills each template from fixed data and reads the output back: PDF text through PDFBox, XLSX
 * cells through POI. Totals must appear exactly as computed in Java (Dutch notation in the PDF,
 * numbers in the sheet).
 */
class RapportMakerTest {

  static final String BSN = "123456782";
  static final String GEMASKEERD = new Bsn(BSN).gemaskeerd();

  final RapportMaker maker = new RapportMaker();

  // ---- fixtures ----

  static AfrekeningRegelRij regel(String client, String naam, long toewijzing, String product, long volume,
      String eenheid, Long tarief, long bedrag, boolean correctie, String declaratie) {
    return new AfrekeningRegelRij(client, naam, toewijzing, product, "Product " + product,
        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), volume, eenheid, tarief, bedrag, correctie,
        "REF-" + toewijzing, declaratie);
  }

  static AanbiederAfrekening afrekening() {
    return AanbiederAfrekening.van(12, "2025-01", "DEFINITIEF", "12345678", "Zorg BV Lekstroom", "NL91ABNA0417164300",
        List.of(
            regel(GEMASKEERD, "J. de Vries", 1001, "01A03", 12, "uur", 3250L, 39000, false, "D-0001"),
            regel("******291", "A. Jansen", 1002, "02A01", 8, "uur", 6125L, 49000, false, "D-0001"),
            // a credit for client 1, after a line of client 2: must still print under client 1
            regel(GEMASKEERD, "J. de Vries", 1001, "01A03", 2, "uur", 3250L, -6500, true, "D-0002"),
            regel("******291", "A. Jansen", 1003, "05A99", 1, "stuk", null, 120050, false, "D-0001")));
  }

  static KostenPerGemeente kosten() {
    return KostenPerGemeente.van(12, "2025-01", "DEFINITIEF", List.of(
        new GemeenteKostenRij("0356", "Nieuwegein", "01", "Huishoudelijke ondersteuning", 10, 450000),
        new GemeenteKostenRij("0321", "Houten", "01", "Huishoudelijke ondersteuning", 3, 99999),
        new GemeenteKostenRij("0321", "Houten", "02", "Begeleiding", 1, -2500),
        new GemeenteKostenRij("0356", "Nieuwegein", "02", "Begeleiding", 4, 123456),
        new GemeenteKostenRij("0353", "IJsselstein", "02", "Begeleiding", 2, 1)));
  }

  static AfwijzingenOverzicht afwijzingen() {
    return AfwijzingenOverzicht.van("2025-01", List.of(
        new AfwijzingRij("12345678", "Zorg BV Lekstroom", "TR304", "Prestatie valt buiten de toewijzing", 3, 15000),
        new AfwijzingRij("12345678", "Zorg BV Lekstroom", "TR338", "Tarief wijkt af van het contract", 1, 4275),
        new AfwijzingRij("87654321", "Thuiszorg Lek", "TR418", "Dubbele declaratie", 2, 123400)));
  }

  static VerwachtOverzicht verwacht() {
    return VerwachtOverzicht.van(12, "2025-01", List.of(
        new VerwachtRij(1001, "12345678", "Zorg BV Lekstroom", "01A03", "0356", 50000, 42000, 42000, false),
        new VerwachtRij(1002, "12345678", "Zorg BV Lekstroom", "02A01", "0321", 30000, 36125, 30000, true),
        new VerwachtRij(1003, "87654321", "Thuiszorg Lek", "01A03", "1961", 10000, 0, 0, false)));
  }

  // ---- PDF ----

  @Test
  void afrekeningPerAanbiederAlsPdf() throws IOException {
    String tekst = pdfTekst(maker.maak(afrekening(), Formaat.PDF));

    assertContains(tekst, "Afrekening per aanbieder", "Regio Lekstroom", "Afrekening 12", "Maand 2025-01",
        "Status DEFINITIEF", "12345678", "NL91ABNA0417164300", "Pagina 1 van 1");
    assertContains(tekst, "€ 2.080,50", "€ -65,00", "€ 2.015,50"); // debet, credit, totaal
    assertContains(tekst, "Subtotaal cliënt " + GEMASKEERD, "€ 325,00", "€ 1.690,50"); // per client
    assertContains(tekst, "€ 32,50", "€ 1.200,50", "correctie", "01-01-2025 t/m 31-01-2025");
    assertContains(tekst, GEMASKEERD);
    assertFalse(tekst.contains(BSN), "de volledige BSN mag niet in het rapport staan");
  }

  @Test
  void kostenPerGemeenteAlsPdf() throws IOException {
    String tekst = pdfTekst(maker.maak(kosten(), Formaat.PDF));

    assertContains(tekst, "Kosten per gemeente", "Afrekening 12", "Status DEFINITIEF");
    assertContains(tekst, "Subtotaal Nieuwegein", "€ 5.734,56", "Subtotaal Houten", "€ 974,99",
        "Subtotaal IJsselstein", "€ 0,01", "€ -25,00");
    assertContains(tekst, "Totaal afrekening", "€ 6.709,56");
    // Nieuwegein's two rows are printed together, under one heading
    assertEquals(1, count(tekst, "Gemeente 0356"));
  }

  @Test
  void afwijzingenAlsPdf() throws IOException {
    String tekst = pdfTekst(maker.maak(afwijzingen(), Formaat.PDF));

    assertContains(tekst, "Afwijzingen", "Maand 2025-01", "TR304", "TR338", "TR418", "Thuiszorg Lek");
    assertContains(tekst, "Subtotaal 12345678", "€ 192,75", "€ 1.234,00");
    assertContains(tekst, "Totaal afgewezen 6 € 1.426,75");
  }

  @Test
  void verwachtAlsPdf() throws IOException {
    String tekst = pdfTekst(maker.maak(verwacht(), Formaat.PDF));

    assertContains(tekst, "Verwacht en gedeclareerd", "Afrekening 12", "Maand 2025-01");
    assertContains(tekst, "Totaal € 900,00 € 781,25 € 720,00");
    assertEquals(1, count(tekst, "▲ boven"), tekst);
    assertContains(tekst, "Toewijzingen boven verwacht: 1");
  }

  @Test
  void fontsZijnIngebed() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(maker.maak(afrekening(), Formaat.PDF))) {
      Set<String> fonts = new HashSet<>();
      for (PDPage pagina : pdf.getPages()) {
        for (var naam : pagina.getResources().getFontNames()) {
          PDFont font = pagina.getResources().getFont(naam);
          assertTrue(font.isEmbedded(), font.getName() + " is niet ingebed");
          fonts.add(font.getName());
        }
      }
      assertTrue(fonts.stream().allMatch(f -> f.contains("DejaVuSans")), fonts.toString());
    }
  }

  @Test
  void langeAfrekeningLooptOverPaginasEnTeltExact() throws IOException {
    List<AfrekeningRegelRij> regels = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      regels.add(regel("******" + String.format("%03d", i / 10), null, 2000 + i, "01A03", 1, "uur", 3333L,
          i % 7 == 0 ? -3333 : 3333, i % 7 == 0, "D-" + i));
    }
    AanbiederAfrekening lang = AanbiederAfrekening.van(13, "2025-02", "CONCEPT", "12345678", null, null, regels);
    String tekst = pdfTekst(maker.maak(lang, Formaat.PDF));

    // 22 credits and 128 debits of € 33,33
    assertContains(tekst, "€ 4.266,24", "€ -733,26", "€ 3.532,98");
    assertTrue(tekst.contains("Pagina 2 van"), "meer dan een pagina verwacht");
    assertFalse(tekst.contains("Pagina 1 van 1"));
  }

  // ---- XLSX ----

  @Test
  void afrekeningAlsXlsxHeeftBedragenAlsGetallen() throws IOException {
    List<Cell> cellen = xlsxCellen(maker.maak(afrekening(), Formaat.XLSX));

    Set<BigDecimal> getallen = getallen(cellen);
    for (String bedrag : List.of("2080.50", "-65.00", "2015.50", "325.00", "1690.50", "390.00", "32.50")) {
      assertTrue(getallen.contains(bedrag(bedrag)), bedrag + " niet als getal in " + getallen);
    }
    assertTrue(teksten(cellen).stream().anyMatch(t -> t.contains(GEMASKEERD)), teksten(cellen).toString());
    assertTrue(teksten(cellen).stream().noneMatch(t -> t.contains(BSN)));
  }

  @Test
  void detailBedragenInXlsxTellenOpTotTotaal() throws IOException {
    // finance sums the amount column: the line amounts in the sheet add up to the printed total
    List<Cell> cellen = xlsxCellen(maker.maak(kosten(), Formaat.XLSX));
    Cell totaal = cellen.stream()
        .filter(c -> c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Totaal afrekening"))
        .findFirst().orElseThrow();
    int kolom = cellen.stream()
        .filter(c -> c.getRowIndex() == totaal.getRowIndex() && c.getCellType() == CellType.NUMERIC)
        .mapToInt(Cell::getColumnIndex).max().orElseThrow();
    BigDecimal som = BigDecimal.ZERO;
    for (Cell c : cellen) {
      if (c.getColumnIndex() == kolom && c.getCellType() == CellType.NUMERIC && isDetail(cellen, c)) {
        som = som.add(getal(c));
      }
    }
    assertEquals(0, new BigDecimal("6709.56").compareTo(som), "som van de regels " + som);
    assertEquals(0, new BigDecimal("6709.56").compareTo(getal(cellMet(cellen, totaal.getRowIndex(), kolom))));
  }

  @Test
  void alleRapportenAlsXlsx() throws IOException {
    assertTrue(getallen(xlsxCellen(maker.maak(kosten(), Formaat.XLSX))).contains(bedrag("5734.56")));
    Set<BigDecimal> afw = getallen(xlsxCellen(maker.maak(afwijzingen(), Formaat.XLSX)));
    assertTrue(afw.contains(bedrag("1426.75")) && afw.contains(bedrag("6")), afw.toString());
    Set<BigDecimal> ver = getallen(xlsxCellen(maker.maak(verwacht(), Formaat.XLSX)));
    assertTrue(ver.containsAll(List.of(bedrag("900.00"), bedrag("781.25"), bedrag("720.00"))),
        ver.toString());
  }

  // ---- PGB (issue 6) ----

  /** Two municipalities; one holder with an overspent month (S-PGB-SVB) and an informal rate above the cap (S-PGB-TARIEF). */
  static PgbRapport pgb() {
    var gemeenten = List.of(
        new nl.regio.wmo.application.PgbReconciliatie.GemeenteTotaal("0356", "Nieuwegein", 2, 1_326_000, 1_260_000, 66_000, 2),
        new nl.regio.wmo.application.PgbReconciliatie.GemeenteTotaal("0321", "Houten", 1, 468_000, 468_000, 0, 0));
    var afwijkingen = List.of(
        new nl.regio.wmo.application.PgbReconciliatie.RapportAfwijking("0356", GEMASKEERD, "S. van Dam", "LEK-B-1404",
            "OVERSCHRIJDING_MAAND", "S-PGB-SVB", "2026-03", "SVB-1", "betaald € 840,00 in maart 2026, budget € 780,00", 84_000, 78_000, 6_000),
        new nl.regio.wmo.application.PgbReconciliatie.RapportAfwijking("0356", GEMASKEERD, "S. van Dam", "LEK-B-1404",
            "INFORMEEL_TARIEF_TE_HOOG", "S-PGB-TARIEF", "2026-04", "SVB-2", "uurtarief € 25,00 boven het maximum € 22,80", 2_500, 2_280, 440));
    var houders = List.of(new nl.regio.wmo.application.PgbReconciliatie.RapportHouderRegel("0356", GEMASKEERD, "S. van Dam", "LEK-B-1404",
        "02A01", java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 6, 30), "klasse 2", 468_000, 432_000, 36_000, 36_000, 2));
    return PgbRapport.van(new nl.regio.wmo.application.PgbReconciliatie.RapportGegevens(2026, null, null, 1_794_000, 1_728_000, 66_000,
        gemeenten, afwijkingen, houders, List.of()));
  }

  @Test
  void pgbReconciliatieAlsPdf_S_PGB_SVB_S_PGB_TARIEF() throws IOException {
    String tekst = pdfTekst(maker.maak(pgb(), Formaat.PDF));
    assertContains(tekst, "PGB-reconciliatie", "Jaar 2026", "hele regio", "Totalen per gemeente", "Nieuwegein", "Houten");
    assertContains(tekst, "€ 13.260,00", "€ 12.600,00", "€ 660,00"); // Nieuwegein: toegekend, betaald, terug
    assertContains(tekst, "Totaal € 17.940,00 € 17.280,00 € 660,00");
    assertContains(tekst, "overschrijding maand", "S-PGB-SVB", "informeel tarief te", "hoog", "S-PGB-TARIEF", "€ 4,40", "€ 60,00");
    assertContains(tekst, "Budgethouder " + GEMASKEERD, "LEK-B-1404", "€ 4.680,00", "€ 4.320,00", "2 afwijkingen");
    assertFalse(tekst.contains(BSN));
    assertTrue(getallen(xlsxCellen(maker.maak(pgb(), Formaat.XLSX))).containsAll(List.of(bedrag("17940.00"), bedrag("660.00"), bedrag("4.40"))));
  }

  @Test
  void pgbTotalenMoetenDeSomVanDeGemeentenZijn() {
    PgbRapport r = pgb();
    assertThrows(IllegalArgumentException.class, () -> new PgbRapport(r.jaar(), r.gebied(), r.toegekendCent() + 1, r.betaaldCent(),
        r.terugTeVorderenCent(), r.aantalAfwijkingen(), r.rijen()));
  }

  // ---- templates and records ----

  @Test
  void elkSjabloonIsGecompileerdMetDeJdkCompiler() throws Exception {
    List<String> namen;
    try (Stream<Path> paden = Files.list(Path.of("reports"))) {
      namen = paden.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jrxml"))
          .map(n -> n.substring(0, n.length() - 6)).sorted().toList();
    }
    assertEquals(List.of("aanbieder-afrekening", "afwijzingen-overzicht", "kosten-per-gemeente", "pgb-reconciliatie", "verwacht-overzicht"),
        namen);
    for (String naam : namen) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream("reports/" + naam + ".jasper")) {
        assertNotNull(in, naam + ".jasper ontbreekt: draait de build SjabloonCompiler in process-classes?");
        JasperReport sjabloon = (JasperReport) JRLoader.loadObject(in);
        assertEquals(naam, sjabloon.getName());
        // a .jasper names its compiler and JasperReports loads that class again at fill time:
        // JDT-compiled templates would need jasperreports-jdt + ecj in the war
        assertEquals(JRJdk13Compiler.class.getName(), sjabloon.getCompilerClass());
      }
    }
    for (Rapport r : List.of(afrekening(), kosten(), afwijzingen(), verwacht(), pgb())) {
      assertTrue(namen.contains(r.sjabloon()), r.sjabloon());
    }
  }

  @Test
  void totalenDieNietKloppenWordenGeweigerd() {
    AanbiederAfrekening a = afrekening();
    assertThrows(IllegalArgumentException.class, () -> new AanbiederAfrekening(a.afrekeningId(), a.maand(), a.status(),
        a.aanbiederAgb(), a.aanbiederNaam(), a.iban(), a.debetCent(), a.creditCent(), a.totaalCent() + 1, a.regels()));
    assertThrows(IllegalArgumentException.class, () -> new AanbiederAfrekening(a.afrekeningId(), a.maand(), a.status(),
        a.aanbiederAgb(), a.aanbiederNaam(), a.iban(), a.debetCent() + 6500, 0, a.totaalCent(), a.regels()));
    assertThrows(IllegalArgumentException.class, () -> new KostenPerGemeente(1, "2025-01", "CONCEPT", 1, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new AfwijzingenOverzicht("2025-01", 1, 0, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new VerwachtOverzicht(1, "2025-01", 0, 0, 1, List.of()));
  }

  @Test
  void legeRapportenHebbenKopEnNulTotaal() throws IOException {
    String tekst = pdfTekst(maker.maak(KostenPerGemeente.van(14, "2025-03", "CONCEPT", List.of()), Formaat.PDF));
    assertContains(tekst, "Kosten per gemeente", "Afrekening 14", "Totaal afrekening 0 € 0,00");
  }

  @Test
  void formaatKentMediaTypeEnExtensie() {
    assertEquals("application/pdf", Formaat.PDF.mediaType());
    assertEquals("xlsx", Formaat.XLSX.extensie());
    assertEquals("afrekening-12-2025-01-12345678.pdf", RapportMaker.bestandsnaam(afrekening(), Formaat.PDF));
  }

  // ---- helpers ----

  static String pdfTekst(byte[] pdf) throws IOException {
    assertTrue(pdf.length > 0 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // one space between words however the PDF spaced them, so assertions read like the page
      return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("[ \\t]+", " ");
    }
  }

  static void assertContains(String tekst, String... stukken) {
    for (String stuk : stukken) {
      assertTrue(tekst.contains(stuk), "'" + stuk + "' ontbreekt in:\n" + tekst);
    }
  }

  static int count(String tekst, String stuk) {
    int n = 0;
    for (int i = tekst.indexOf(stuk); i >= 0; i = tekst.indexOf(stuk, i + 1)) {
      n++;
    }
    return n;
  }

  static List<Cell> xlsxCellen(byte[] xlsx) throws IOException {
    List<Cell> cellen = new ArrayList<>();
    try (XSSFWorkbook boek = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertEquals(1, boek.getNumberOfSheets());
      Sheet blad = boek.getSheetAt(0);
      for (Row rij : blad) {
        for (Cell cel : rij) {
          cellen.add(cel);
        }
      }
    }
    return cellen;
  }

  static Set<BigDecimal> getallen(List<Cell> cellen) {
    Set<BigDecimal> getallen = new HashSet<>();
    for (Cell c : cellen) {
      if (c.getCellType() == CellType.NUMERIC) {
        getallen.add(getal(c));
      }
    }
    return getallen;
  }

  /**
   * A numeric cell's value without trailing zeros (the sheet stores the exact decimal text; POI reads
   * it as a double, and Double.toString gives that text back for amounts of this size).
   */
  static BigDecimal getal(Cell c) {
    return new BigDecimal(Double.toString(c.getNumericCellValue())).stripTrailingZeros();
  }

  static BigDecimal bedrag(String tekst) {
    return new BigDecimal(tekst).stripTrailingZeros();
  }

  static List<String> teksten(List<Cell> cellen) {
    return cellen.stream().filter(c -> c.getCellType() == CellType.STRING).map(Cell::getStringCellValue).toList();
  }

  /** A detail row of the municipality report: its first cell is a category code, not a label. */
  static boolean isDetail(List<Cell> cellen, Cell c) {
    return cellen.stream().anyMatch(x -> x.getRowIndex() == c.getRowIndex() && x.getCellType() == CellType.STRING
        && x.getStringCellValue().matches("\\d{2}"));
  }

  static Cell cellMet(List<Cell> cellen, int rij, int kolom) {
    return cellen.stream().filter(c -> c.getRowIndex() == rij && c.getColumnIndex() == kolom).findFirst().orElseThrow();
  }
}
