package nl.verbonden.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.verbonden.register.boundary.PartyImportService;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.PolicyDomain;
import nl.verbonden.shared.boundary.ImportError;
import nl.verbonden.shared.boundary.ImportResult;
import nl.verbonden.shared.web.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** Register &gt; Importeren: uploads a CSV file of parties and shows what the import did, or every error in it. */
@Named
@ViewScoped
public class PartyImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PartyImportService service;

  private ImportResult result;
  private String summary;
  private List<ErrorLine> errorLines = List.of();

  /** One error as the table shows it: the row (empty for the whole file), the column and the reason. */
  public record ErrorLine(String row, String column, String reason) implements Serializable {}

  public void importFile(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    result = service.importCsv(file == null ? new byte[0] : file.getContent());
    if (result.succeeded()) {
      summary = Messages.text("import.done", result.imported());
      errorLines = List.of();
    } else {
      summary = Messages.text("import.failed", result.errors().size());
      errorLines = result.errors().stream().map(PartyImportPage::line).toList();
    }
  }

  private static ErrorLine line(ImportError error) {
    return new ErrorLine(
        error.row() == ImportError.WHOLE_FILE ? "" : String.valueOf(error.row()),
        error.column(),
        Messages.text(error.messageKey(), error.argumentArray()));
  }

  public boolean isImported() {
    return result != null && result.succeeded();
  }

  public boolean isRefused() {
    return result != null && !result.succeeded();
  }

  public String getSummary() {
    return summary;
  }

  public List<ErrorLine> getErrorLines() {
    return errorLines;
  }

  public LegalForm[] getLegalForms() {
    return LegalForm.values();
  }

  public PolicyDomain[] getPolicyDomains() {
    return PolicyDomain.values();
  }
}
