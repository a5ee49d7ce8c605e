package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import nl.regio.wmo.interfaces.iwmo.IwmoSchemas;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Clients, beschikkingen and toewijzingen through the REST API and the CSV route, on the deployed
 * war. Expected amounts are hand-computed with the demo tariffs of config/demo/tarieven.csv.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BeschikkingenIT {

  private static final String CONSULENT = "consulent";
  /** The inbox the deployed app watches (failsafe sets WMO_INBOX to target/it-inbox). */
  private static final Path INBOX = Path.of("target/it-inbox/beschikkingen");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL url;

  private Api api;

  @BeforeEach
  void client() {
    api = new Api(url);
  }

  /** A random valid BSN (11-proef), so runs against a kept database never collide. */
  static String nieuweBsn() {
    while (true) {
      int[] d = new int[9];
      int som = 0;
      for (int i = 0; i < 8; i++) {
        d[i] = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
        som += (9 - i) * d[i];
      }
      int laatste = som % 11;
      if (laatste <= 9) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
          sb.append(d[i]);
        }
        return sb.append(laatste).toString();
      }
    }
  }

  private long maakClient(String bsn, String gemeente) {
    return api.post(CONSULENT, "/api/clienten", """
        {"bsn":"%s","achternaam":"Testcliënt","voorletters":"T","geboortedatum":"1960-04-01","geslacht":"1","gemeenteCode":"%s"}"""
        .formatted(bsn, gemeente)).verwacht(201).json().getJsonNumber("id").longValue();
  }

  private Api.Antwoord beschik(long client, String product, String vorm, String agb, String van, String tot, String omvang) {
    return api.post(CONSULENT, "/api/beschikkingen", """
        {"clientId":%d,"productCode":"%s","leveringsvorm":"%s",%s"ingangsdatum":"%s",%s%s}"""
        .formatted(client, product, vorm, agb == null ? "" : "\"aanbiederAgbCode\":\"" + agb + "\",", van,
            tot == null ? "" : "\"einddatum\":\"" + tot + "\",", omvang));
  }

  private static Set<String> regels(JsonObject probleem) {
    return probleem.getJsonArray("fouten").getValuesAs(JsonObject.class).stream()
        .map(f -> f.getString("melding").split(":")[0]).collect(Collectors.toSet());
  }

  // ---------- clients ----------

  @Test
  void clientMetBsnElfproefEnGemeenteVanDeRegio_CS002() {
    String bsn = nieuweBsn();
    long id = maakClient(bsn, "0356");
    assertEquals(bsn, api.get(CONSULENT, "/api/clienten/" + id).verwacht(200).json().getString("bsn"));
    String gemaskeerd = api.get("financien1", "/api/clienten/" + id).verwacht(200).json().getString("bsn");
    assertEquals("******" + bsn.substring(6), gemaskeerd);
    api.get("aanbieder-98000011", "/api/clienten/" + id).verwacht(403);

    JsonObject fout = api.post(CONSULENT, "/api/clienten", """
        {"bsn":"123456789","achternaam":"X","geboortedatum":"2999-01-01","gemeenteCode":"0344"}""").verwacht(400).json();
    assertEquals(Set.of("bsn", "geboortedatum", "gemeenteCode"),
        fout.getJsonArray("fouten").getValuesAs(JsonObject.class).stream().map(f -> f.getString("veld")).collect(Collectors.toSet()));
    assertFalse(fout.toString().contains("123456789"), "an error never repeats a BSN");
    JsonObject dubbel = api.post(CONSULENT, "/api/clienten", """
        {"bsn":"%s","achternaam":"X","geboortedatum":"1990-01-01","gemeenteCode":"0356"}""".formatted(bsn)).verwacht(409).json();
    assertFalse(dubbel.toString().contains(bsn));
  }

  // ---------- beschikking → toewijzing → expected amounts ----------

  @Test
  void dagbestedingWordtToewijzingMetVerwachtBedragPerWeekTelling() {
    long client = maakClient(nieuweBsn(), "0321");
    JsonObject b = beschik(client, "07C01", "ZIN", "98000022", "2026-02-01", "2026-03-31", "\"volumePerWeek\":3").verwacht(201).json();
    long nummer = b.getJsonNumber("toewijzingNummer").longValue();
    assertTrue(nummer > 0 && nummer <= 999_999_999L);

    JsonObject t = api.get("aanbieder-98000022", "/api/toewijzingen/" + nummer).verwacht(200).json();
    assertEquals("16", t.getString("eenheid"));
    assertEquals("2", t.getString("frequentie"));
    assertEquals(3, t.getInt("volume"));
    api.get("aanbieder-98000011", "/api/toewijzingen/" + nummer).verwacht(404);

    // regional VG licht 2026: 39,00 per dagdeel. Feb 2026 (starts Sunday) touches 5 weeks: 3 x 5 x 39 = 585,00;
    // Mar 2026 (starts Sunday, 31 days) touches 6 weeks: 3 x 6 x 39 = 702,00.
    JsonObject verwacht = api.get("financien1", "/api/toewijzingen/" + nummer + "/verwacht?van=2026-01&tot=2026-04").verwacht(200).json();
    assertEquals(List.of(0, 58500, 70200, 0), verwacht.getJsonArray("maanden").getValuesAs(JsonObject.class).stream()
        .map(m -> m.getInt("bedragCent")).toList());
    assertEquals(128700, verwacht.getInt("totaalCent"));
  }

  @Test
  void klasseProductTrajectbedragProRata_STRAJECT() {
    long client = maakClient(nieuweBsn(), "0356");
    JsonObject b = beschik(client, "02A01", "ZIN", "98000033", "2026-04-11", "2026-06-30", "\"klasse\":3,\"urenPerWeek\":5").verwacht(201).json();
    long nummer = b.getJsonNumber("toewijzingNummer").longValue();
    JsonObject t = api.get(CONSULENT, "/api/toewijzingen/" + nummer).verwacht(200).json();
    assertEquals("83", t.getString("eenheid"));
    assertEquals("4", t.getString("frequentie"));
    assertEquals(143000, t.getInt("volume"), "volume = trajectbedrag klasse 3 in cents");
    // April: 20 of 30 days of 1.430,00 = 953,333.. -> 953,33; May and June whole months.
    JsonObject verwacht = api.get("financien1", "/api/toewijzingen/" + nummer + "/verwacht?van=2026-04&tot=2026-06").verwacht(200).json();
    assertEquals(List.of(95333, 143000, 143000), verwacht.getJsonArray("maanden").getValuesAs(JsonObject.class).stream()
        .map(m -> m.getInt("bedragCent")).toList());
    assertEquals(381333, verwacht.getInt("totaalCent"));
  }

  @Test
  void budgetInPlaatsVanOmvangWordtToewijzingMetBudget_CD075_CD077_CD078() {
    long client = maakClient(nieuweBsn(), "0321");
    JsonObject b = beschik(client, "07C01", "ZIN", "98000022", "2026-01-15", "2026-04-10", "\"budgetCent\":100000").verwacht(201).json();
    assertEquals(100000, b.getJsonNumber("budgetCent").longValue());
    long id = b.getJsonNumber("id").longValue();
    long nummer = b.getJsonNumber("toewijzingNummer").longValue();

    // CD077: the toewijzing has the budget and no omvang; the product stays
    JsonObject t = api.get("aanbieder-98000022", "/api/toewijzingen/" + nummer).verwacht(200).json();
    assertEquals(100000, t.getJsonNumber("budgetCent").longValue());
    assertEquals("07C01", t.getString("productCode"));
    for (String omvang : List.of("volume", "eenheid", "frequentie")) {
      assertTrue(!t.containsKey(omvang) || t.isNull(omvang), omvang + " is empty with a budget: " + t);
    }

    // the budget spread over its 86 days (17 + 28 + 31 + 10), rounded on the running total: the months add up to it exactly
    JsonObject verwacht = api.get("financien1", "/api/toewijzingen/" + nummer + "/verwacht?van=2025-12&tot=2026-05").verwacht(200).json();
    assertEquals("BUDGET", verwacht.getString("grondslag"));
    assertEquals(List.of(0, 19767, 32559, 36046, 11628, 0), verwacht.getJsonArray("maanden").getValuesAs(JsonObject.class).stream()
        .map(m -> m.getInt("bedragCent")).toList());
    assertEquals(100000, verwacht.getInt("totaalCent"));

    // the WMO301 carries Budget instead of Omvang, valid against the schema
    String wmo301 = api.get("aanbieder-98000022", "/api/toewijzingen/" + nummer + "/wmo301").verwacht(200).body();
    assertEquals(List.of(), IwmoSchemas.valideer(IwmoSchemas.WMO301, wmo301.getBytes(StandardCharsets.UTF_8)));
    assertTrue(wmo301.contains("<wmo301:Budget>100000</wmo301:Budget>"), wmo301);
    assertFalse(wmo301.contains("Omvang"), wmo301);

    // a new end date keeps the toewijzing and its budget; open-ended is refused (CD075)
    api.put(CONSULENT, "/api/beschikkingen/" + id + "/einddatum", "{\"einddatum\":\"2026-05-10\"}").verwacht(200);
    JsonObject langer = api.get(CONSULENT, "/api/toewijzingen/" + nummer).verwacht(200).json();
    assertEquals(100000, langer.getJsonNumber("budgetCent").longValue());
    assertEquals(List.of(100000L, 100000L), langer.getJsonArray("historie").getValuesAs(JsonObject.class).stream()
        .map(v -> v.getJsonNumber("budgetCent").longValue()).toList());
    assertEquals(Set.of("CD075"), regels(api.put(CONSULENT, "/api/beschikkingen/" + id + "/einddatum", "{\"einddatum\":null}")
        .verwacht(400).json()));

    // the policy checks, each by its id
    assertEquals(Set.of("CD075"), regels(
        beschik(client, "07C04", "ZIN", "98000022", "2026-01-01", null, "\"budgetCent\":100000").verwacht(400).json()));
    assertEquals(Set.of("CD078"), regels(
        beschik(client, "07C04", "ZIN", "98000022", "2026-01-01", "2026-12-31", "\"budgetCent\":100000,\"volumePerWeek\":2")
            .verwacht(400).json()));
    assertEquals(Set.of("BUDGET"), regels(
        beschik(client, "07C04", "PGB", null, "2026-01-01", "2026-12-31", "\"budgetCent\":100000").verwacht(400).json()));
    assertEquals(Set.of("LDT_Budget"), regels(
        beschik(client, "07C04", "ZIN", "98000022", "2026-01-01", "2026-12-31", "\"budgetCent\":100000000").verwacht(400).json()));
  }

  @Test
  void beleidsregelsWeigerenMetHunRegelcode() {
    long client = maakClient(nieuweBsn(), "0331");
    beschik(client, "07C02", "ZIN", "98000022", "2026-01-01", "2026-12-31", "\"volumePerWeek\":6").verwacht(201);
    assertEquals(Set.of("S-MAX9"), regels(
        beschik(client, "07A01", "ZIN", "98000022", "2026-06-01", "2026-12-31", "\"volumePerWeek\":4").verwacht(400).json()));
    assertEquals(Set.of("S-VERVOER"), regels(
        beschik(client, "08A04", "ZIN", "98000044", "2026-01-01", "2026-06-30", "\"volumePerWeek\":2").verwacht(400).json()));
    assertEquals(Set.of("OP043"), regels(
        beschik(client, "07C02", "PGB", null, "2026-03-01", "2026-04-30", "\"volumePerWeek\":1").verwacht(400).json()));
    assertEquals(Set.of("OP259"), regels(
        beschik(client, "07C02", "ZIN", "98000022", "2026-12-01", "2027-01-31", "\"volumePerWeek\":1").verwacht(400).json()));
    assertEquals(Set.of("CONTRACT"), regels(
        beschik(client, "02A01", "ZIN", "98000033", "2026-01-01", null, "\"klasse\":1").verwacht(400).json()),
        "98000033 has no contract for Lopik (0331)");
    assertEquals(Set.of("S-KLASSE"), regels(
        beschik(client, "02A01", "ZIN", "98000011", "2026-01-01", "2026-12-31", "\"klasse\":1,\"urenPerWeek\":6").verwacht(400).json()));
    assertEquals(Set.of("S-IB-RANGE"), regels(
        beschik(client, "02A01", "ZIN", "98000011", "2026-01-01", "2026-12-31", "\"klasse\":5,\"urenPerWeek\":15").verwacht(400).json()));
    assertEquals(Set.of("CD076"), regels(
        beschik(client, "07C03", "ZIN", "98000022", "2026-01-01", null, "\"volumePerWeek\":1").verwacht(400).json()));
    assertEquals(Set.of("CD076", "S-VERVOER"), regels(
        beschik(client, "08A02", "ZIN", "98000022", "2026-01-01", null, "\"volumePerWeek\":2").verwacht(400).json()));
    // accepted: GHZ vervoer with the VG dagbesteding, and an offerte above 13 hours
    beschik(client, "08A02", "ZIN", "98000022", "2026-01-01", "2026-12-31", "\"volumePerWeek\":2").verwacht(201);
    JsonObject offerte = beschik(client, "02A02", "ZIN", "98000011", "2026-02-01", "2026-07-31",
        "\"urenPerWeek\":16,\"offerteMaandbedragCent\":412000,\"offertes\":[{\"aanbiederAgbCode\":\"98000011\",\"maandbedragCent\":412000},"
            + "{\"aanbiederAgbCode\":\"98000044\",\"maandbedragCent\":436000}]").verwacht(201).json();
    long nummer = offerte.getJsonNumber("toewijzingNummer").longValue();
    // an offerte is paid at its own monthly amount: 6 full months of 4.120,00
    assertEquals(2472000, api.get("financien1", "/api/toewijzingen/" + nummer + "/verwacht?van=2026-02&tot=2026-07").verwacht(200).json()
        .getInt("totaalCent"));
  }

  @Test
  void einddatumWijzigtOpDezelfdeToewijzing_omvangWijzigingGeeftEenNieuwe_OP033() {
    long client = maakClient(nieuweBsn(), "0353");
    JsonObject b = beschik(client, "02A01", "ZIN", "98000011", "2026-01-01", "2026-12-31", "\"klasse\":2").verwacht(201).json();
    long id = b.getJsonNumber("id").longValue();
    long nummer = b.getJsonNumber("toewijzingNummer").longValue();

    JsonObject korter = api.put(CONSULENT, "/api/beschikkingen/" + id + "/einddatum", "{\"einddatum\":\"2026-09-30\"}").verwacht(200).json();
    assertEquals(nummer, korter.getJsonNumber("toewijzingNummer").longValue());
    JsonObject t = api.get(CONSULENT, "/api/toewijzingen/" + nummer).verwacht(200).json();
    assertEquals("2026-09-30", t.getString("einddatum"));
    assertEquals("05", t.getString("redenWijziging"));
    JsonObject langer = api.put(CONSULENT, "/api/beschikkingen/" + id + "/einddatum", "{\"einddatum\":\"2027-03-31\"}").verwacht(200).json();
    assertEquals(nummer, langer.getJsonNumber("toewijzingNummer").longValue());
    t = api.get(CONSULENT, "/api/toewijzingen/" + nummer).verwacht(200).json();
    assertEquals("04", t.getString("redenWijziging"));
    assertEquals(3, t.getJsonArray("historie").size(), "every state is kept");

    JsonObject nieuw = api.post(CONSULENT, "/api/beschikkingen/" + id + "/wijziging", """
        {"ingangsdatum":"2026-06-01","klasse":3}""").verwacht(201).json();
    long nieuwNummer = nieuw.getJsonNumber("toewijzingNummer").longValue();
    assertNotEquals(nummer, nieuwNummer);
    assertEquals(id, nieuw.getJsonNumber("vorigeId").longValue());
    assertEquals("2027-03-31", nieuw.getString("einddatum"));
    JsonObject oud = api.get(CONSULENT, "/api/toewijzingen/" + nummer).verwacht(200).json();
    assertEquals("2026-05-31", oud.getString("einddatum"));
    assertEquals("05", oud.getString("redenWijziging"));

    JsonObject verwijderd = api.put(CONSULENT, "/api/beschikkingen/" + nieuw.getJsonNumber("id").longValue() + "/einddatum",
        "{\"einddatum\":\"2026-06-01\",\"redenWijziging\":\"13\"}").verwacht(200).json();
    assertTrue(verwijderd.getBoolean("verwijderd"));
    api.put(CONSULENT, "/api/beschikkingen/" + id + "/einddatum", "{\"einddatum\":\"2026-07-01\",\"redenWijziging\":\"13\"}").verwacht(400);
  }

  // ---------- WMO301 ----------

  @Test
  void wmo301BevatAlleActueleToewijzingenBijDeAanbiederEnVoldoetAanHetSchema_OP087() {
    long client = maakClient(nieuweBsn(), "1961");
    long dagbesteding = beschik(client, "07B01", "ZIN", "98000011", "2026-01-01", "2026-12-31", "\"volumePerWeek\":2")
        .verwacht(201).json().getJsonNumber("toewijzingNummer").longValue();
    long vervoer = beschik(client, "08A01", "ZIN", "98000011", "2026-01-01", "2026-12-31", "\"volumePerWeek\":2")
        .verwacht(201).json().getJsonNumber("toewijzingNummer").longValue();
    Api.Antwoord bericht = api.get("aanbieder-98000011", "/api/toewijzingen/" + vervoer + "/wmo301").verwacht(200);
    assertTrue(bericht.contentType().startsWith("application/xml"), bericht.contentType());
    byte[] xml = bericht.body().getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of(), IwmoSchemas.valideer(IwmoSchemas.WMO301, xml));
    assertTrue(bericht.body().contains("<wmo301:ToewijzingNummer>" + dagbesteding + "</wmo301:ToewijzingNummer>"));
    assertTrue(bericht.body().contains("<wmo301:ToewijzingNummer>" + vervoer + "</wmo301:ToewijzingNummer>"));
    assertTrue(bericht.body().contains("<wmo301:Afzender>1961</wmo301:Afzender>"));
    assertTrue(bericht.body().contains("<wmo301:Ontvanger>98000011</wmo301:Ontvanger>"));

    String perClient = api.get(CONSULENT, "/api/toewijzingen/wmo301?client=" + client + "&aanbieder=98000011").verwacht(200).body();
    assertEquals(List.of(), IwmoSchemas.valideer(IwmoSchemas.WMO301, perClient.getBytes(StandardCharsets.UTF_8)));
    api.get("aanbieder-98000022", "/api/toewijzingen/wmo301?client=" + client + "&aanbieder=98000011").verwacht(403);
    api.get("financien1", "/api/toewijzingen/" + vervoer + "/wmo301").verwacht(403);
  }

  // ---------- forecast ----------

  @Test
  void prognoseTotaalIsDeSomVanDeMaandenEnVanDeCategorieen() {
    JsonObject p = api.get("financien1", "/api/prognose?gemeente=0356&van=2026-01&tot=2026-12").verwacht(200).json();
    long maanden = p.getJsonArray("maanden").getValuesAs(JsonObject.class).stream().mapToLong(m -> m.getJsonNumber("bedragCent").longValue()).sum();
    long categorieen = p.getJsonObject("perCategorieCent").values().stream().mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum();
    assertEquals(maanden, p.getJsonNumber("totaalCent").longValue());
    assertEquals(maanden, categorieen);
    assertTrue(maanden > 0, "the demo data has toewijzingen in Nieuwegein");
    api.get("financien1", "/api/prognose?gemeente=0999&van=2026-01&tot=2026-12").verwacht(404);
    api.get("financien1", "/api/prognose?gemeente=0356&van=2026-13&tot=2026-12").verwacht(400);
    api.get("aanbieder-98000011", "/api/prognose?gemeente=0356&van=2026-01&tot=2026-12").verwacht(403);
  }

  // ---------- the CSV route ----------

  private static final String KOP = "beschikkingNummer,bsn,achternaam,voorvoegsel,voorletters,geboortedatum,geslacht,gemeenteCode,"
      + "postcode,huisnummer,productCode,leveringsvorm,aanbiederAgbCode,ingangsdatum,einddatum,volumePerWeek,klasse,urenPerWeek\n";

  @Test
  void csvRouteGoedFoutEnDubbelBestand() throws Exception {
    String run = Long.toString(System.nanoTime(), 36);
    String bsn1 = nieuweBsn();
    String bsn2 = nieuweBsn();
    String goed = KOP
        + "IT-%s-1,%s,Goed,,A,1955-01-01,2,0321,,,07C01,ZIN,98000022,2026-01-01,2026-12-31,3,,\n".formatted(run, bsn1)
        + "IT-%s-2,%s,Goed,,A,1955-01-01,2,0321,,,08A02,ZIN,98000022,2026-01-01,2026-12-31,3,,\n".formatted(run, bsn1)
        + "IT-%s-3,%s,Ander,van,B,1980-02-02,1,0353,,,02A01,PGB,,2026-03-01,2026-12-31,,2,3\n".formatted(run, bsn2);
    Inbox.zetIn(INBOX, "goed-" + run + ".csv", goed);
    String verslag = Files.readString(Inbox.wachtOpEen(INBOX.resolve("verwerkt"), "goed-" + run + ".csv.verslag.txt"));
    assertTrue(verslag.contains("3 beschikkingen aangemaakt"), verslag);
    Inbox.wachtOpEen(INBOX.resolve("verwerkt"), "goed-" + run + ".csv"); // the route moves the file after the report
    JsonObject gevonden = api.get(CONSULENT, "/api/beschikkingen?product=08A02&aanbieder=98000022&grootte=500").verwacht(200).json();
    assertTrue(gevonden.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .anyMatch(b -> ("IT-" + run + "-2").equals(Api.str(b, "externNummer")) && b.containsKey("toewijzingNummer")));

    String bsn3 = nieuweBsn();
    String fout = KOP
        + "IT-%s-4,%s,Fout,,C,1970-01-01,1,0356,,,07A01,ZIN,98000022,2026-01-01,2026-12-31,10,,\n".formatted(run, bsn3)
        + "IT-%s-5,%s,Fout,,C,1970-01-01,1,0356,,,08A04,ZIN,98000044,2026-01-01,2026-06-30,2,,\n".formatted(run, bsn3)
        + "IT-%s-6,123456789,Fout,,C,1970-01-01,1,0356,,,07A01,ZIN,98000022,2026-01-01,2026-12-31,2,,\n".formatted(run);
    Inbox.zetIn(INBOX, "fout-" + run + ".csv", fout);
    String fouten = Files.readString(Inbox.wachtOpEen(INBOX.resolve("fout"), "fout-" + run + ".csv.fouten.txt"));
    Inbox.wachtOpEen(INBOX.resolve("fout"), "fout-" + run + ".csv"); // the refused file is kept for inspection
    assertTrue(fouten.contains("niets verwerkt"), fouten);
    assertTrue(fouten.contains("rij 2 (beschikking IT-" + run + "-4)") && fouten.contains("S-MAX9"), fouten);
    assertTrue(fouten.contains("rij 3 (beschikking IT-" + run + "-5)") && fouten.contains("S-VERVOER"), fouten);
    assertTrue(fouten.contains("rij 4 (beschikking IT-" + run + "-6): bsn"), fouten);
    assertFalse(fouten.contains("123456789"), "the report does not repeat a BSN");
    JsonObject nietToegepast = api.get(CONSULENT, "/api/clienten?naam=Fout&grootte=500").verwacht(200).json();
    assertTrue(nietToegepast.getJsonArray("items").getValuesAs(JsonObject.class).stream().noneMatch(c -> bsn3.equals(c.getString("bsn"))),
        "no client of the refused file was stored");

    Inbox.zetIn(INBOX, "nogmaals-" + run + ".csv", goed);
    String dubbel = Files.readString(Inbox.wachtOpEen(INBOX.resolve("fout"), "nogmaals-" + run + ".csv.fouten.txt"));
    assertTrue(dubbel.contains("al verwerkt") && dubbel.contains("goed-" + run + ".csv"), dubbel);
  }

  private static String rij(String nummer) {
    return "%s,%s,Bestand,,A,1955-01-01,2,0321,,,07C01,ZIN,98000022,2026-01-01,2026-12-31,3,,\n".formatted(nummer, nieuweBsn());
  }

  /** Issue 17 for the CSV channel on the deployed app: each file ends in one outcome and its original is kept. */
  @Test
  void csvRouteZelfdeNaamLangzaamLangeNaamEnLink() throws Exception {
    String run = Long.toString(System.nanoTime(), 36);
    Path verwerkt = INBOX.resolve("verwerkt");
    // the same name twice, other content: both originals and both reports kept
    String eerste = KOP + rij("IT-" + run + "-Z1");
    String tweede = KOP + rij("IT-" + run + "-Z2");
    Inbox.zetIn(INBOX, "zelfde-" + run + ".csv", eerste);
    Inbox.wachtOpEen(verwerkt, "zelfde-" + run + ".csv");
    Inbox.zetIn(INBOX, "zelfde-" + run + ".csv", tweede);
    Instant grens = Instant.now().plus(Duration.ofSeconds(60));
    while (Inbox.alle(verwerkt, "zelfde-" + run + ".csv").size() < 2 && Instant.now().isBefore(grens)) {
      Thread.sleep(200);
    }
    List<Path> originelen = Inbox.alle(verwerkt, "zelfde-" + run + ".csv");
    assertEquals(List.of(eerste, tweede), List.of(Files.readString(originelen.get(0)), Files.readString(originelen.get(1))));
    assertEquals(2, Inbox.alle(verwerkt, "zelfde-" + run + ".csv.verslag.txt").size());

    // a slow writer: half, a pause shorter than the quiet time of the ITs (2 s), the rest
    String traag = KOP + rij("IT-" + run + "-T1");
    Path bestand = INBOX.resolve("traag-" + run + ".csv");
    Files.writeString(bestand, traag.substring(0, traag.length() / 2));
    Thread.sleep(1000);
    Files.writeString(bestand, traag.substring(traag.length() / 2), java.nio.file.StandardOpenOption.APPEND);
    assertTrue(Files.readString(Inbox.wachtOpEen(verwerkt, "traag-" + run + ".csv.verslag.txt")).contains("1 beschikkingen aangemaakt"));
    assertEquals(traag, Files.readString(Inbox.wachtOpEen(verwerkt, "traag-" + run + ".csv")));
    assertTrue(Inbox.alle(INBOX.resolve("fout"), "traag-" + run + ".csv").isEmpty());

    // a 250-character name
    String lang = ("lang-" + run + "-" + "x".repeat(250)).substring(0, 246) + ".csv";
    Inbox.zetIn(INBOX, lang, KOP + rij("IT-" + run + "-L1"));
    grens = Instant.now().plus(Duration.ofSeconds(60));
    List<Path> daar = List.of();
    while (daar.size() < 2 && Instant.now().isBefore(grens)) {
      Thread.sleep(200);
      try (var l = Files.list(verwerkt)) {
        daar = l.filter(p -> p.getFileName().toString().contains("lang-" + run + "-xxxx")).toList();
      }
    }
    assertEquals(2, daar.size(), "the original and its report: " + daar);
    daar.forEach(p -> assertTrue(p.getFileName().toString().length() <= 255, p.toString()));

    // a symbolic link: ignored, never read
    Inbox.linkWordtGenegeerd(INBOX, "link-" + run + ".csv");
  }
}
