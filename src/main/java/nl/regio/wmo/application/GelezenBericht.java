package nl.regio.wmo.application;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import nl.regio.wmo.domain.declaratie.BerichtControle;
import nl.regio.wmo.domain.declaratie.Prestatie;
import nl.regio.wmo.interfaces.iwmo.Wmo323Handler;
import nl.regio.wmo.interfaces.iwmo.Wmo323Kop;
import nl.regio.wmo.interfaces.iwmo.Wmo323Prestatie;

/**
 * What one read of a WMO323 yields before any line is judged: the header, the within-message checks (step 3), the
 * references and toewijzingen the message uses, its credits (a few; OP366 judges them first), and every prestatie in
 * a compact spool file next to the message, so the judging pass reads binary records instead of parsing the XML
 * again. Memory holds only the sets and the credits, never the lines; the spool is deleted on {@link #close()}.
 * Not thread-safe: one per message.
 */
public final class GelezenBericht implements Wmo323Handler, AutoCloseable {

  /** Credits kept in memory (a few MB at most); a message with more reads them from the spool. */
  static final int MAX_CREDITS_IN_GEHEUGEN = 10_000;

  private final Path spoel;
  private final BerichtControle controle = new BerichtControle();
  private final Set<String> referenties = new HashSet<>();
  private final Set<Long> toewijzingen = new HashSet<>();
  private final List<Prestatie> credits = new ArrayList<>();
  private boolean creditsVolledig = true;
  private DataOutputStream uit;
  private Wmo323Kop kop;
  private int aantal;

  /** @param spoel the file the prestaties are spooled to (created; deleted on close) */
  public GelezenBericht(Path spoel) throws IOException {
    this.spoel = spoel;
    this.uit = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spoel), 1 << 16));
  }

  @Override
  public void kop(Wmo323Kop k) {
    kop = k;
    controle.kop(k.periodeBegin(), k.periodeEind(), k.totaalIngediendBedrag(), k.totaalDebetCredit());
  }

  @Override
  public void prestatie(Wmo323Prestatie w) {
    Prestatie p = naarDomein(w);
    controle.prestatie(p);
    aantal++;
    referenties.add(p.referentie());
    toewijzingen.add(p.toewijzingNummer());
    if (p.credit() && creditsVolledig) {
      if (credits.size() < MAX_CREDITS_IN_GEHEUGEN) {
        credits.add(p);
      } else {
        creditsVolledig = false;
        credits.clear();
      }
    }
    try {
      schrijf(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the read: the spool is complete. */
  public GelezenBericht gelezen() throws IOException {
    uit.close();
    uit = null;
    return this;
  }

  public Wmo323Kop kop() {
    return kop;
  }

  public int aantal() {
    return aantal;
  }

  /** Step 3: the reasons the message as a whole is wrong (0001); empty when it is not. */
  public List<String> binnenBericht() {
    return controle.uitkomst();
  }

  public Set<String> referenties() {
    return referenties;
  }

  public Set<Long> toewijzingen() {
    return toewijzingen;
  }

  /** Every credit in document order, or null when there were too many to keep (then read them with {@link #lees}). */
  public List<Prestatie> credits() {
    return creditsVolledig ? credits : null;
  }

  /** The prestaties in document order, from the spool; as often as asked. */
  public void lees(Consumer<Prestatie> perPrestatie) throws IOException {
    if (uit != null) {
      throw new IllegalStateException("the message is still being read");
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spoel), 1 << 16))) {
      for (int i = 0; i < aantal; i++) {
        perPrestatie.accept(lees(in));
      }
      if (in.read() >= 0) {
        throw new IOException("spool " + spoel + " is longer than its " + aantal + " prestaties");
      }
    } catch (EOFException e) {
      throw new IOException("spool " + spoel + " ended before its " + aantal + " prestaties", e);
    }
  }

  @Override
  public void close() throws IOException {
    if (uit != null) {
      uit.close();
      uit = null;
    }
    Files.deleteIfExists(spoel);
  }

  static Prestatie naarDomein(Wmo323Prestatie p) {
    return new Prestatie(p.volgnummer(), p.bsn(), p.referentieNummer(), p.vorigReferentieNummer(), p.toewijzingNummer(),
        p.productCategorie(), p.productCode(), p.begindatum(), p.einddatum(), p.geleverdVolume(), p.eenheid(), p.productTarief(),
        p.ingediendBedrag(), "C".equals(p.debetCredit()));
  }

  // ---------------------------------------------------------------- the spool: one record per prestatie

  private void schrijf(Prestatie p) throws IOException {
    uit.writeInt(p.volgnummer());
    uit.writeUTF(p.bsn());
    uit.writeUTF(p.referentie());
    schrijfMisschien(p.vorigeReferentie());
    uit.writeLong(p.toewijzingNummer());
    uit.writeUTF(p.categorie());
    uit.writeUTF(p.productcode());
    uit.writeLong(p.begin().toEpochDay());
    uit.writeLong(p.eind().toEpochDay());
    uit.writeLong(p.volume());
    uit.writeUTF(p.eenheid());
    uit.writeBoolean(p.tariefCent() != null);
    if (p.tariefCent() != null) {
      uit.writeLong(p.tariefCent());
    }
    uit.writeLong(p.bedragCent());
    uit.writeBoolean(p.credit());
  }

  private void schrijfMisschien(String tekst) throws IOException {
    uit.writeBoolean(tekst != null);
    if (tekst != null) {
      uit.writeUTF(tekst);
    }
  }

  private static Prestatie lees(DataInputStream in) throws IOException {
    int volgnummer = in.readInt();
    String bsn = in.readUTF();
    String referentie = in.readUTF();
    String vorige = in.readBoolean() ? in.readUTF() : null;
    long toewijzing = in.readLong();
    String categorie = in.readUTF();
    String productcode = in.readUTF();
    LocalDate begin = LocalDate.ofEpochDay(in.readLong());
    LocalDate eind = LocalDate.ofEpochDay(in.readLong());
    long volume = in.readLong();
    String eenheid = in.readUTF();
    Long tarief = in.readBoolean() ? in.readLong() : null;
    long bedrag = in.readLong();
    boolean credit = in.readBoolean();
    return new Prestatie(volgnummer, bsn, referentie, vorige, toewijzing, categorie, productcode, begin, eind, volume, eenheid,
        tarief, bedrag, credit);
  }
}
