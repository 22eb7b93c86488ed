package nl.verbonden.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.verbonden.register.boundary.PartyImportService;
import nl.verbonden.register.entity.LegalForm;
import nl.verbonden.register.entity.PolicyDomain;
import nl.verbonden.shared.boundary.ImportResult;
import nl.verbonden.shared.web.ImportErrorLine;
import nl.verbonden.shared.web.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Register &gt; Importeren: uploads a CSV file of parties and shows what the import did, or every
 * error in it.
 */
@Named
@ViewScoped
public class PartyImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PartyImportService service;

  private ImportResult result;
  private String summary;
  private List<ImportErrorLine> errorLines = List.of();

  public void importFile(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    result = service.importCsv(file == null ? new byte[0] : file.getContent());
    if (result.succeeded()) {
      summary = Messages.text("import.done", result.imported());
      errorLines = List.of();
    } else {
      summary = Messages.text("import.failed", result.errors().size());
      errorLines = result.errors().stream().map(ImportErrorLine::of).toList();
    }
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

  public List<ImportErrorLine> getErrorLines() {
    return errorLines;
  }

  public LegalForm[] getLegalForms() {
    return LegalForm.values();
  }

  public PolicyDomain[] getPolicyDomains() {
    return PolicyDomain.values();
  }
}
