package nl.regio.wmo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built war on Payara Micro, against the database of the environment (H2 by default, PostgreSQL
 * in CI): contract management through the REST API as its users use it. Every test makes its own
 * providers, products and contracts; the demo data is loaded at start (WMO_DEMO=true).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContractbeheerIT {

  private static final String BEHEER = "contractbeheer";

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

  // ---------- helpers that create data the way a contract manager does ----------

  private String maakAanbieder() {
    String agb = Api.nieuweAgb();
    api.post(BEHEER, "/api/aanbieders", """
        {"agbCode":"%s","naam":"Testzorg %s","iban":"NL91ABNA0417164300"}""".formatted(agb, agb)).verwacht(201);
    return agb;
  }

  private String maakProduct(boolean perKlasse) {
    String code = Api.nieuweProductcode();
    String body = perKlasse
        ? """
          {"code":"%s","naam":"Begeleiding test","categorie":"02","eenheid":"83","uitvoeringsvariant":"OUTPUTGERICHT","tariefPerKlasse":true}"""
        : """
          {"code":"%s","naam":"Dagbesteding test","categorie":"07","eenheid":"16","uitvoeringsvariant":"INSPANNINGSGERICHT"}""";
    api.post(BEHEER, "/api/producten", body.formatted(code)).verwacht(201);
    return code;
  }

  private String maakContract(String agb, String van, String tot, String... producten) {
    String nummer = "IT-" + agb + "-" + van.substring(0, 4) + "-" + producten[0];
    String codes = java.util.Arrays.stream(producten).map(p -> "\"" + p + "\"").collect(Collectors.joining(","));
    api.post(BEHEER, "/api/contracten", """
        {"nummer":"%s","aanbiederAgbCode":"%s","omschrijving":"Testcontract","ingangsdatum":"%s",%s"productCodes":[%s]}"""
        .formatted(nummer, agb, van, tot == null ? "" : "\"einddatum\":\"" + tot + "\",", codes)).verwacht(201);
    return nummer;
  }

  private JsonObject maakTarief(String contract, String product, Integer klasse, String van, String tot, long cent) {
    return api.post(BEHEER, "/api/tarieven", """
        {%s"productCode":"%s",%s"ingangsdatum":"%s",%s"bedragCent":%d}"""
        .formatted(contract == null ? "" : "\"contractNummer\":\"" + contract + "\",", product,
            klasse == null ? "" : "\"klasse\":" + klasse + ",", van, tot == null ? "" : "\"einddatum\":\"" + tot + "\",", cent))
        .verwacht(201).json();
  }

  private Api.Antwoord geldend(String gebruiker, String agb, String product, String datum) {
    return api.get(gebruiker, "/api/tarieven/geldend?aanbieder=" + agb + "&product=" + product + "&datum=" + datum);
  }

  private static Set<String> velden(JsonObject probleem) {
    return probleem.getJsonArray("fouten").getValuesAs(JsonObject.class).stream().map(f -> f.getString("veld")).collect(Collectors.toSet());
  }

  // ---------- operations ----------

  @Test
  void healthMeldtDatabaseEnCamelZonderInloggen() {
    JsonObject health = api.vanafRoot(null, "/health").verwacht(200).json();
    assertEquals("UP", health.getString("status"));
    Set<String> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("status").equals("UP")).map(c -> c.getString("name")).collect(Collectors.toSet());
    assertTrue(checks.containsAll(Set.of("database", "camel")), health.toString());
  }

  @Test
  void openApiBeschrijftElkEndpoint() {
    String openapi = api.vanafRoot(null, "/openapi").verwacht(200).body();
    for (String pad : List.of("/api/aanbieders", "/api/contracten", "/api/producten", "/api/tarieven", "/api/tarieven/geldend", "/api/audit")) {
      assertTrue(openapi.contains(pad + ":"), pad);
    }
  }

  // ---------- security ----------

  @Test
  void zonderOfMetFoutWachtwoord401_verkeerdeRol403() {
    Api.Antwoord anoniem = api.get(null, "/api/aanbieders");
    assertEquals(401, anoniem.status());
    assertTrue(anoniem.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertTrue(anoniem.contentType().startsWith("application/problem+json"), anoniem.contentType());
    assertEquals(401, anoniem.json().getInt("status"));
    assertEquals(401, api.getMetWachtwoord(BEHEER, "fout", "/api/aanbieders").status());
    assertEquals(401, api.getMetWachtwoord("onbekend", "demo", "/api/aanbieders").status());

    Api.Antwoord consulentSchrijft = api.post("consulent", "/api/aanbieders", "{}");
    assertEquals(403, consulentSchrijft.status());
    assertTrue(consulentSchrijft.contentType().startsWith("application/problem+json"));
    assertEquals(403, api.get(BEHEER, "/api/audit").status());
    assertEquals(403, api.post("financien1", "/api/tarieven", "{}").status());
    for (String lezer : List.of(BEHEER, "consulent", "financien1", "financien2", "auditor", "aanbieder-98000011")) {
      api.get(lezer, "/api/producten").verwacht(200);
    }
  }

  @Test
  void hetLogBevatGeenWachtwoordEnGeenBsn() throws java.io.IOException {
    String wachtwoord = "Lekstroom-Geheim-4821";
    String bsn = "999990019";
    assertEquals(401, api.getMetWachtwoord(BEHEER, wachtwoord, "/api/aanbieders").status());
    assertEquals(401, api.getMetWachtwoord(bsn, wachtwoord, "/api/aanbieders").status());
    api.post(BEHEER, "/api/aanbieders", "{\"agbCode\":\"" + bsn + "\",\"naam\":\"" + bsn + "\"").verwacht(400);
    api.post(BEHEER, "/api/aanbieders", "{\"agbCode\":\"" + bsn + "\",\"naam\":\"x\",\"iban\":\"" + bsn + "\"}").verwacht(400);
    // Payara Micro's file handler appends a generation number: it-payara.log.0, …
    StringBuilder alles = new StringBuilder();
    try (var logs = java.nio.file.Files.list(java.nio.file.Path.of("target"))) {
      for (java.nio.file.Path log : logs.filter(p -> p.getFileName().toString().startsWith("it-payara.log")).toList()) {
        alles.append(java.nio.file.Files.readString(log));
      }
    }
    String inhoud = alles.toString();
    assertTrue(inhoud.contains("Configuratie geladen"), "het log is het log van deze app");
    assertFalse(inhoud.contains(wachtwoord));
    assertFalse(inhoud.contains(bsn));
  }

  @Test
  void eenAanbiederZietAlleenZichzelf() {
    String ander = maakAanbieder();
    JsonObject eigen = api.get("aanbieder-98000022", "/api/aanbieders").verwacht(200).json();
    assertEquals(1, eigen.getInt("totaal"));
    assertEquals("98000022", eigen.getJsonArray("items").getJsonObject(0).getString("agbCode"));
    api.get("aanbieder-98000022", "/api/aanbieders/" + ander).verwacht(404);
    api.get("aanbieder-98000022", "/api/aanbieders/98000022").verwacht(200);

    JsonObject contracten = api.get("aanbieder-98000022", "/api/contracten").verwacht(200).json();
    assertTrue(contracten.getInt("totaal") >= 1);
    contracten.getJsonArray("items").getValuesAs(JsonObject.class)
        .forEach(c -> assertEquals("98000022", c.getString("aanbiederAgbCode")));
    api.get("aanbieder-98000022", "/api/contracten/LEK-DO-2025-001").verwacht(404);
    api.get("aanbieder-98000011", "/api/contracten/LEK-DO-2025-001").verwacht(200);

    JsonObject tarieven = api.get("aanbieder-98000022", "/api/tarieven?grootte=500").verwacht(200).json();
    for (JsonObject t : tarieven.getJsonArray("items").getValuesAs(JsonObject.class)) {
      String agb = Api.str(t, "aanbiederAgbCode");
      assertTrue(agb == null || agb.equals("98000022"), t.toString());
    }
    geldend("aanbieder-98000022", "98000011", "07A01", "2026-03-01").verwacht(403);
    geldend("aanbieder-98000022", "98000022", "07A01", "2026-03-01").verwacht(200);
  }

  // ---------- providers ----------

  @Test
  void aanbiederAanmakenLezenWijzigenEnZoeken() {
    String agb = Api.nieuweAgb();
    Api.Antwoord gemaakt = api.post(BEHEER, "/api/aanbieders", """
        {"agbCode":"%s","naam":"Zorg aan de Lek","iban":"nl91 abna 0417 1643 00"}""".formatted(agb)).verwacht(201);
    assertTrue(gemaakt.raw().headers().firstValue("Location").orElseThrow().endsWith("/api/aanbieders/" + agb));
    assertEquals("NL91ABNA0417164300", gemaakt.json().getString("iban"));

    JsonObject gewijzigd = api.put(BEHEER, "/api/aanbieders/" + agb, """
        {"naam":"Zorg aan de Lek B.V.","iban":"NL44RABO0123456789"}""").verwacht(200).json();
    assertEquals("Zorg aan de Lek B.V.", gewijzigd.getString("naam"));
    assertEquals("NL44RABO0123456789", api.get("auditor", "/api/aanbieders/" + agb).verwacht(200).json().getString("iban"));

    JsonObject gevonden = api.get("financien1", "/api/aanbieders?naam=aan%20de%20lek%20b.v&agbCode=" + agb).verwacht(200).json();
    assertEquals(1, gevonden.getInt("totaal"));

    JsonObject dubbel = api.post(BEHEER, "/api/aanbieders", """
        {"agbCode":"%s","naam":"Nog een","iban":"NL91ABNA0417164300"}""".formatted(agb)).verwacht(409).json();
    assertEquals(Set.of("agbCode"), velden(dubbel));
    api.get(BEHEER, "/api/aanbieders/00000000").verwacht(404);
  }

  @Test
  void ongeldigeAanbiederGeeft400ProblemJsonMetElkVeld() {
    Api.Antwoord fout = api.post(BEHEER, "/api/aanbieders", """
        {"agbCode":"1234567","naam":"","iban":"NL92ABNA0417164300"}""").verwacht(400);
    assertTrue(fout.contentType().startsWith("application/problem+json"), fout.contentType());
    JsonObject probleem = fout.json();
    assertEquals(400, probleem.getInt("status"));
    assertEquals(Set.of("agbCode", "naam", "iban"), velden(probleem));

    assertEquals(400, api.post(BEHEER, "/api/aanbieders", "{niet-json").status());
    assertEquals(400, api.get(BEHEER, "/api/aanbieders?pagina=-1").status());
    assertEquals(400, api.get(BEHEER, "/api/aanbieders?grootte=abc").status());
  }

  @Test
  void pagineren() {
    JsonObject p0 = api.get(BEHEER, "/api/producten?grootte=5&pagina=0").verwacht(200).json();
    JsonObject p1 = api.get(BEHEER, "/api/producten?grootte=5&pagina=1").verwacht(200).json();
    assertEquals(5, p0.getJsonArray("items").size());
    assertTrue(p0.getInt("totaal") >= 20);
    assertFalse(p0.getJsonArray("items").getJsonObject(0).getString("code")
        .equals(p1.getJsonArray("items").getJsonObject(0).getString("code")));
    JsonObject dagbesteding = api.get(BEHEER, "/api/producten?categorie=07&eenheid=04").verwacht(200).json();
    assertEquals("07D01", dagbesteding.getJsonArray("items").getJsonObject(0).getString("code"));
  }

  // ---------- products ----------

  @Test
  void productAanmakenEnWijzigen() {
    String code = maakProduct(false);
    JsonObject p = api.get("consulent", "/api/producten/" + code).verwacht(200).json();
    assertEquals("07", p.getString("categorie"));
    assertEquals("Dagbesteding", p.getString("categorieOmschrijving"));
    assertEquals("Dagdeel (4 uur)", p.getString("eenheidOmschrijving"));
    JsonObject gewijzigd = api.put(BEHEER, "/api/producten/" + code, """
        {"naam":"Dagbesteding test (nieuw)","categorie":"07","eenheid":"16","uitvoeringsvariant":"INSPANNINGSGERICHT"}""")
        .verwacht(200).json();
    assertEquals("Dagbesteding test (nieuw)", gewijzigd.getString("naam"));

    JsonObject fout = api.post(BEHEER, "/api/producten", """
        {"code":"TOOLONG","naam":"x","categorie":"99","eenheid":"16","uitvoeringsvariant":"TAAKGERICHT","tariefPerKlasse":true}""")
        .verwacht(400).json();
    // per klasse needs eenheid 83 (euro): the fourth bad field
    assertEquals(Set.of("code", "categorie", "uitvoeringsvariant", "eenheid"), velden(fout));
  }

  // ---------- contracts ----------

  @Test
  void contractMetProductenEnGemeentenVanDeRegio() {
    String agb = maakAanbieder();
    String product = maakProduct(false);
    Api.Antwoord gemaakt = api.post(BEHEER, "/api/contracten", """
        {"nummer":"IT-%s","aanbiederAgbCode":"%s","omschrijving":"Dagbesteding Houten en Lopik","ingangsdatum":"2026-01-01",
         "einddatum":"2026-12-31","productCodes":["%s","07A01"],"gemeenteCodes":["0321","0331"]}""".formatted(agb, agb, product)).verwacht(201);
    JsonObject c = gemaakt.json();
    assertEquals(List.of("0321", "0331"), c.getJsonArray("gemeenteCodes").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());

    JsonObject alleGemeenten = api.get(BEHEER, "/api/contracten/LEK-DO-2025-001").verwacht(200).json();
    assertEquals(5, alleGemeenten.getJsonArray("gemeenteCodes").size());
    assertEquals(20, alleGemeenten.getJsonArray("productCodes").size());

    JsonObject gevonden = api.get(BEHEER, "/api/contracten?aanbieder=" + agb + "&product=" + product + "&gemeente=0331&datum=2026-06-01").verwacht(200).json();
    assertEquals(1, gevonden.getInt("totaal"));
    assertEquals(0, api.get(BEHEER, "/api/contracten?aanbieder=" + agb + "&datum=2027-01-01").verwacht(200).json().getInt("totaal"));

    JsonObject verlengd = api.put(BEHEER, "/api/contracten/IT-" + agb, """
        {"omschrijving":"Dagbesteding Houten en Lopik","ingangsdatum":"2026-01-01","einddatum":"2027-12-31",
         "productCodes":["%s","07A01"],"gemeenteCodes":["0321","0331"]}""".formatted(product)).verwacht(200).json();
    assertEquals("2027-12-31", verlengd.getString("einddatum"));
  }

  @Test
  void ongeldigContractNoemtElkVeld() {
    String agb = maakAanbieder();
    JsonObject fout = api.post(BEHEER, "/api/contracten", """
        {"nummer":"IT-fout-%s","aanbiederAgbCode":"%s","omschrijving":"x","ingangsdatum":"2026-06-01","einddatum":"2026-05-31",
         "productCodes":["ZZZZZ"],"gemeenteCodes":["0344","12"]}""".formatted(agb, agb)).verwacht(400).json();
    assertEquals(Set.of("einddatum", "productCodes[0]", "gemeenteCodes[0]", "gemeenteCodes[1]"), velden(fout));
    assertTrue(fout.toString().contains("hoort niet bij de regio"), fout.toString());

    JsonObject onbekend = api.post(BEHEER, "/api/contracten", """
        {"nummer":"IT-fout2-%s","aanbiederAgbCode":"00000000","omschrijving":"x","ingangsdatum":"2026-06-01","productCodes":["07A01"]}"""
        .formatted(agb)).verwacht(400).json();
    assertEquals(Set.of("aanbiederAgbCode"), velden(onbekend));
  }

  @Test
  void eenProductNietTweeKeerBijDezelfdeAanbiederInDezelfdePeriode() {
    String agb = maakAanbieder();
    String product = maakProduct(false);
    maakContract(agb, "2026-01-01", "2026-12-31", product);
    JsonObject conflict = api.post(BEHEER, "/api/contracten", """
        {"nummer":"IT-dubbel-%s","aanbiederAgbCode":"%s","omschrijving":"x","ingangsdatum":"2026-07-01","productCodes":["%s"]}"""
        .formatted(agb, agb, product)).verwacht(409).json();
    assertEquals(Set.of("productCodes"), velden(conflict));
    // aansluitend mag wel
    maakContract(agb, "2027-01-01", null, product);
  }

  // ---------- tariffs ----------

  @Test
  void tariefversiesEnHetGeldendeTariefVoorTijdensEnNaEenWijziging() {
    String agb = maakAanbieder();
    String product = maakProduct(false);
    String contract = maakContract(agb, "2026-01-01", null, product);
    JsonObject v1 = maakTarief(contract, product, null, "2026-01-01", null, 3850);
    JsonObject v2 = maakTarief(contract, product, null, "2026-07-01", null, 3990);
    assertEquals("CONTRACT", v2.getString("bron"));

    JsonObject oud = api.get(BEHEER, "/api/tarieven/" + v1.getInt("id")).verwacht(200).json();
    assertEquals("2026-06-30", oud.getString("einddatum"), "de open versie eindigt de dag voor de nieuwe");

    JsonObject voor = geldend(BEHEER, agb, product, "2026-06-30").verwacht(200).json();
    assertEquals(3850, voor.getInt("bedragCent"));
    assertEquals(v1.getInt("id"), voor.getInt("tariefId"));
    assertEquals("16", voor.getString("eenheid"));
    assertEquals("INSPANNINGSGERICHT", voor.getString("uitvoeringsvariant"));
    JsonObject op = geldend(BEHEER, agb, product, "2026-07-01").verwacht(200).json();
    assertEquals(3990, op.getInt("bedragCent"));
    assertEquals(v2.getInt("id"), op.getInt("tariefId"));
    assertEquals(3990, geldend("financien1", agb, product, "2030-01-01").verwacht(200).json().getInt("bedragCent"));

    JsonObject vooraf = geldend(BEHEER, agb, product, "2025-12-31").verwacht(404).json();
    assertTrue(vooraf.getString("detail").contains("geen contract"), vooraf.toString());

    JsonObject lijst = api.get(BEHEER, "/api/tarieven?contract=" + contract + "&datum=2026-03-15").verwacht(200).json();
    assertEquals(1, lijst.getInt("totaal"));
    assertEquals(3850, lijst.getJsonArray("items").getJsonObject(0).getInt("bedragCent"));
  }

  @Test
  void overlappendeVersiesWordenGeweigerd() {
    String agb = maakAanbieder();
    String product = maakProduct(false);
    String contract = maakContract(agb, "2025-01-01", null, product);
    maakTarief(contract, product, null, "2025-01-01", "2025-12-31", 3720);
    maakTarief(contract, product, null, "2026-01-01", null, 3850);
    JsonObject overlap = api.post(BEHEER, "/api/tarieven", """
        {"contractNummer":"%s","productCode":"%s","ingangsdatum":"2025-06-01","einddatum":"2025-06-30","bedragCent":1}"""
        .formatted(contract, product)).verwacht(409).json();
    assertEquals(Set.of("ingangsdatum"), velden(overlap));
    api.post(BEHEER, "/api/tarieven", """
        {"contractNummer":"%s","productCode":"%s","ingangsdatum":"2026-01-01","bedragCent":1}""".formatted(contract, product)).verwacht(409);
    // the refused versions left nothing behind
    assertEquals(2, api.get(BEHEER, "/api/tarieven?contract=" + contract).verwacht(200).json().getInt("totaal"));
  }

  @Test
  void eenVersieWordtNietOverschreven_alleenBeeindigd() {
    String agb = maakAanbieder();
    String product = maakProduct(false);
    String contract = maakContract(agb, "2026-01-01", null, product);
    JsonObject v = maakTarief(contract, product, null, "2026-01-01", null, 3850);
    JsonObject fout = api.put(BEHEER, "/api/tarieven/" + v.getInt("id"), """
        {"bedragCent":4000,"einddatum":"2026-12-31"}""").verwacht(400).json();
    assertEquals(Set.of("bedragCent"), velden(fout));
    JsonObject beeindigd = api.put(BEHEER, "/api/tarieven/" + v.getInt("id"), """
        {"einddatum":"2026-12-31"}""").verwacht(200).json();
    assertEquals("2026-12-31", beeindigd.getString("einddatum"));
    assertEquals(3850, beeindigd.getInt("bedragCent"));
    geldend(BEHEER, agb, product, "2027-01-01").verwacht(404);
  }

  @Test
  void regionaalTariefGeldtWaarHetContractGeenVersieHeeft() {
    String agb = maakAanbieder();
    String product = maakProduct(false);
    maakTarief(null, product, null, "2026-01-01", null, 4100);
    String contract = maakContract(agb, "2026-01-01", null, product);
    JsonObject regio = geldend(BEHEER, agb, product, "2026-02-01").verwacht(200).json();
    assertEquals("REGIO", regio.getString("bron"));
    assertEquals(4100, regio.getInt("bedragCent"));
    assertNull(Api.str(regio, "contractNummer"));

    maakTarief(contract, product, null, "2026-03-01", null, 4300);
    assertEquals(4100, geldend(BEHEER, agb, product, "2026-02-28").verwacht(200).json().getInt("bedragCent"));
    JsonObject eigen = geldend(BEHEER, agb, product, "2026-03-01").verwacht(200).json();
    assertEquals("CONTRACT", eigen.getString("bron"));
    assertEquals(4300, eigen.getInt("bedragCent"));
    assertEquals(contract, eigen.getString("contractNummer"));
  }

  @Test
  void trajectbedragPerKlasseIsEenTariefAlsElkAnder_SKLASSE() {
    String agb = maakAanbieder();
    String product = maakProduct(true);
    String contract = maakContract(agb, "2026-01-01", null, product);
    for (int k = 1; k <= 5; k++) {
      maakTarief(contract, product, k, "2026-01-01", null, 39000L * k);
    }
    JsonObject k3 = api.get(BEHEER, "/api/tarieven/geldend?aanbieder=" + agb + "&product=" + product + "&klasse=3&datum=2026-05-01")
        .verwacht(200).json();
    assertEquals(117000, k3.getInt("bedragCent"));
    assertEquals("83", k3.getString("eenheid"));
    assertEquals(3, k3.getInt("klasse"));

    JsonObject zonderKlasse = geldend(BEHEER, agb, product, "2026-05-01").verwacht(400).json();
    assertEquals(Set.of("klasse"), velden(zonderKlasse));
    JsonObject klasse6 = api.post(BEHEER, "/api/tarieven", """
        {"contractNummer":"%s","productCode":"%s","klasse":6,"ingangsdatum":"2026-01-01","bedragCent":1}""".formatted(contract, product))
        .verwacht(400).json();
    assertEquals(Set.of("klasse"), velden(klasse6));

    // the demo contract: begeleiding basis klasse 2 in 2026 has its own trajectbedrag
    JsonObject demo = api.get(BEHEER, "/api/tarieven/geldend?aanbieder=98000011&product=02A01&klasse=2&datum=2026-01-15").verwacht(200).json();
    assertEquals(79000, demo.getInt("bedragCent"));
    JsonObject demoRegio = api.get(BEHEER, "/api/tarieven/geldend?aanbieder=98000033&product=03A01&klasse=2&datum=2025-06-15").verwacht(200).json();
    assertEquals(74800, demoRegio.getInt("bedragCent"));
    assertEquals("REGIO", demoRegio.getString("bron"));
  }

  @Test
  void ongeldigTariefNoemtElkVeld() {
    String agb = maakAanbieder();
    String product = maakProduct(false);
    String contract = maakContract(agb, "2026-01-01", "2026-12-31", product);
    JsonObject fout = api.post(BEHEER, "/api/tarieven", """
        {"contractNummer":"%s","productCode":"07A01","klasse":2,"ingangsdatum":"2027-01-01","einddatum":"2026-12-31","bedragCent":-5}"""
        .formatted(contract)).verwacht(400).json();
    assertEquals(Set.of("productCode", "klasse", "ingangsdatum", "einddatum", "bedragCent"), velden(fout));
    assertEquals(400, api.get(BEHEER, "/api/tarieven/geldend?aanbieder=" + agb + "&product=" + product + "&datum=2026-13-01").status());
  }

  // ---------- audit ----------

  @Test
  void elkeWijzigingWordtGeauditVoorDeAuditor() {
    String agb = maakAanbieder();
    api.put(BEHEER, "/api/aanbieders/" + agb, """
        {"naam":"Nieuwe naam","iban":"NL91ABNA0417164300"}""").verwacht(200);
    JsonArray regels = api.get("auditor", "/api/audit?entiteit=aanbieder&entiteitId=" + agb).verwacht(200).json().getJsonArray("items");
    assertEquals(2, regels.size());
    JsonObject wijziging = regels.getJsonObject(0);
    assertEquals("GEWIJZIGD", wijziging.getString("actie"));
    assertEquals(BEHEER, wijziging.getString("gebruiker"));
    assertTrue(wijziging.getString("oudeWaarde").contains("Testzorg " + agb));
    assertTrue(wijziging.getString("nieuweWaarde").contains("Nieuwe naam"));
    assertFalse(wijziging.getString("tijdstip").isBlank());
    JsonObject aanmaak = regels.getJsonObject(1);
    assertEquals("AANGEMAAKT", aanmaak.getString("actie"));
    assertEquals(JsonValue.ValueType.NULL, aanmaak.getOrDefault("oudeWaarde", JsonValue.NULL).getValueType());

    String product = maakProduct(false);
    String contract = maakContract(agb, "2026-01-01", null, product);
    JsonObject v1 = maakTarief(contract, product, null, "2026-01-01", null, 3850);
    maakTarief(contract, product, null, "2026-07-01", null, 3990);
    JsonArray tariefRegels = api.get("auditor", "/api/audit?entiteit=tarief&entiteitId=" + v1.getInt("id")).verwacht(200).json().getJsonArray("items");
    assertEquals(List.of("GEWIJZIGD", "AANGEMAAKT"), tariefRegels.getValuesAs(JsonObject.class).stream().map(r -> r.getString("actie")).toList());
    assertTrue(tariefRegels.getJsonObject(0).getString("nieuweWaarde").contains("\"einddatum\":\"2026-06-30\""));
    assertEquals(1, api.get("auditor", "/api/audit?entiteit=contract&entiteitId=" + contract).verwacht(200).json().getInt("totaal"));
  }

  // ---------- region and demo data ----------

  @Test
  void regioEnDemodataZijnGeladenEnOpnieuwLadenVerandertNiets() {
    JsonArray gemeenten = api.get("consulent", "/api/regio/gemeenten").verwacht(200).jsonArray();
    assertEquals(Set.of("0321", "0331", "0353", "0356", "1961"),
        gemeenten.getValuesAs(JsonObject.class).stream().map(g -> g.getString("cbsCode")).collect(Collectors.toSet()));
    JsonArray klassen = api.get("consulent", "/api/regio/klassen").verwacht(200).jsonArray();
    assertEquals(5, klassen.size());
    assertEquals(13, klassen.getJsonObject(4).getJsonNumber("urenTotEnMet").intValue());

    int tarieven = api.get(BEHEER, "/api/tarieven?bron=REGIO&product=07A01").verwacht(200).json().getInt("totaal");
    JsonObject verslag = api.post(BEHEER, "/api/regio/configuratie/laad", "").verwacht(200).json();
    verslag.getJsonObject("toegevoegd").forEach((soort, aantal) -> assertEquals(0, ((jakarta.json.JsonNumber) aantal).intValue(), soort));
    // the PGB tariffs are read again too (config/regio/pgb-tarieven.csv has a rule per product and care kind)
    assertTrue(verslag.getInt("pgbTariefregels") > 0, verslag::toString);
    assertEquals(tarieven, api.get(BEHEER, "/api/tarieven?bron=REGIO&product=07A01").verwacht(200).json().getInt("totaal"));
    api.post("auditor", "/api/regio/configuratie/laad", "").verwacht(403);
  }
}
