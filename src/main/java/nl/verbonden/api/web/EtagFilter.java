package nl.verbonden.api.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An {@code ETag} on every successful read: a resource's own (its version) when it set one, else a
 * weak tag of the body's SHA-256; {@code If-None-Match} with the same tag gives 304.
 */
@Provider
public class EtagFilter implements ContainerResponseFilter {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!"GET".equals(request.getMethod()) || response.getStatus() != 200) {
      return;
    }
    Object entity = response.getEntity();
    if (entity == null) {
      return;
    }
    String tag = response.getHeaderString(HttpHeaders.ETAG);
    if (tag == null) {
      byte[] body =
          entity instanceof byte[] bytes
              ? bytes
              : JSON.toJson(entity).getBytes(StandardCharsets.UTF_8);
      tag = new EntityTag(sha256(body).substring(0, 32), true).toString();
      response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
    }
    String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
      response.setStatus(304);
      response.setEntity(null);
    }
  }

  private static boolean matches(String header, String tag) {
    String bare = tag.startsWith("W/") ? tag.substring(2) : tag;
    for (String candidate : header.split(",")) {
      String c = candidate.strip();
      if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(bare)) {
        return true;
      }
    }
    return false;
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
