package dev.statuscontract.processor.docs;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Parameter;
import dev.statuscontract.processor.model.RequestBody;
import dev.statuscontract.processor.model.StatusCodes;
import dev.statuscontract.processor.model.TypeRef;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** {@code contract.json}: the whole model, for machines. The format is in docs/contract-json.md. */
public final class ContractJson {

  /** Raised when the format changes in a way that a reader of the previous version would misread. */
  public static final int SCHEMA_VERSION = 1;

  private ContractJson() {}

  public static String render(Catalog catalog) {
    return Json.write(body(catalog));
  }

  /** Writes what {@link #render} returns to {@code out}, which is left open. */
  static void write(Catalog catalog, Writer out) throws IOException {
    Json.write(out, body(catalog));
  }

  private static Json.Body body(Catalog catalog) {
    SchemaJson schemas = new SchemaJson(catalog.schemas(), "#/schemas/");
    return json -> {
      json.writeStartObject();
      json.writeNumberField("schemaVersion", SCHEMA_VERSION);
      json.writeArrayFieldStart("endpoints");
      for (Endpoint endpoint : catalog.endpoints()) {
        writeEndpoint(json, endpoint, catalog, schemas);
      }
      json.writeEndArray();
      json.writeObjectFieldStart("schemas");
      schemas.writeComponents(json);
      json.writeEndObject();
      json.writeEndObject();
    };
  }

  private static void writeEndpoint(JsonGenerator json, Endpoint endpoint, Catalog catalog, SchemaJson schemas)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("method", endpoint.httpMethod().name());
    json.writeStringField("path", endpoint.path());
    json.writeStringField("framework", endpoint.framework().id());
    json.writeStringField("declaringClass", endpoint.declaringType());
    json.writeStringField("javaMethod", endpoint.methodName());
    json.writeArrayFieldStart("parameterTypes");
    for (TypeRef parameter : endpoint.parameterTypes()) {
      json.writeString(parameter.toString());
    }
    json.writeEndArray();
    json.writeStringField("returnType", endpoint.returnType().toString());
    json.writeBooleanField("creates", endpoint.isCreating());
    json.writeArrayFieldStart("produces");
    for (String mediaType : endpoint.produces()) {
      json.writeString(mediaType);
    }
    json.writeEndArray();
    json.writeStringField("summary", endpoint.summary().plain());
    json.writeStringField("description", endpoint.description().plain());
    json.writeArrayFieldStart("parameters");
    for (Parameter parameter : endpoint.parameters()) {
      json.writeStartObject();
      json.writeStringField("name", parameter.name());
      json.writeStringField("in", parameter.location().key());
      json.writeStringField("type", parameter.type().toString());
      json.writeBooleanField("required", parameter.required());
      if (parameter.defaultValue().isPresent()) {
        json.writeStringField("default", parameter.defaultValue().get());
      }
      json.writeStringField("description", parameter.description().plain());
      json.writeBooleanField("deprecated", parameter.deprecated());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (endpoint.requestBody().isPresent()) {
      RequestBody body = endpoint.requestBody().get();
      json.writeObjectFieldStart("requestBody");
      json.writeStringField("type", body.type().toString());
      json.writeBooleanField("required", body.required());
      json.writeArrayFieldStart("mediaTypes");
      for (String mediaType : body.mediaTypes()) {
        json.writeString(mediaType);
      }
      json.writeEndArray();
      json.writeStringField("description", body.description().plain());
      json.writeEndObject();
    } else {
      json.writeNullField("requestBody");
    }
    json.writeArrayFieldStart("responses");
    for (DeclaredResponse response : endpoint.documented()) {
      json.writeStartObject();
      if (response.isNumeric()) {
        json.writeNumberField("code", response.code());
      }
      json.writeStringField("status", response.label());
      json.writeStringField("reasonPhrase", response.meaning());
      json.writeStringField("description", response.description());
      json.writeArrayFieldStart("headers");
      for (String header : response.headers()) {
        json.writeString(header);
      }
      json.writeEndArray();
      if (response.body().isPresent()) {
        json.writeStringField("body", response.body().get().toString());
        json.writeFieldName("bodySchema");
        schemas.write(json, catalog.schemas().of(response.body().get()));
      } else {
        json.writeNullField("body");
        json.writeNullField("bodySchema");
      }
      json.writeStringField("declaredOn", response.level().name().toLowerCase(Locale.ROOT));
      if (!response.source().isEmpty()) {
        json.writeStringField("declaredBy", response.source());
      }
      json.writeStringField("declaredWith", response.declaredWith().annotation());
      if (response.declaredWith().isInferred()) {
        json.writeBooleanField("inferred", true);
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
