package nl.verbonden.positioning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.verbonden.positioning.boundary.AdviceService;
import nl.verbonden.positioning.entity.AdviceListing;

/** Adviezen: the published positioning advice of the municipality, for regisseurs and council. */
@Named
@ViewScoped
public class AdvicesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AdviceService service;

  private List<AdviceListing> published;

  public void load() {
    published = service.published();
  }

  public List<AdviceListing> getPublished() {
    return published;
  }
}
