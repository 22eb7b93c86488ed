package nl.verbonden.reminders.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands a composed digest to the mail server of Liberty's mail session {@code mail/verbonden}
 * (host, port, sender and credentials in server.xml's variables: docs/deployment.md). Without a
 * configured mail server (the demo) nothing is sent and the mail is kept as "not sent", for the
 * reminder page to show.
 */
@ApplicationScoped
public class MailSender {

  /** What became of a mail. */
  public enum Outcome {
    SENT,
    NO_SERVER
  }

  @Resource(lookup = "mail/verbonden")
  private Session session;

  @Inject
  @ConfigProperty(name = "verbonden.smtp.host")
  private Optional<String> host;

  @Inject
  @ConfigProperty(name = "verbonden.smtp.port", defaultValue = "25")
  private String port;

  @Inject private Clock clock;

  /** Whether a mail server is configured. */
  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /** The mail server as the beheerder's page names it, {@code smtp.example.nl:587}; empty: none. */
  public String server() {
    return configured() ? host.orElseThrow().strip() + ":" + port : "";
  }

  /**
   * @throws MessagingException when the mail server refuses the mail or cannot be reached
   */
  public Outcome send(String recipient, DigestMail.Composed mail) throws MessagingException {
    if (!configured()) {
      return Outcome.NO_SERVER;
    }
    MimeMessage message = new MimeMessage(session);
    message.setFrom();
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(Date.from(clock.instant()));
    message.setHeader("Auto-Submitted", "auto-generated");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), "UTF-8", "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    Transport.send(message);
    return Outcome.SENT;
  }
}
