package nl.regio.wmo.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds WMO323 messages for tests, as a provider's system would send them (the official layout). */
final class Wmo323Maker {

  record Regel(String bsn, String referentie, String vorige, long toewijzing, String categorie, String code, String begin, String eind,
      long volume, String eenheid, Long tarief, long bedrag, String dc) {}

  private final String afzender;
  private final String ontvanger;
  private final String nummer;
  private final String periodeBegin;
  private final String periodeEind;
  private final List<Regel> regels = new ArrayList<>();
  private Long totaalOverschrijven;

  Wmo323Maker(String afzender, String ontvanger, String nummer, String periodeBegin, String periodeEind) {
    this.afzender = afzender;
    this.ontvanger = ontvanger;
    this.nummer = nummer;
    this.periodeBegin = periodeBegin;
    this.periodeEind = periodeEind;
  }

  Wmo323Maker debet(String bsn, String ref, long toewijzing, String categorie, String code, String begin, String eind, long volume,
      String eenheid, Long tarief, long bedrag) {
    regels.add(new Regel(bsn, ref, null, toewijzing, categorie, code, begin, eind, volume, eenheid, tarief, bedrag, "D"));
    return this;
  }

  Wmo323Maker credit(String bsn, String ref, String vorige, long toewijzing, String categorie, String code, String begin, String eind,
      long volume, String eenheid, Long tarief, long bedrag) {
    regels.add(new Regel(bsn, ref, vorige, toewijzing, categorie, code, begin, eind, volume, eenheid, tarief, bedrag, "C"));
    return this;
  }

  /** A wrong TotaalIngediendBedrag, for the TR358 case. */
  Wmo323Maker totaal(long cent) {
    this.totaalOverschrijven = cent;
    return this;
  }

  String xml() {
    long som = regels.stream().mapToLong(r -> "C".equals(r.dc()) ? -r.bedrag() : r.bedrag()).sum();
    if (totaalOverschrijven != null) {
      som = totaalOverschrijven;
    }
    StringBuilder x = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <wmo323:Bericht xmlns:iwmo="http://www.istandaarden.nl/iwmo/3_2/basisschema/schema" xmlns:wmo323="http://www.istandaarden.nl/iwmo/3_2/wmo323/schema">
        <wmo323:Header><wmo323:BerichtCode>484</wmo323:BerichtCode><wmo323:BerichtVersie>3</wmo323:BerichtVersie><wmo323:BerichtSubversie>2</wmo323:BerichtSubversie>
        """);
    x.append("<wmo323:Afzender>").append(afzender).append("</wmo323:Afzender><wmo323:Ontvanger>").append(ontvanger).append("</wmo323:Ontvanger>")
        .append("<wmo323:BerichtIdentificatie><iwmo:Identificatie>").append(nummer).append("</iwmo:Identificatie><iwmo:Dagtekening>2026-11-01</iwmo:Dagtekening></wmo323:BerichtIdentificatie>")
        .append("<wmo323:XsdVersie><iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie><iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie></wmo323:XsdVersie></wmo323:Header>\n")
        .append("<wmo323:Declaratie><wmo323:DeclaratieNummer>").append(nummer).append("</wmo323:DeclaratieNummer>")
        .append("<wmo323:DeclaratiePeriode><iwmo:Begindatum>").append(periodeBegin).append("</iwmo:Begindatum><iwmo:Einddatum>").append(periodeEind)
        .append("</iwmo:Einddatum></wmo323:DeclaratiePeriode><wmo323:DeclaratieDagtekening>2026-11-01</wmo323:DeclaratieDagtekening>")
        .append("<wmo323:TotaalIngediendBedrag><iwmo:TotaalBedrag>").append(Math.abs(som)).append("</iwmo:TotaalBedrag><iwmo:DebetCredit>")
        .append(som < 0 ? "C" : "D").append("</iwmo:DebetCredit></wmo323:TotaalIngediendBedrag>\n<wmo323:Clienten>\n");
    Map<String, List<Regel>> perClient = new LinkedHashMap<>();
    regels.forEach(r -> perClient.computeIfAbsent(r.bsn(), b -> new ArrayList<>()).add(r));
    perClient.forEach((bsn, lijst) -> {
      x.append("<wmo323:Client><wmo323:Bsn>").append(bsn).append("</wmo323:Bsn><wmo323:Prestaties>\n");
      for (Regel r : lijst) {
        x.append("<wmo323:Prestatie><wmo323:ProductReferentie><iwmo:ReferentieNummer>").append(r.referentie()).append("</iwmo:ReferentieNummer>");
        if (r.vorige() != null) {
          x.append("<iwmo:VorigReferentieNummer>").append(r.vorige()).append("</iwmo:VorigReferentieNummer>");
        }
        x.append("</wmo323:ProductReferentie><wmo323:ToewijzingNummer>").append(r.toewijzing()).append("</wmo323:ToewijzingNummer>")
            .append("<wmo323:ProductCategorie>").append(r.categorie()).append("</wmo323:ProductCategorie><wmo323:ProductCode>").append(r.code())
            .append("</wmo323:ProductCode><wmo323:ProductPeriode><iwmo:Begindatum>").append(r.begin()).append("</iwmo:Begindatum><iwmo:Einddatum>")
            .append(r.eind()).append("</iwmo:Einddatum></wmo323:ProductPeriode><wmo323:GeleverdVolume>").append(r.volume())
            .append("</wmo323:GeleverdVolume><wmo323:Eenheid>").append(r.eenheid()).append("</wmo323:Eenheid>");
        if (r.tarief() != null) {
          x.append("<wmo323:ProductTarief>").append(r.tarief()).append("</wmo323:ProductTarief>");
        }
        x.append("<wmo323:IngediendBedrag><iwmo:Bedrag>").append(r.bedrag()).append("</iwmo:Bedrag><iwmo:DebetCredit>").append(r.dc())
            .append("</iwmo:DebetCredit></wmo323:IngediendBedrag></wmo323:Prestatie>\n");
      }
      x.append("</wmo323:Prestaties></wmo323:Client>\n");
    });
    return x.append("</wmo323:Clienten></wmo323:Declaratie></wmo323:Bericht>\n").toString();
  }
}
