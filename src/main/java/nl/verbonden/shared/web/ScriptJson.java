package nl.verbonden.shared.web;

import jakarta.json.JsonStructure;

/**
 * JSON that goes into a page's script (the chart configurations PrimeFaces writes into a {@code
 * <script>} element): {@code <}, {@code >} and {@code &} are written as {@code \u003c}, {@code
 * \u003e} and {@code \u0026}, which is the same JSON, so that no value from data (a party named
 * {@code </script><script>…}) can end the script element or open markup. Every chart goes through
 * here.
 */
public final class ScriptJson {

  private ScriptJson() {}

  public static String of(JsonStructure json) {
    // outside strings JSON has none of these characters: escaping them everywhere escapes values
    return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
