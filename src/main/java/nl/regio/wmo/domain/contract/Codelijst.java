package nl.regio.wmo.domain.contract;

import java.util.Arrays;
import java.util.Optional;

/** An entry of an iWmo code list: its official code and description. */
public interface Codelijst {

  String code();

  String omschrijving();

  static <E extends Enum<E> & Codelijst> Optional<E> vanCode(Class<E> lijst, String code) {
    return Arrays.stream(lijst.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
  }
}
