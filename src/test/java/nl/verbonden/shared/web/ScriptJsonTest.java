package nl.verbonden.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

  private static final String HOSTILE = "</script><script>alert(1)</script><b>x</b> & \"co\"";

  @Test
  void dataCannotEndTheScriptElementOrOpenMarkup() {
    String json = ScriptJson.of(Json.createObjectBuilder().add("label", HOSTILE).build());
    assertFalse(json.contains("<"), json);
    assertFalse(json.contains(">"), json);
    assertFalse(json.contains("&"), json);
  }

  @Test
  void itIsTheSameJson() {
    String json =
        ScriptJson.of(Json.createObjectBuilder().add("label", HOSTILE).add("n", 3).build());
    JsonObject read = Json.createReader(new StringReader(json)).readObject();
    assertEquals(HOSTILE, read.getString("label"));
    assertEquals(3, read.getInt("n"));
  }
}
