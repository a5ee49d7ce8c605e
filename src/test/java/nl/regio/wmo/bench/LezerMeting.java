package nl.regio.wmo.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.regio.wmo.interfaces.iwmo.Wmo323Handler;
import nl.regio.wmo.interfaces.iwmo.Wmo323Kop;
import nl.regio.wmo.interfaces.iwmo.Wmo323Lezer;
import nl.regio.wmo.interfaces.iwmo.Wmo323Prestatie;

/** Times the phases of reading one WMO323 in this JVM (no app, no database). */
public final class LezerMeting {
  public static void main(String[] args) throws Exception {
    int regels = Integer.getInteger("regels", 30000);
    Path dir = Files.createTempDirectory("lezer");
    Path f = dir.resolve("m.xml");
    try (BufferedWriter x = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      x.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wmo323:Bericht xmlns:iwmo=\"http://www.istandaarden.nl/iwmo/3_2/basisschema/schema\""
          + " xmlns:wmo323=\"http://www.istandaarden.nl/iwmo/3_2/wmo323/schema\">\n<wmo323:Header><wmo323:BerichtCode>484</wmo323:BerichtCode>"
          + "<wmo323:BerichtVersie>3</wmo323:BerichtVersie><wmo323:BerichtSubversie>2</wmo323:BerichtSubversie>");
      x.write("<wmo323:Afzender>12345678</wmo323:Afzender><wmo323:Ontvanger>0321</wmo323:Ontvanger>"
          + "<wmo323:BerichtIdentificatie><iwmo:Identificatie>X1</iwmo:Identificatie><iwmo:Dagtekening>2026-11-01"
          + "</iwmo:Dagtekening></wmo323:BerichtIdentificatie><wmo323:XsdVersie><iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie>"
          + "<iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie></wmo323:XsdVersie></wmo323:Header>\n");
      x.write("<wmo323:Declaratie><wmo323:DeclaratieNummer>X1</wmo323:DeclaratieNummer><wmo323:DeclaratiePeriode><iwmo:Begindatum>"
          + "2026-10-01</iwmo:Begindatum><iwmo:Einddatum>2026-10-31</iwmo:Einddatum></wmo323:DeclaratiePeriode>"
          + "<wmo323:DeclaratieDagtekening>2026-11-01</wmo323:DeclaratieDagtekening><wmo323:TotaalIngediendBedrag><iwmo:TotaalBedrag>" + (regels * 1000L)
          + "</iwmo:TotaalBedrag><iwmo:DebetCredit>D</iwmo:DebetCredit></wmo323:TotaalIngediendBedrag>\n<wmo323:Clienten>\n");
      for (int c = 0; c < regels / 10; c++) {
        x.write("<wmo323:Client><wmo323:Bsn>123456782</wmo323:Bsn><wmo323:Prestaties>\n");
        for (int i = 0; i < 10; i++) {
          x.write("<wmo323:Prestatie><wmo323:ProductReferentie><iwmo:ReferentieNummer>BR" + (c * 10 + i)
              + "</iwmo:ReferentieNummer></wmo323:ProductReferentie><wmo323:ToewijzingNummer>" + (1000 + c)
              + "</wmo323:ToewijzingNummer><wmo323:ProductCategorie>02</wmo323:ProductCategorie>"
              + "<wmo323:ProductCode>02A01</wmo323:ProductCode><wmo323:ProductPeriode><iwmo:Begindatum>2026-10-01</iwmo:Begindatum>"
              + "<iwmo:Einddatum>2026-10-31</iwmo:Einddatum></wmo323:ProductPeriode><wmo323:GeleverdVolume>10</wmo323:GeleverdVolume>"
              + "<wmo323:Eenheid>04</wmo323:Eenheid><wmo323:ProductTarief>100</wmo323:ProductTarief><wmo323:IngediendBedrag><iwmo:Bedrag>1000"
              + "</iwmo:Bedrag><iwmo:DebetCredit>D</iwmo:DebetCredit></wmo323:IngediendBedrag></wmo323:Prestatie>\n");
        }
        x.write("</wmo323:Prestaties></wmo323:Client>\n");
      }
      x.write("</wmo323:Clienten></wmo323:Declaratie></wmo323:Bericht>\n");
    }
    System.out.println("file " + Files.size(f) / 1e6 + " MB, " + regels + " regels");
    Wmo323Lezer lezer = new Wmo323Lezer();
    for (int ronde = 0; ronde < 15; ronde++) {
      long t0 = System.nanoTime();
      Path b;
      try (InputStream in = Files.newInputStream(f)) {
        b = lezer.buffer(in, Files.createTempDirectory(dir, "b"));
      }
      long t1 = System.nanoTime();
      lezer.controleer(b);
      long t2 = System.nanoTime();
      long[] n = {0};
      lezer.lees(b, new Wmo323Handler() {
        @Override
        public void kop(Wmo323Kop k) {}

        @Override
        public void prestatie(Wmo323Prestatie p) {
          n[0]++;
        }
      });
      long t3 = System.nanoTime();
      try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(b), 65536)) {
        nl.regio.wmo.interfaces.iwmo.IwmoSchemas.valideer(nl.regio.wmo.interfaces.iwmo.IwmoSchemas.WMO323, in, 100);
      }
      long t4 = System.nanoTime();
      javax.xml.validation.Validator v = nl.regio.wmo.interfaces.iwmo.IwmoSchemas.schema(nl.regio.wmo.interfaces.iwmo.IwmoSchemas.WMO323).newValidator();
      v.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
      try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(b), 65536)) {
        v.validate(new javax.xml.transform.stream.StreamSource(in));
      }
      long t5 = System.nanoTime();
      try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(b), 65536)) {
        javax.xml.stream.XMLInputFactory xf = javax.xml.stream.XMLInputFactory.newDefaultFactory();
        xf.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        v.validate(new javax.xml.transform.stax.StAXSource(xf.createXMLStreamReader(in)));
      }
      long t6 = System.nanoTime();
      System.out.printf("xsd sax %.1f us/regel, xsd stream %.1f us/regel, xsd stax %.1f%n", (t4 - t3) / 1e3 / regels, (t5 - t4) / 1e3 / regels, (t6 - t5) / 1e3 / regels);
      System.out.printf("buffer %.1f ms, controleer %.1f ms, lees %.1f ms (%d)  -> per regel controleer %.1f us, lees %.1f us%n",
          (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, n[0], (t2 - t1) / 1e3 / regels, (t3 - t2) / 1e3 / regels);
      long[] m = {0};
      long t7 = System.nanoTime();
      lezer.controleerEnLees(b, new Wmo323Handler() {
        @Override
        public void kop(Wmo323Kop k) {}

        @Override
        public void prestatie(Wmo323Prestatie p) {
          m[0]++;
        }
      });
      long t8 = System.nanoTime();
      System.out.printf("controleerEnLees %.1f ms (%d) -> per regel %.1f us; controleer + lees %.1f us, xsd sax alleen %.1f us%n",
          (t8 - t7) / 1e6, m[0], (t8 - t7) / 1e3 / regels, (t3 - t1) / 1e3 / regels, (t4 - t3) / 1e3 / regels);
      Files.delete(b);
    }
  }
}
