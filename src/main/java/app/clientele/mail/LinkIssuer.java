package app.clientele.mail;

import java.util.Optional;
import java.util.UUID;

public interface LinkIssuer {
  String purpose();
  Optional<String> issue(UUID linkId);
}
