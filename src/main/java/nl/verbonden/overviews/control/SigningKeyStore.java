package nl.verbonden.overviews.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Enumeration;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The key that signs published overviews, from a PKCS#12 key store: one the centre configures (in
 * production a PKIoverheid certificate for the municipality or the centre), or, when none is
 * configured, a self-signed one generated once and kept in the data directory (the demo). Plain
 * Java.
 */
public final class SigningKeyStore {

  private SigningKeyStore() {}

  /**
   * The key and chain of {@code alias} (or of the first key entry when the alias is empty) in a
   * PKCS#12 file.
   */
  public static PdfSignature.Signer load(Path file, char[] password, String alias) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      String name = alias == null || alias.isBlank() ? firstKey(store) : alias;
      if (name == null || !store.isKeyEntry(name)) {
        throw new IllegalStateException(
            "No signing key " + (name == null ? "" : name) + " in " + file);
      }
      PrivateKey key = (PrivateKey) store.getKey(name, password);
      Certificate[] chain = store.getCertificateChain(name);
      return new PdfSignature.Signer(key, PdfSignature.chain(chain));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the signing key store " + file, e);
    }
  }

  private static String firstKey(KeyStore store) throws GeneralSecurityException {
    Enumeration<String> aliases = store.aliases();
    while (aliases.hasMoreElements()) {
      String alias = aliases.nextElement();
      if (store.isKeyEntry(alias)) {
        return alias;
      }
    }
    return null;
  }

  /**
   * The self-signed key of {@code directory} ({@code overview-signing.p12} with its password in
   * {@code overview-signing.pass}, both readable by the owner only), generated on first use: a
   * 3072-bit RSA key with a certificate valid for ten years from {@code now}.
   */
  public static synchronized PdfSignature.Signer selfSigned(
      Path directory, String subject, Instant now) {
    Path file = directory.resolve("overview-signing.p12");
    Path passwordFile = directory.resolve("overview-signing.pass");
    try {
      if (!Files.isRegularFile(file) || !Files.isRegularFile(passwordFile)) {
        Files.createDirectories(directory);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        char[] password = HexFormat.of().formatHex(random).toCharArray();
        KeyStore store = generate(subject, now, password);
        Path tmp = Files.createTempFile(directory, "signing", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
          store.store(out, password);
        }
        ownerOnly(tmp);
        Files.writeString(passwordFile, new String(password));
        ownerOnly(passwordFile);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      return load(file, Files.readString(passwordFile).strip().toCharArray(), "verbonden");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot store the signing key in " + directory, e);
    }
  }

  /** A key store with one self-signed key, alias {@code verbonden} (also for tests). */
  public static KeyStore generate(String subject, Instant now, char[] password) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(3072);
      KeyPair pair = generator.generateKeyPair();
      X500Name name = new X500Name(subject);
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name,
              new BigInteger(64, new SecureRandom()),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(Duration.ofDays(3650))),
              name,
              pair.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("verbonden", pair.getPrivate(), password, new Certificate[] {certificate});
      return store;
    } catch (Exception e) {
      throw new IllegalStateException("Cannot generate a signing key", e);
    }
  }

  private static void ownerOnly(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: left as the directory gives it
    }
  }
}
