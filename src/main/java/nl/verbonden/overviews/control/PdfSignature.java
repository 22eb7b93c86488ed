package nl.verbonden.overviews.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;

/**
 * The digital signature of a published overview: PAdES (baseline B), made with PDFBox and a
 * detached CMS signature by Bouncy Castle ({@code ETSI.CAdES.detached}, SHA-256, the signing
 * certificate bound by an ESS signing-certificate-v2 attribute), saved incrementally so that the
 * signed PDF stays PDF/A; and its verification: the CMS signature must verify against its own
 * certificate and cover the whole file. Plain Java; which certificate signs is configured per
 * server or municipality ({@code overviews/boundary/SigningIdentities}).
 */
public final class PdfSignature {

  /** Bytes reserved for the CMS signature in the file (certificate chains of PKIoverheid fit). */
  private static final int RESERVED = 32 * 1024;

  /** A key and its certificate chain, the signer's certificate first. */
  public record Signer(PrivateKey key, List<X509Certificate> chain) {
    public Signer {
      chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
      return chain.get(0);
    }
  }

  /**
   * What a PDF's signature says: whether there is one, whether it is valid (the CMS signature
   * verifies and covers the whole file), who signed (the certificate's subject) and when.
   */
  public record Verification(
      boolean signed, boolean valid, String signer, String certificateSha256, Instant signedAt)
      implements java.io.Serializable {

    static Verification unsigned() {
      return new Verification(false, false, null, null, null);
    }
  }

  private PdfSignature() {}

  /** The PDF signed by {@code signer} at {@code when}, with a reason and a location. */
  public static byte[] sign(
      byte[] pdf, Signer signer, Instant when, String name, String reason, String location) {
    try (PDDocument document = Loader.loadPDF(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + RESERVED * 2 + 4096);
        SignatureOptions options = new SignatureOptions()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(name);
      signature.setReason(reason);
      signature.setLocation(location);
      Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("Europe/Amsterdam"));
      calendar.setTimeInMillis(when.toEpochMilli());
      signature.setSignDate(calendar);
      options.setPreferredSignatureSize(RESERVED);
      document.addSignature(signature, content -> cms(content, signer), options);
      document.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] cms(InputStream content, Signer signer) throws IOException {
    try {
      X509Certificate certificate = signer.certificate();
      ContentSigner contentSigner =
          new JcaContentSignerBuilder(
                  "RSA".equals(signer.key().getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA")
              .build(signer.key());
      // PAdES: the signing certificate is bound to the signature by its SHA-256
      ESSCertIDv2 certId =
          new ESSCertIDv2(
              new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
              MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
      ASN1EncodableVector attributes = new ASN1EncodableVector();
      attributes.add(
          new Attribute(
              PKCSObjectIdentifiers.id_aa_signingCertificateV2,
              new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(
                  new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)) {
                    @Override
                    public AttributeTable getAttributes(
                        @SuppressWarnings("rawtypes") java.util.Map parameters) {
                      // PAdES baseline: the claimed signing time is the PDF's /M, not a CMS
                      // attribute
                      return super.getAttributes(parameters)
                          .remove(PKCSObjectIdentifiers.pkcs_9_at_signingTime);
                    }
                  })
              .build(contentSigner, certificate));
      generator.addCertificates(new JcaCertStore(signer.chain()));
      CMSTypedData data = new CMSProcessableByteArray(content.readAllBytes());
      return generator.generate(data, false).getEncoded();
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("Cannot sign the overview", e);
    }
  }

  /**
   * The PDF's signature checked: the last signature must verify against the certificate it holds
   * and cover the whole file (nothing added after signing). Never throws for a damaged file: that
   * is simply not valid.
   */
  public static Verification verify(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      if (signatures.isEmpty()) {
        return Verification.unsigned();
      }
      PDSignature signature = signatures.get(signatures.size() - 1);
      int[] range = signature.getByteRange();
      byte[] contents = signature.getContents(pdf);
      byte[] signed = signature.getSignedContent(pdf);
      boolean wholeFile =
          range != null
              && range.length == 4
              && range[0] == 0
              && (long) range[2] + range[3] == pdf.length;
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contents);
      @SuppressWarnings("unchecked")
      Store<X509CertificateHolder> certificates = cms.getCertificates();
      Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
      if (signers.size() != 1) {
        return new Verification(true, false, null, null, null);
      }
      SignerInformation info = signers.iterator().next();
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> matches = certificates.getMatches(info.getSID());
      if (matches.isEmpty()) {
        return new Verification(true, false, null, null, null);
      }
      X509Certificate certificate =
          new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
      boolean verified =
          info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))
              && Arrays.equals(
                  info.getContentDigest(), MessageDigest.getInstance("SHA-256").digest(signed));
      Instant at = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
      return new Verification(
          true,
          verified && wholeFile,
          certificate.getSubjectX500Principal().getName(),
          OverviewPdf.sha256(certificate.getEncoded()),
          at);
    } catch (Exception e) {
      return new Verification(false, false, null, null, null);
    }
  }

  /** The chain as a list (for callers with an array from a key store). */
  public static List<X509Certificate> chain(java.security.cert.Certificate[] certificates) {
    List<X509Certificate> chain = new ArrayList<>();
    for (java.security.cert.Certificate c : certificates) {
      chain.add((X509Certificate) c);
    }
    return chain;
  }
}
