package nl.regio.wmo.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Optional;

/** Checks a user name and password against the hashed passwords of {@link Gebruikers}. */
@ApplicationScoped
public class GebruikersIdentityStore implements IdentityStore {

  @Inject Gebruikers gebruikers;
  @Inject Pbkdf2PasswordHash passwordHash;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential up)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Optional<Gebruiker> gebruiker = gebruikers.vind(up.getCaller());
    if (gebruiker.isEmpty() || !passwordHash.verify(up.getPassword().getValue(), gebruiker.get().wachtwoordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(gebruiker.get().naam(), gebruiker.get().rollen());
  }
}
