package nl.verbonden.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.verbonden.shared.entity.NotFoundException;

/** Help &gt; one section: the topic named by the address; an unknown name is 404. */
@Named
@RequestScoped
public class HelpPage {

  @Inject private HelpTopics topics;

  private String name;

  public void load() {
    if (!topics.exists(name)) {
      throw new NotFoundException(HelpTopics.Topic.class, name);
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
