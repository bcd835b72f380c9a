package io.vivier.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** A small REST client over MockMvc: requests go through the real filters, security included. */
public final class Api {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MockMvc mvc;
  private final String authorization;

  public Api(MockMvc mvc, String authorization) {
    this.mvc = mvc;
    this.authorization = authorization;
  }

  /** The same client with other credentials (null for none). */
  public Api as(String authorization) {
    return new Api(mvc, authorization);
  }

  public Response get(String path) {
    return send(HttpMethod.GET, path, null, Map.of());
  }

  public Response post(String path, Object body) {
    return send(HttpMethod.POST, path, body, Map.of());
  }

  public Response patch(String path, Object body, Map<String, String> headers) {
    return send(HttpMethod.PATCH, path, body, headers);
  }

  public Response delete(String path, Map<String, String> headers) {
    return send(HttpMethod.DELETE, path, null, headers);
  }

  /** {@code body}: a String is sent as is (to send broken JSON), anything else as JSON. */
  public Response send(HttpMethod method, String path, Object body, Map<String, String> headers) {
    MockHttpServletRequestBuilder builder = request(method, java.net.URI.create(path)).accept(MediaType.APPLICATION_JSON);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    headers.forEach(builder::header);
    if (body != null) {
      builder.contentType(MediaType.APPLICATION_JSON)
          .content(body instanceof String s ? s : JSON.writeValueAsString(body));
    }
    try {
      MvcResult result = mvc.perform(builder).andReturn();
      if (result.getRequest().isAsyncStarted()) {
        // a streamed body (export, report) is written on an async dispatch
        result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result)).andReturn();
      }
      return new Response(result);
    } catch (Exception e) {
      throw new AssertionError("request failed: " + method + " " + path, e);
    }
  }

  /** A response: status, headers and the JSON body as maps and lists. */
  public static final class Response {
    private final MvcResult result;
    private final String body;

    Response(MvcResult result) throws Exception {
      this.result = result;
      this.body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    public int status() {
      return result.getResponse().getStatus();
    }

    public String header(String name) {
      return result.getResponse().getHeader(name);
    }

    public String body() {
      return body;
    }

    public Map<String, Object> json() {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = JSON.readValue(body, Map.class);
      return map;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items() {
      return (List<Map<String, Object>>) json().get("items");
    }

    public Object get(String key) {
      return json().get(key);
    }

    public long id() {
      return ((Number) json().get("id")).longValue();
    }

    /** The fields named in a 400 problem's errors. */
    @SuppressWarnings("unchecked")
    public List<String> badFields() {
      return ((List<Map<String, Object>>) json().get("errors")).stream().map(e -> (String) e.get("field")).toList();
    }

    @Override
    public String toString() {
      return status() + " " + body;
    }
  }
}
