package nl.regio.wmo.infrastructure.security;

import java.util.Optional;
import java.util.Set;

/** A user from the configuration: name, roles, for a provider its AGB code, and the password hash. */
public record Gebruiker(String naam, Set<String> rollen, Optional<String> agbCode, String wachtwoordHash) {

  @Override
  public String toString() {
    return "Gebruiker[" + naam + ", " + rollen + "]"; // never the hash
  }
}
