package nl.verbonden.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import nl.verbonden.tenancy.entity.SecurityEventKind;
import org.junit.jupiter.api.Test;

/** The security log's line: key=value, one line, no field forged by input. */
class SecurityLogLineTest {

  private static final Instant T = Instant.parse("2027-03-01T09:00:00Z");

  @Test
  void aLineHoldsEveryFieldAsKeyAndValue() {
    assertEquals(
        "security_event kind=LOGIN_FAILED time=2027-03-01T09:00:00Z login=\"raad.zeist\""
            + " address=\"127.0.0.1\" detail=\"\"",
        SecurityLog.line(T, SecurityEventKind.LOGIN_FAILED, "raad.zeist", "127.0.0.1", null));
  }

  @Test
  void inputCannotBreakTheLineOrForgeAField() {
    String line =
        SecurityLog.line(
            T,
            SecurityEventKind.LOGIN_FAILED,
            "x\" kind=LOGIN\nsecurity_event kind=LOGIN login=\"beheer",
            null,
            "a\\b\u202e\u0007");
    assertFalse(line.contains("\n"));
    assertEquals(
        "security_event kind=LOGIN_FAILED time=2027-03-01T09:00:00Z"
            + " login=\"x\\\" kind=LOGIN\\nsecurity_event kind=LOGIN login=\\\"beheer\""
            + " address=\"\" detail=\"a\\\\b\\u202e\\u0007\"",
        line);
  }
}
