package nl.verbonden.reminders.boundary;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;

/**
 * The real SMTP server of the reminder tests (GreenMail), in the test's own JVM, on the port the IT
 * server sends its mail to ({@code it.smtp.port} in pom.xml). Kept out of the test classes that the
 * IT server loads, which have no GreenMail.
 */
public final class TestMailServer {

  private static GreenMail smtp;

  private TestMailServer() {}

  public static synchronized void start() {
    if (smtp == null) {
      int port = Integer.parseInt(System.getProperty("verbonden.it.smtp.port", "9125"));
      smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
    }
  }

  public static synchronized void stop() {
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
  }

  /** The mails received for one address, in order. */
  public static MimeMessage[] to(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address));
              } catch (MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toArray(MimeMessage[]::new);
  }
}
