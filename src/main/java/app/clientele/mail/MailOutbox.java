package app.clientele.mail;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

@Service
public class MailOutbox {
  public Optional<UUID> queue(OutgoingEmail email) { return Optional.of(UUID.randomUUID()); }
  public int cancelQueued(UUID contactId, TemplateKey template, String reason) { return 0; }
}
