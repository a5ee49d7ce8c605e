package nl.regio.wmo.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Optional;

/**
 * Checks a user name and password against the hashed passwords of {@link Gebruikers}. An unknown user name costs the
 * same PBKDF2 check as a wrong password (against a hash of no one), so the time of the answer does not tell which
 * names exist.
 */
@ApplicationScoped
public class GebruikersIdentityStore implements IdentityStore {

  @Inject Gebruikers gebruikers;
  @Inject Pbkdf2PasswordHash passwordHash;

  private String hashVanNiemand;

  @PostConstruct
  void maakHashVanNiemand() {
    hashVanNiemand = WachtwoordHash.maak(java.util.UUID.randomUUID().toString().toCharArray());
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential up)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Optional<Gebruiker> gebruiker = gebruikers.vind(up.getCaller());
    boolean klopt = passwordHash.verify(up.getPassword().getValue(), gebruiker.map(Gebruiker::wachtwoordHash).orElse(hashVanNiemand));
    if (gebruiker.isEmpty() || !klopt) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(gebruiker.get().naam(), gebruiker.get().rollen());
  }
}
