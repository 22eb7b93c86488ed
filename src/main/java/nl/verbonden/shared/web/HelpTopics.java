package nl.verbonden.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/**
 * The help pages, one per section of the application ({@code /hulp/onderwerp.xhtml?naam=...}), and
 * which one belongs to the page being shown (by the folder of its view), so that the template can
 * link every page to the explanation of its section. The texts are messages ({@code
 * help.<topic>.title}, {@code .purpose}, {@code .law}, {@code .sourceText}).
 */
@Named("help")
@ApplicationScoped
public class HelpTopics {

  /** The topics in the order of the menu, with the view folder each explains. */
  public record Topic(String name, String folder) {}

  private static final List<Topic> TOPICS =
      List.of(
          new Topic("register", "/register/"),
          new Topic("roles", "/rollen/"),
          new Topic("agreements", "/dvo/"),
          new Topic("quadrants", "/kwadranten/"),
          new Topic("cycle", "/jaar/"),
          new Topic("overviews", "/overzichten/"),
          new Topic("search", "/zoeken"));

  public List<Topic> getTopics() {
    return TOPICS;
  }

  /** Whether a topic of that name exists (the help page shows nothing else). */
  public boolean exists(String name) {
    return TOPICS.stream().anyMatch(t -> t.name().equals(name));
  }

  /** The topic of the page being shown, or {@code null} when it has none. */
  public String getCurrent() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String view =
        faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
    return view == null
        ? null
        : TOPICS.stream()
            .filter(t -> view.startsWith(t.folder()))
            .map(Topic::name)
            .findFirst()
            .orElse(null);
  }
}
