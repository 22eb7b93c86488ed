package nl.verbonden.reminders.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import nl.verbonden.reminders.boundary.MySettings;
import nl.verbonden.reminders.boundary.ReminderService;
import nl.verbonden.reminders.entity.AgendaLine;
import nl.verbonden.reminders.entity.Digest;
import nl.verbonden.reminders.entity.DigestFrequency;
import nl.verbonden.reminders.entity.ReminderSetting;
import nl.verbonden.shared.web.Messages;

/**
 * Mijn herinneringen: the caller's choice of digest, what the next one would hold (so the demo,
 * without a mail server, shows what would be sent), the mails they were sent, and their calendar
 * feed's address, shown once when it is made.
 */
@Named
@ViewScoped
public class MyRemindersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReminderService reminders;

  private MySettings settings;
  private DigestFrequency frequency;
  private Integer horizon;
  private String language;
  private List<AgendaLine> preview;
  private List<ReminderService.MyMail> mails;
  private String feedUrl;

  public void load() {
    settings = reminders.settings();
    frequency = settings.frequency();
    horizon = settings.horizonDays();
    language = settings.language();
    preview = reminders.preview();
    mails = reminders.myMails();
  }

  public void save() {
    settings =
        reminders.save(frequency, horizon == null ? 0 : horizon, language, settings.version());
    Messages.info("reminder.saved");
    preview = reminders.preview();
  }

  public void newFeed() {
    String token = reminders.newFeed();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String port =
        (request.getScheme().equals("https") && request.getServerPort() == 443)
                || (request.getScheme().equals("http") && request.getServerPort() == 80)
            ? ""
            : ":" + request.getServerPort();
    feedUrl =
        request.getScheme()
            + "://"
            + request.getServerName()
            + port
            + request.getContextPath()
            + "/agenda/"
            + token
            + ".ics";
    settings = reminders.settings();
    Messages.info("reminder.feed.made");
  }

  public void revokeFeed() {
    reminders.revokeFeed();
    feedUrl = null;
    settings = reminders.settings();
    Messages.info("reminder.feed.revoked");
  }

  public DigestFrequency[] getFrequencies() {
    return DigestFrequency.values();
  }

  public List<String> getLanguages() {
    return ReminderSetting.LANGUAGES;
  }

  public int getMinHorizon() {
    return Digest.MIN_HORIZON;
  }

  public int getMaxHorizon() {
    return Digest.MAX_HORIZON;
  }

  public MySettings getSettings() {
    return settings;
  }

  public DigestFrequency getFrequency() {
    return frequency;
  }

  public void setFrequency(DigestFrequency frequency) {
    this.frequency = frequency;
  }

  public Integer getHorizon() {
    return horizon;
  }

  public void setHorizon(Integer horizon) {
    this.horizon = horizon;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public List<AgendaLine> getPreview() {
    return preview;
  }

  public List<ReminderService.MyMail> getMails() {
    return mails;
  }

  public String getFeedUrl() {
    return feedUrl;
  }
}
