package nl.verbonden.overviews.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Signs published overviews with the certificate configured for the municipality or the server
 * (MicroProfile Config, so server variables, system properties or environment variables; see
 * docs/deployment.md):
 *
 * <ul>
 *   <li>{@code verbonden.signing.<CBS code>.keystore}, {@code .password}, {@code .alias}: a PKCS#12
 *       key store for one municipality (e.g. its PKIoverheid certificate);
 *   <li>{@code verbonden.signing.keystore}, {@code .password}, {@code .alias}: for every other
 *       municipality on the server;
 *   <li>neither: a self-signed certificate generated at first use in {@code
 *       <verbonden.data.dir>/signing} and kept there (the demo; a warning is logged once).
 * </ul>
 *
 * Keys are read once and kept for the life of the application.
 */
@ApplicationScoped
public class OverviewSigner {

  private static final Logger LOG = Logger.getLogger(OverviewSigner.class.getName());

  @Inject Config config;
  @Inject Clock clock;

  private final Map<String, PdfSignature.Signer> signers = new ConcurrentHashMap<>();

  /** The PDF signed for the municipality, as its published version {@code version} of a year. */
  public byte[] sign(byte[] pdf, String tenantCode, String municipality, int year, int version) {
    return PdfSignature.sign(
        pdf,
        signer(tenantCode),
        clock.instant(),
        "Gemeente " + municipality,
        "Gepubliceerd governance-overzicht " + year + ", versie " + version,
        municipality);
  }

  /** The SHA-256 of the certificate that signs the municipality's overviews. */
  public String certificateSha256(String tenantCode) {
    try {
      return OverviewPdf.sha256(signer(tenantCode).certificate().getEncoded());
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private PdfSignature.Signer signer(String tenantCode) {
    return signers.computeIfAbsent(tenantCode, this::load);
  }

  private PdfSignature.Signer load(String tenantCode) {
    Optional<String> own = value("verbonden.signing." + tenantCode + ".keystore");
    if (own.isPresent()) {
      return SigningKeyStore.load(
          Path.of(own.get()),
          value("verbonden.signing." + tenantCode + ".password").orElse("").toCharArray(),
          value("verbonden.signing." + tenantCode + ".alias").orElse(null));
    }
    Optional<String> server = value("verbonden.signing.keystore");
    if (server.isPresent()) {
      return SigningKeyStore.load(
          Path.of(server.get()),
          value("verbonden.signing.password").orElse("").toCharArray(),
          value("verbonden.signing.alias").orElse(null));
    }
    Path directory =
        Path.of(value("verbonden.data.dir").orElse(System.getProperty("user.home") + "/.verbonden"))
            .resolve("signing");
    LOG.warning(
        "No signing certificate configured (verbonden.signing.keystore): published overviews are"
            + " signed with a self-signed certificate in "
            + directory
            + ", for demonstration only");
    return SigningKeyStore.selfSigned(
        directory,
        "CN=Verbonden demonstratiecertificaat (zelfondertekend), O=Verbonden, C=NL",
        clock.instant());
  }

  private Optional<String> value(String name) {
    return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
  }
}
