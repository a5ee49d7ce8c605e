package nl.regio.wmo.application.sepa;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.regio.wmo.application.OngeldigeInvoerException;

/**
 * The SEPA Latin character set and how texts are brought into it.
 *
 * <p>Within SEPA only a limited Latin set may be exchanged unless banks agree otherwise: {@code a-z A-Z 0-9} and
 * {@code / - ? : ( ) . , ' +} and space (EPC SCT customer-to-PSP implementation guidelines, "character set"; the
 * same list is quoted in EPC217-08 "SEPA Requirements for an Extended Character Set (UNICODE Subset) - Best
 * Practices", europeanpaymentscouncil.eu). Free texts (names, remittance information) are therefore
 * <em>transliterated</em> the way the EPC217-08 conversion table does it for Latin letters: a letter with a
 * diacritic becomes its base letter ({@code é → e}, {@code ü → u}, {@code ç → c}), ligatures and special letters
 * are spelled out ({@code ß → ss}, {@code æ → ae}, {@code ø → o}, {@code ĳ → ij}); typographic quotes and dashes
 * become {@code '} and {@code -}; {@code &} becomes {@code +} (our choice for the one common character without a
 * letter equivalent, <em>verify</em> against the EPC217-08 table); any run of white space becomes one space. A
 * character that is still outside the set after that (e.g. {@code @ % € _ #}, non-Latin scripts) is refused with
 * a clear message rather than silently replaced: the caller fixes the source data.
 *
 * <p>Identifiers (MsgId, PmtInfId, EndToEndId) are never transliterated: they must already consist of the set,
 * must not start or end with {@code /} and must not contain {@code //} (EPC SCT implementation guidelines, usage
 * rule on identifiers).
 */
final class SepaTekens {

  /** The EPC Latin character set as a regular-expression character class. */
  static final Pattern TOEGESTAAN = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]*");

  private static final Pattern DIACRITISCH = Pattern.compile("\\p{M}+");
  private static final Pattern WITRUIMTE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  /** Letters and signs that Unicode decomposition does not reduce to a SEPA character. */
  private static final Map<Character, String> VERVANGING = Map.ofEntries(
      Map.entry('ß', "ss"), Map.entry('ẞ', "SS"),
      Map.entry('Æ', "AE"), Map.entry('æ', "ae"),
      Map.entry('Œ', "OE"), Map.entry('œ', "oe"),
      Map.entry('Ø', "O"), Map.entry('ø', "o"),
      Map.entry('Ł', "L"), Map.entry('ł', "l"),
      Map.entry('Đ', "D"), Map.entry('đ', "d"),
      Map.entry('Þ', "TH"), Map.entry('þ', "th"),
      Map.entry('Ð', "D"), Map.entry('ð', "d"),
      Map.entry('Ĳ', "IJ"), Map.entry('ĳ', "ij"),
      Map.entry('ı', "i"),
      Map.entry('&', "+"),
      Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('‚', "'"), Map.entry('‛', "'"),
      Map.entry('`', "'"), Map.entry('´', "'"), Map.entry('′', "'"),
      Map.entry('"', "'"), Map.entry('“', "'"), Map.entry('”', "'"), Map.entry('„', "'"),
      Map.entry('–', "-"), Map.entry('—', "-"), Map.entry('‐', "-"), Map.entry('‑', "-"), Map.entry('−', "-"));

  private SepaTekens() {}

  /**
   * The text in the SEPA character set: transliterated, white space collapsed, trimmed.
   *
   * @param veld field name for the error
   * @throws OngeldigeInvoerException if a character has no transliteration
   */
  static String naarSepa(String tekst, String veld) {
    StringBuilder sb = new StringBuilder(tekst.length());
    for (int i = 0; i < tekst.length(); i++) {
      char c = tekst.charAt(i);
      String vervanging = VERVANGING.get(c);
      sb.append(vervanging != null ? vervanging : String.valueOf(c));
    }
    String zonderAccenten = DIACRITISCH.matcher(Normalizer.normalize(sb, Normalizer.Form.NFD)).replaceAll("");
    String resultaat = WITRUIMTE.matcher(zonderAccenten).replaceAll(" ").strip();
    if (!TOEGESTAAN.matcher(resultaat).matches()) {
      throw OngeldigeInvoerException.van(veld, "'" + tekst + "' bevat tekens buiten de SEPA-tekenset: "
          + vreemdeTekens(resultaat) + " (toegestaan: a-z A-Z 0-9 / - ? : ( ) . , ' + en spatie)");
    }
    return resultaat;
  }

  /** The text cut to at most {@code max} characters, without a trailing space. */
  static String afgekapt(String tekst, int max) {
    return tekst.length() <= max ? tekst : tekst.substring(0, max).stripTrailing();
  }

  /** Null if the identifier is acceptable, else what is wrong with it. */
  static String foutInId(String id, int max) {
    if (id == null || id.isBlank()) {
      return "is verplicht";
    }
    if (id.length() > max) {
      return "'" + id + "' is langer dan " + max + " tekens";
    }
    if (!TOEGESTAAN.matcher(id).matches()) {
      return "'" + id + "' bevat tekens buiten de SEPA-tekenset: " + vreemdeTekens(id);
    }
    if (!id.equals(id.strip())) {
      return "'" + id + "' begint of eindigt met een spatie";
    }
    if (id.startsWith("/") || id.endsWith("/") || id.contains("//")) {
      return "'" + id + "' mag niet met '/' beginnen of eindigen en geen '//' bevatten";
    }
    return null;
  }

  private static String vreemdeTekens(String tekst) {
    Set<String> vreemd = new TreeSet<>();
    tekst.codePoints()
        .filter(cp -> !TOEGESTAAN.matcher(Character.toString(cp)).matches())
        .forEach(cp -> vreemd.add(Character.toString(cp) + " (U+" + String.format("%04X", cp) + ")"));
    return String.join(", ", vreemd);
  }
}
