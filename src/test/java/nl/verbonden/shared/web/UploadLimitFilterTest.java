package nl.verbonden.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The upload limits the filter announces are the container's (web.xml), and the pages that are no
 * Faces pages are the ones that get the strict document policy.
 */
class UploadLimitFilterTest {

  @Test
  void theFilterKnowsTheLimitsOfWebXml() throws Exception {
    Element config =
        (Element)
            DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile())
                .getElementsByTagName("multipart-config")
                .item(0);
    assertEquals(UploadLimitFilter.MAX_FILE_SIZE, value(config, "max-file-size"));
    assertEquals(UploadLimitFilter.MAX_REQUEST_SIZE, value(config, "max-request-size"));
    assertTrue(value(config, "file-size-threshold") <= UploadLimitFilter.MAX_FILE_SIZE);
    assertTrue(UploadLimitFilter.MAX_REQUEST_SIZE > UploadLimitFilter.MAX_FILE_SIZE);
  }

  @Test
  void documentsGetTheStrictPolicyAndPagesPrimeFacesOwn() {
    for (String document :
        new String[] {
          "/overzichten/concept.html",
          "/overzichten/versie.pdf",
          "/kwadranten/matrix.png",
          "/afmelden"
        }) {
      assertFalse(DocumentCspFilter.isFaces(document), document);
    }
    for (String page :
        new String[] {"/", "", "/index.xhtml", "/jakarta.faces.resource/core.js.xhtml"}) {
      assertTrue(DocumentCspFilter.isFaces(page), page);
    }
    assertTrue(DocumentCspFilter.POLICY.startsWith("default-src 'none';"));
    assertFalse(DocumentCspFilter.POLICY.contains("script-src"));
  }

  private static long value(Element config, String name) {
    return Long.parseLong(config.getElementsByTagName(name).item(0).getTextContent().strip());
  }
}
