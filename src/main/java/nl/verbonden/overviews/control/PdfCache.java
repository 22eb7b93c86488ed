package nl.verbonden.overviews.control;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PDFs laid out lately, by the SHA-256 of the XHTML they were laid out from (issue 22): the
 * same document is the same PDF, so a draft whose data did not change since someone last asked for
 * it is served without laying it out again, and without waiting for a render slot.
 * Content-addressed, so it can never serve a stale or another municipality's PDF: other data is
 * other XHTML, another key. Bounded by the total size of the PDFs it keeps, least recently used out
 * first. Per server, in memory.
 */
public final class PdfCache {

  private final long maxBytes;
  private final Map<String, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;
  private long hits;
  private long misses;

  /** A cache that keeps at most this many bytes of PDF (0: keeps nothing). */
  public PdfCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** A copy of the PDF of this XHTML's SHA-256, or null when it is not kept. */
  public synchronized byte[] get(String sha256) {
    byte[] pdf = entries.get(sha256);
    if (pdf == null) {
      misses++;
      return null;
    }
    hits++;
    return pdf.clone();
  }

  /** Keeps a copy of the PDF of this XHTML's SHA-256, dropping the least recently used. */
  public synchronized void put(String sha256, byte[] pdf) {
    if (pdf.length > maxBytes) {
      return;
    }
    byte[] previous = entries.put(sha256, pdf.clone());
    bytes += pdf.length - (previous == null ? 0 : previous.length);
    Iterator<byte[]> oldest = entries.values().iterator();
    while (bytes > maxBytes && oldest.hasNext()) {
      bytes -= oldest.next().length;
      oldest.remove();
    }
  }

  public synchronized long hits() {
    return hits;
  }

  public synchronized long misses() {
    return misses;
  }

  public synchronized long bytes() {
    return bytes;
  }

  public synchronized int size() {
    return entries.size();
  }
}
