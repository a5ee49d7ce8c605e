package nl.regio.wmo.application;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.regio.wmo.application.DeclaratieOverzicht.Code;
import nl.regio.wmo.domain.shared.Bsn;

/**
 * A WMO325 (our own answer) in words, for a person: the totals, the codes on the message, and each rejected line with
 * its retourcodes and what they mean. The WMO325 itself stays byte-exact for machines; this is only how a page shows
 * it (the pre-flight check before a provider submits). The client's BSN is masked.
 */
public final class Wmo325Uitleg {

  private Wmo325Uitleg() {}

  /** A rejected line as the WMO325 lists it. */
  public record Regel(String bsn, String referentieNummer, long toewijzingNummer, String productCode, LocalDate begindatum,
      LocalDate einddatum, long ingediendBedragCent, String debetCredit, List<Code> retourcodes) {}

  /** The whole answer: declared and granted totals, the codes on the message and on clients, the rejected lines. */
  public record Uitleg(String declaratieNummer, long ingediendCent, long toegekendCent, List<Code> berichtCodes, List<Regel> afgewezen) {
    /** Fully accepted: 8001 and no rejected line. */
    public boolean volledigGoedgekeurd() {
      return afgewezen.isEmpty() && berichtCodes.stream().anyMatch(c -> c.code().equals("8001"));
    }
  }

  public static Uitleg lees(byte[] wmo325) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader x = f.createXMLStreamReader(new ByteArrayInputStream(wmo325));
      Lezer l = new Lezer();
      List<String> pad = new ArrayList<>();
      StringBuilder tekst = new StringBuilder();
      while (x.hasNext()) {
        switch (x.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            pad.add(x.getLocalName());
            tekst.setLength(0);
            if (x.getLocalName().equals("Prestatie")) {
              l.nieuweRegel();
            } else if (x.getLocalName().equals("Client")) {
              l.nieuweClient();
            }
          }
          case XMLStreamConstants.CHARACTERS -> tekst.append(x.getText());
          case XMLStreamConstants.END_ELEMENT -> {
            l.veld(pad, tekst.toString().trim());
            if (x.getLocalName().equals("Prestatie")) {
              l.regelKlaar();
            } else if (x.getLocalName().equals("Client")) {
              l.clientKlaar();
            }
            pad.remove(pad.size() - 1);
            tekst.setLength(0);
          }
          default -> { }
        }
      }
      return new Uitleg(l.nummer, l.ingediend, l.toegekend, List.copyOf(l.berichtCodes), List.copyOf(l.regels));
    } catch (XMLStreamException e) {
      throw new IllegalStateException("WMO325 niet te lezen", e);
    }
  }

  /** Gathers the fields while the reader walks the message. */
  private static final class Lezer {
    String nummer;
    long ingediend;
    long toegekend;
    final List<Code> berichtCodes = new ArrayList<>();
    final List<Regel> regels = new ArrayList<>();
    String bsn;
    int eersteRegelVanClient;
    final List<Code> clientCodes = new ArrayList<>();
    // the line being read
    String referentie;
    long toewijzing;
    String product;
    LocalDate begin;
    LocalDate eind;
    long bedrag;
    String dc;
    List<Code> codes;

    void nieuweRegel() {
      referentie = null;
      product = null;
      begin = null;
      eind = null;
      dc = null;
      codes = new ArrayList<>();
    }

    void nieuweClient() {
      eersteRegelVanClient = regels.size();
      clientCodes.clear();
    }

    /** A code on the client (e.g. 8187) is why its lines were not judged (0233): each of its lines shows it first. */
    void clientKlaar() {
      List<Code> waarom = clientCodes.stream().filter(c -> !c.code().equals("0200")).toList();
      if (waarom.isEmpty()) {
        return;
      }
      for (int i = eersteRegelVanClient; i < regels.size(); i++) {
        Regel r = regels.get(i);
        List<Code> codes = new ArrayList<>(waarom);
        codes.addAll(r.retourcodes());
        regels.set(i, new Regel(r.bsn(), r.referentieNummer(), r.toewijzingNummer(), r.productCode(), r.begindatum(), r.einddatum(),
            r.ingediendBedragCent(), r.debetCredit(), List.copyOf(codes)));
      }
    }

    void regelKlaar() {
      regels.add(new Regel(bsn, referentie, toewijzing, product, begin, eind, bedrag, dc, List.copyOf(codes)));
      codes = null;
    }

    void veld(List<String> pad, String waarde) {
      String naam = pad.get(pad.size() - 1);
      String ouder = pad.size() > 1 ? pad.get(pad.size() - 2) : "";
      boolean inRegel = codes != null;
      switch (naam) {
        case "DeclaratieNummer" -> nummer = waarde;
        case "Bsn" -> bsn = Bsn.isGeldig(waarde) ? new Bsn(waarde).gemaskeerd() : waarde;
        case "ReferentieNummer" -> referentie = inRegel ? waarde : referentie;
        case "ToewijzingNummer" -> toewijzing = inRegel ? Long.parseLong(waarde) : toewijzing;
        case "ProductCode" -> product = waarde;
        case "Begindatum" -> begin = ouder.equals("ProductPeriode") ? LocalDate.parse(waarde) : begin;
        case "Einddatum" -> eind = ouder.equals("ProductPeriode") ? LocalDate.parse(waarde) : eind;
        case "Bedrag" -> bedrag = ouder.equals("IngediendBedrag") ? Long.parseLong(waarde) : bedrag;
        case "DebetCredit" -> {
          if (ouder.equals("IngediendBedrag")) {
            dc = waarde;
          } else if (ouder.equals("TotaalIngediendBedrag") && waarde.equals("C")) {
            ingediend = -ingediend; // the total comes before its sign
          } else if (ouder.equals("TotaalToegekendBedrag") && waarde.equals("C")) {
            toegekend = -toegekend;
          }
        }
        case "TotaalBedrag" -> {
          if (ouder.equals("TotaalIngediendBedrag")) {
            ingediend = Long.parseLong(waarde);
          } else if (ouder.equals("TotaalToegekendBedrag")) {
            toegekend = Long.parseLong(waarde);
          }
        }
        case "RetourCode" -> {
          Code code = code(waarde);
          if (inRegel) {
            codes.add(code);
          } else if (pad.contains("Client")) {
            clientCodes.add(code);
          } else if (berichtCodes.stream().noneMatch(c -> c.code().equals(waarde))) {
            berichtCodes.add(code);
          }
        }
        default -> { }
      }
    }

    private static Code code(String waarde) {
      try {
        nl.regio.wmo.domain.declaratie.Retourcode rc = nl.regio.wmo.domain.declaratie.Retourcode.vanCode(waarde);
        return new Code(rc.code(), rc.regel(), rc.uitleg());
      } catch (IllegalArgumentException onbekend) {
        return new Code(waarde, "", "");
      }
    }
  }
}
