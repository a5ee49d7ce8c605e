package nl.regio.wmo.application.sepa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import nl.regio.wmo.application.sepa.pain001.AccountIdentification4Choice;
import nl.regio.wmo.application.sepa.pain001.ActiveOrHistoricCurrencyAndAmount;
import nl.regio.wmo.application.sepa.pain001.AmountType4Choice;
import nl.regio.wmo.application.sepa.pain001.BranchAndFinancialInstitutionIdentification6;
import nl.regio.wmo.application.sepa.pain001.CashAccount38;
import nl.regio.wmo.application.sepa.pain001.ChargeBearerType1Code;
import nl.regio.wmo.application.sepa.pain001.CreditTransferTransaction34;
import nl.regio.wmo.application.sepa.pain001.CustomerCreditTransferInitiationV09;
import nl.regio.wmo.application.sepa.pain001.DateAndDateTime2Choice;
import nl.regio.wmo.application.sepa.pain001.Document;
import nl.regio.wmo.application.sepa.pain001.FinancialInstitutionIdentification18;
import nl.regio.wmo.application.sepa.pain001.GenericFinancialIdentification1;
import nl.regio.wmo.application.sepa.pain001.GroupHeader85;
import nl.regio.wmo.application.sepa.pain001.ObjectFactory;
import nl.regio.wmo.application.sepa.pain001.PartyIdentification135;
import nl.regio.wmo.application.sepa.pain001.PaymentIdentification6;
import nl.regio.wmo.application.sepa.pain001.PaymentInstruction30;
import nl.regio.wmo.application.sepa.pain001.PaymentMethod3Code;
import nl.regio.wmo.application.sepa.pain001.PaymentTypeInformation26;
import nl.regio.wmo.application.sepa.pain001.RemittanceInformation16;
import nl.regio.wmo.application.sepa.pain001.ServiceLevel8Choice;

/**
 * Writes a {@link Betaalopdracht} as a SEPA credit transfer initiation, ISO 20022 <b>pain.001.001.09</b>, with
 * Jakarta XML Binding, with classes generated at build time from the official schema (package {@code sepa.pain001},
 * jaxb-maven-plugin). Prowide ISO 20022 wrote it at first; its 50 MB model made Payara's OpenAPI scan of the war
 * run out of heap.
 *
 * <h2>Why pain.001.001.09</h2>
 * pain.001.001.03 (ISO 2009) is what Dutch banks accepted for a decade; pain.001.001.09 (ISO 2019) is the version
 * of the EPC SCT rulebooks since 2023, which the Dutch banks introduced on 17/18 March 2024 next to .03:
 * <ul>
 *   <li>BNG Bank (the municipalities' bank), bngbank.nl "SEPA standaard betaal- en incassobestanden": supports
 *       Pain.001.001.03 and Pain.001.001.09 ("newest version"); "Ultimately, the older version will be
 *       discontinued when a newer SEPA standard version is implemented"; BNG advised to migrate by November 2025
 *       and supports "the latest two pain versions as described by the Dutch Payments Association".</li>
 *   <li>ING, ing.nl "New file format batch payments and direct debits" (page of 2026-02-12): "From 17th March
 *       2024 it is possible to use the new file format SEPA XML version 2019", available next to "XML version
 *       2009".</li>
 *   <li>ABN AMRO, abnamro.nl "SEPA downloads": new file format for credit transfer batches from 18 March 2024,
 *       "We advise you to switch to the new format as soon as possible. You can continue to use the current file
 *       format for now."</li>
 *   <li>Rabobank: no page found in our sources that states its .09 support; it follows the same Betaalvereniging
 *       Nederland guidelines (<em>verify</em> with the region's Rabobank contact if the region banks there).</li>
 * </ul>
 * So .09 is accepted by every bank that matters here and is the one that will stay; .03 is on its way out. This
 * file uses nothing that needs the new structured address (no addresses at all: within the EEA they are not
 * required for credit transfers, ABN AMRO "SEPA downloads").
 *
 * <h2>What is written</h2>
 * One GrpHdr and one PmtInf with {@code BtchBookg=true} (one debit line on the region's statement), NbOfTxs and
 * CtrlSum at both levels (CtrlSum = the exact sum of the amounts, euros with 2 decimals from cents),
 * {@code PmtMtd=TRF}, {@code PmtTpInf/SvcLvl/Cd=SEPA}, {@code ChrgBr=SLEV}, ReqdExctnDt as a date, and one
 * CdtTrfTxInf per provider: EndToEndId, {@code InstdAmt Ccy="EUR"}, creditor name and IBAN, one RmtInf/Ustrd.
 * A creditor without BIC gets no CdtrAgt (optional in .09; the bank derives it from the IBAN). DbtrAgt is
 * mandatory in the schema: without a configured BIC it is {@code FinInstnId/Othr/Id=NOTPROVIDED}, the EPC
 * convention for "BIC not provided".
 *
 * <h2>Determinism</h2>
 * No clock, no random ids: CreDtTm is {@link Betaalopdracht#aangemaakt()} at the Europe/Amsterdam offset of that
 * moment, every id comes from the input, and the order of transactions is the input order. The same order
 * gives the same bytes.
 */
@ApplicationScoped
public class Pain001Schrijver {

  /** Target namespace of the message written. */
  public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

  /**
   * The schema the output is valid against, on the classpath: the official ISO 20022 XSD, unchanged (its header:
   * "Generated by Standards Editor (build:R1.6.15) on 2019 Feb 14 11:57:59", SHA-256
   * de038b373e47b0077b1832ddd81f4b2f1eb25d35721f62da1e38b7f5a09fda24). This copy is
   * the entry {@code pain.001.001.09.xsd} of {@code com.github.hbci4j:hbci4j-core:4.1.7} on Maven Central.
   */
  public static final String XSD = "xsd/iso20022/pain.001.001.09.xsd";

  /** CreDtTm is written with the Dutch offset of the creation moment. */
  static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

  /** EPC convention for a financial institution without BIC (FinInstnId/Othr/Id). */
  static final String NOTPROVIDED = "NOTPROVIDED";

  private static final JAXBContext CONTEXT = context();
  private static final DatatypeFactory DATUMS = datums();

  /**
   * Writes the order as a pain.001.001.09 document: UTF-8, with XML declaration, the ISO namespace as default
   * namespace, no business application header.
   */
  public byte[] schrijf(Betaalopdracht opdracht) {
    Document document = new Document();
    document.setCstmrCdtTrfInitn(bericht(opdracht));
    try {
      Marshaller m = CONTEXT.createMarshaller();
      m.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
      m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
      ByteArrayOutputStream uit = new ByteArrayOutputStream();
      m.marshal(new ObjectFactory().createDocument(document), uit);
      return uit.toByteArray();
    } catch (JAXBException e) {
      throw new IllegalStateException("pain.001 kon niet geschreven worden: " + e.getMessage(), e);
    }
  }

  static CustomerCreditTransferInitiationV09 bericht(Betaalopdracht opdracht) {
    String aantal = Integer.toString(opdracht.aantal());
    BigDecimal controletotaal = euro(opdracht.totaalCent());
    Rekeninghouder betaler = opdracht.betaler();

    GroupHeader85 kop = new GroupHeader85();
    kop.setMsgId(opdracht.berichtId());
    kop.setCreDtTm(tijdstip(opdracht.aangemaakt().atZone(TIJDZONE).toOffsetDateTime()));
    kop.setNbOfTxs(aantal);
    kop.setCtrlSum(controletotaal);
    kop.setInitgPty(partij(betaler.naam()));

    PaymentInstruction30 batch = new PaymentInstruction30();
    batch.setPmtInfId(opdracht.berichtId());
    batch.setPmtMtd(PaymentMethod3Code.TRF);
    batch.setBtchBookg(Boolean.TRUE);
    batch.setNbOfTxs(aantal);
    batch.setCtrlSum(controletotaal);
    ServiceLevel8Choice sepa = new ServiceLevel8Choice();
    sepa.setCd("SEPA");
    PaymentTypeInformation26 soort = new PaymentTypeInformation26();
    soort.getSvcLvl().add(sepa);
    batch.setPmtTpInf(soort);
    DateAndDateTime2Choice uitvoerdatum = new DateAndDateTime2Choice();
    uitvoerdatum.setDt(datum(opdracht.uitvoerdatum()));
    batch.setReqdExctnDt(uitvoerdatum);
    batch.setDbtr(partij(betaler.naam()));
    batch.setDbtrAcct(rekening(betaler.iban()));
    batch.setDbtrAgt(betaler.bic() != null ? agent(betaler.bic()) : nietOpgegeven());
    batch.setChrgBr(ChargeBearerType1Code.SLEV);

    for (Betaling b : opdracht.betalingen()) {
      PaymentIdentification6 id = new PaymentIdentification6();
      id.setEndToEndId(b.endToEndId());
      ActiveOrHistoricCurrencyAndAmount bedrag = new ActiveOrHistoricCurrencyAndAmount();
      bedrag.setCcy("EUR");
      bedrag.setValue(euro(b.bedragCent()));
      AmountType4Choice amt = new AmountType4Choice();
      amt.setInstdAmt(bedrag);
      RemittanceInformation16 omschrijving = new RemittanceInformation16();
      omschrijving.getUstrd().add(b.omschrijving());
      CreditTransferTransaction34 tx = new CreditTransferTransaction34();
      tx.setPmtId(id);
      tx.setAmt(amt);
      if (b.bic() != null) {
        tx.setCdtrAgt(agent(b.bic()));
      }
      tx.setCdtr(partij(b.naam()));
      tx.setCdtrAcct(rekening(b.iban()));
      tx.setRmtInf(omschrijving);
      batch.getCdtTrfTxInf().add(tx);
    }
    CustomerCreditTransferInitiationV09 bericht = new CustomerCreditTransferInitiationV09();
    bericht.setGrpHdr(kop);
    bericht.getPmtInf().add(batch);
    return bericht;
  }

  /** Cents as euros with exactly two decimals, e.g. 1 → 0.01, 123456789 → 1234567.89. */
  static BigDecimal euro(long cent) {
    return BigDecimal.valueOf(cent, 2);
  }

  private static XMLGregorianCalendar tijdstip(OffsetDateTime t) {
    // always with seconds (OffsetDateTime.toString leaves ":00" out), never with fractions
    return DATUMS.newXMLGregorianCalendar(t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")));
  }

  private static XMLGregorianCalendar datum(LocalDate d) {
    return DATUMS.newXMLGregorianCalendar(d.toString());
  }

  private static PartyIdentification135 partij(String naam) {
    PartyIdentification135 p = new PartyIdentification135();
    p.setNm(naam);
    return p;
  }

  private static CashAccount38 rekening(String iban) {
    AccountIdentification4Choice id = new AccountIdentification4Choice();
    id.setIBAN(iban);
    CashAccount38 rekening = new CashAccount38();
    rekening.setId(id);
    return rekening;
  }

  private static BranchAndFinancialInstitutionIdentification6 agent(String bic) {
    FinancialInstitutionIdentification18 fin = new FinancialInstitutionIdentification18();
    fin.setBICFI(bic);
    return instelling(fin);
  }

  /** No BIC configured: FinInstnId/Othr/Id = NOTPROVIDED (the element is mandatory in the schema). */
  private static BranchAndFinancialInstitutionIdentification6 nietOpgegeven() {
    GenericFinancialIdentification1 othr = new GenericFinancialIdentification1();
    othr.setId(NOTPROVIDED);
    FinancialInstitutionIdentification18 fin = new FinancialInstitutionIdentification18();
    fin.setOthr(othr);
    return instelling(fin);
  }

  private static BranchAndFinancialInstitutionIdentification6 instelling(FinancialInstitutionIdentification18 fin) {
    BranchAndFinancialInstitutionIdentification6 agent = new BranchAndFinancialInstitutionIdentification6();
    agent.setFinInstnId(fin);
    return agent;
  }

  private static JAXBContext context() {
    try {
      return JAXBContext.newInstance(Document.class);
    } catch (JAXBException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static DatatypeFactory datums() {
    try {
      return DatatypeFactory.newInstance();
    } catch (DatatypeConfigurationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
